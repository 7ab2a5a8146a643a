import { Injectable } from '@nestjs/common';
import { ChangeFeed } from '../changes/change-feed.js';
import type { RecordChange } from '../changes/change-event.js';
import { changedFields } from '../changes/changed-fields.js';
import { assertVersion } from '../common/etag.js';
import { isUniqueViolation, NotFoundProblem } from '../common/errors.js';
import { type Page, toPage } from '../common/pagination.js';
import { ConflictProblem } from '../common/problem.js';
import { rejectNulls } from '../common/validation.js';
import { Transactions } from '../database/transactions.js';
import { CompaniesRepository } from './companies.repository.js';
import type { Company } from './company.entity.js';
import { CompanyDto } from './dto/company.dto.js';
import type { CreateCompanyDto } from './dto/create-company.dto.js';
import type { ListCompaniesDto } from './dto/list-companies.dto.js';
import type { UpdateCompanyDto } from './dto/update-company.dto.js';

@Injectable()
export class CompaniesService {
  constructor(
    private readonly companies: CompaniesRepository,
    private readonly changes: ChangeFeed,
    private readonly transactions: Transactions,
  ) {}

  /** `personalData`: whether the caller may see the contact's name, email and phone (canReadPersonalData). */
  async list(agencyId: string, filter: ListCompaniesDto, personalData: boolean): Promise<Page<CompanyDto>> {
    return toPage(await this.companies.list(agencyId, filter), filter.limit, (company) => CompanyDto.from(company, personalData));
  }

  async get(agencyId: string, id: string, personalData: boolean): Promise<CompanyDto> {
    return CompanyDto.from(await this.found(agencyId, id), personalData);
  }

  async create(agencyId: string, input: CreateCompanyDto): Promise<CompanyDto> {
    return this.transactions.run(async () => {
      const company = await this.uniqueRegistration(input.registrationNumber, () =>
        this.companies.insert({
          agencyId,
          name: input.name,
          localName: input.localName ?? null,
          registrationNumber: input.registrationNumber ?? null,
          region: input.region ?? null,
          productCategories: input.productCategories ?? [],
          certifications: input.certifications ?? [],
          website: input.website ?? null,
          contactName: input.contactName ?? null,
          contactEmail: input.contactEmail ?? null,
          contactPhone: input.contactPhone ?? null,
          language: input.language ?? 'ko',
        }),
      );
      await this.changes.append(companyChange(agencyId, company, 'created'));
      return CompanyDto.from(company);
    });
  }

  async update(agencyId: string, id: string, changes: UpdateCompanyDto, expectedVersion?: number): Promise<CompanyDto> {
    rejectNulls(changes, ['name', 'productCategories', 'certifications', 'language']);
    return this.transactions.run(async () => {
      const company = await this.companies.findByIdForUpdate(agencyId, id);
      if (!company) throw new NotFoundProblem('Company', id);
      assertVersion(expectedVersion, company.version, `Company ${id}`);
      const before = CompanyDto.from(company);
      Object.assign(company, changes);
      const after = CompanyDto.from(await this.uniqueRegistration(company.registrationNumber ?? undefined, () => this.companies.save(company)));
      const fields = changedFields(before, after);
      if (fields.length > 0) await this.changes.append(companyChange(agencyId, after, 'updated', fields));
      return after;
    });
  }

  async remove(agencyId: string, id: string): Promise<void> {
    await this.transactions.run(async () => {
      const company = await this.found(agencyId, id, true);
      if (await this.companies.isReferenced(agencyId, id)) {
        throw new ConflictProblem('The company still exhibits at fairs or has consultations or contracts; remove those first');
      }
      await this.companies.softDelete(agencyId, id);
      // The soft delete bumped the version of the row this transaction holds locked.
      await this.changes.append(companyChange(agencyId, { id, version: company.version + 1 }, 'deleted'));
    });
  }

  private async found(agencyId: string, id: string, forUpdate = false): Promise<Company> {
    const company = forUpdate ? await this.companies.findByIdForUpdate(agencyId, id) : await this.companies.findById(agencyId, id);
    if (!company) throw new NotFoundProblem('Company', id);
    return company;
  }

  private async uniqueRegistration(registrationNumber: string | undefined, write: () => Promise<Company>): Promise<Company> {
    try {
      return await write();
    } catch (error) {
      if (isUniqueViolation(error, 'companies_agency_id_registration_number_key')) {
        throw new ConflictProblem(`A company with registration number ${registrationNumber} already exists`);
      }
      throw error;
    }
  }
}

/** Companies belong to no one fair. Their events name changed fields only: contact details are personal data. */
const companyChange = (agencyId: string, company: { id: string; version: number }, action: string, fields: string[] = []): RecordChange => ({
  agencyId, fairId: null, recordType: 'company', recordId: company.id, version: company.version, action, changedFields: fields,
});
