import { Injectable } from '@nestjs/common';
import { NotFoundProblem } from '../../common/errors.js';
import { Transactions } from '../../database/transactions.js';
import { camelKeys } from '../../common/case.js';
import type { BuyerProfileDto, CompanyProfileDto, PutBuyerProfileDto, PutCompanyProfileDto } from './profile.dto.js';

/**
 * Profiles' queries (the rules are in ProfilesService). Profiles are their own rows keyed by
 * (agency, company) and (agency, buyer): a company or buyer without one reads as an empty profile at version 0.
 */
@Injectable()
export class ProfilesRepository {
  constructor(private readonly transactions: Transactions) {}

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

  async upsertCompany(agencyId: string, companyId: string, profile: PutCompanyProfileDto): Promise<void> {
    await this.transactions.manager.query(
      `INSERT INTO company_profiles (agency_id, company_id, categories, certifications, target_markets)
       VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (agency_id, company_id) DO UPDATE
         SET categories = $3, certifications = $4, target_markets = $5, version = company_profiles.version + 1, updated_at = now()`,
      [agencyId, companyId, profile.categories, profile.certifications, profile.targetMarkets],
    );
  }

  async upsertBuyer(agencyId: string, buyerId: string, profile: PutBuyerProfileDto): Promise<void> {
    await this.transactions.manager.query(
      `INSERT INTO buyer_profiles (agency_id, buyer_id, categories, required_certifications)
       VALUES ($1, $2, $3, $4)
       ON CONFLICT (agency_id, buyer_id) DO UPDATE
         SET categories = $3, required_certifications = $4, version = buyer_profiles.version + 1, updated_at = now()`,
      [agencyId, buyerId, profile.categories, profile.requiredCertifications],
    );
  }
}
