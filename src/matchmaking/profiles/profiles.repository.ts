import { Injectable } from '@nestjs/common';
import { NotFoundProblem } from '../../common/errors.js';
import { assertVersion } from '../../common/etag.js';
import { Transactions } from '../../database/transactions.js';
import { CategoriesRepository } from '../categories/categories.repository.js';
import { camelKeys } from '../../common/case.js';
import type { BuyerProfileDto, CompanyProfileDto, PutBuyerProfileDto, PutCompanyProfileDto } from './profile.dto.js';

const unique = (values: string[]) => [...new Set(values)];

/**
 * Profiles are their own rows keyed by (agency, company) and (agency, buyer): a company or buyer
 * without one reads as an empty profile at version 0. A PUT with If-Match must name the version read.
 */
@Injectable()
export class ProfilesRepository {
  constructor(
    private readonly transactions: Transactions,
    private readonly categories: CategoriesRepository,
  ) {}

  async company(agencyId: string, companyId: string): Promise<CompanyProfileDto> {
    const [row] = await this.transactions.manager.query<Record<string, unknown>[]>(
      `SELECT c.id AS company_id, coalesce(p.categories, '{}') AS categories, coalesce(p.certifications, '{}') AS certifications,
              coalesce(p.target_markets, '{}') AS target_markets, coalesce(p.version, 0) AS version
         FROM companies c LEFT JOIN company_profiles p ON p.agency_id = c.agency_id AND p.company_id = c.id
        WHERE c.agency_id = $1 AND c.id = $2 AND c.deleted_at IS NULL`,
      [agencyId, companyId],
    );
    if (!row) throw new NotFoundProblem('Company', companyId);
    return camelKeys(row);
  }

  async buyer(agencyId: string, buyerId: string): Promise<BuyerProfileDto> {
    const [row] = await this.transactions.manager.query<Record<string, unknown>[]>(
      `SELECT b.id AS buyer_id, coalesce(p.categories, '{}') AS categories, coalesce(p.required_certifications, '{}') AS required_certifications,
              coalesce(p.version, 0) AS version
         FROM buyers b LEFT JOIN buyer_profiles p ON p.agency_id = b.agency_id AND p.buyer_id = b.id
        WHERE b.agency_id = $1 AND b.id = $2 AND b.deleted_at IS NULL`,
      [agencyId, buyerId],
    );
    if (!row) throw new NotFoundProblem('Buyer', buyerId);
    return camelKeys(row);
  }

  async putCompany(agencyId: string, companyId: string, profile: PutCompanyProfileDto, expectedVersion?: number): Promise<CompanyProfileDto> {
    return this.transactions.run(async (manager) => {
      const current = await this.company(agencyId, companyId);
      await this.categories.assertKnown(agencyId, 'categories', profile.categories);
      assertVersion(expectedVersion, current.version, `Profile of company ${companyId}`);
      await manager.query(
        `INSERT INTO company_profiles (agency_id, company_id, categories, certifications, target_markets)
         VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (agency_id, company_id) DO UPDATE
           SET categories = $3, certifications = $4, target_markets = $5, version = company_profiles.version + 1, updated_at = now()`,
        [agencyId, companyId, unique(profile.categories), unique(profile.certifications), unique(profile.targetMarkets)],
      );
      return this.company(agencyId, companyId);
    });
  }

  async putBuyer(agencyId: string, buyerId: string, profile: PutBuyerProfileDto, expectedVersion?: number): Promise<BuyerProfileDto> {
    return this.transactions.run(async (manager) => {
      const current = await this.buyer(agencyId, buyerId);
      await this.categories.assertKnown(agencyId, 'categories', profile.categories);
      assertVersion(expectedVersion, current.version, `Profile of buyer ${buyerId}`);
      await manager.query(
        `INSERT INTO buyer_profiles (agency_id, buyer_id, categories, required_certifications)
         VALUES ($1, $2, $3, $4)
         ON CONFLICT (agency_id, buyer_id) DO UPDATE
           SET categories = $3, required_certifications = $4, version = buyer_profiles.version + 1, updated_at = now()`,
        [agencyId, buyerId, unique(profile.categories), unique(profile.requiredCertifications)],
      );
      return this.buyer(agencyId, buyerId);
    });
  }
}
