import { Injectable } from '@nestjs/common';
import { assertVersion } from '../../common/etag.js';
import { Transactions } from '../../database/transactions.js';
import { CategoriesService } from '../categories/categories.service.js';
import type { BuyerProfileDto, CompanyProfileDto, PutBuyerProfileDto, PutCompanyProfileDto } from './profile.dto.js';
import { ProfilesRepository } from './profiles.repository.js';

const unique = (values: string[]) => [...new Set(values)];

/**
 * Matchmaking profiles: a PUT replaces the whole profile, its categories come from the agency's
 * vocabulary, each value is kept once, and with If-Match it must name the version read.
 */
@Injectable()
export class ProfilesService {
  constructor(
    private readonly profiles: ProfilesRepository,
    private readonly categories: CategoriesService,
    private readonly transactions: Transactions,
  ) {}

  company(agencyId: string, companyId: string): Promise<CompanyProfileDto> {
    return this.profiles.company(agencyId, companyId);
  }

  buyer(agencyId: string, buyerId: string): Promise<BuyerProfileDto> {
    return this.profiles.buyer(agencyId, buyerId);
  }

  putCompany(agencyId: string, companyId: string, profile: PutCompanyProfileDto, expectedVersion?: number): Promise<CompanyProfileDto> {
    return this.transactions.run(async () => {
      const current = await this.profiles.company(agencyId, companyId);
      await this.categories.assertKnown(agencyId, 'categories', profile.categories);
      assertVersion(expectedVersion, current.version, `Profile of company ${companyId}`);
      await this.profiles.upsertCompany(agencyId, companyId, {
        categories: unique(profile.categories),
        certifications: unique(profile.certifications),
        targetMarkets: unique(profile.targetMarkets),
      });
      return this.profiles.company(agencyId, companyId);
    });
  }

  putBuyer(agencyId: string, buyerId: string, profile: PutBuyerProfileDto, expectedVersion?: number): Promise<BuyerProfileDto> {
    return this.transactions.run(async () => {
      const current = await this.profiles.buyer(agencyId, buyerId);
      await this.categories.assertKnown(agencyId, 'categories', profile.categories);
      assertVersion(expectedVersion, current.version, `Profile of buyer ${buyerId}`);
      await this.profiles.upsertBuyer(agencyId, buyerId, {
        categories: unique(profile.categories),
        requiredCertifications: unique(profile.requiredCertifications),
      });
      return this.profiles.buyer(agencyId, buyerId);
    });
  }
}
