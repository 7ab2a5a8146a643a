import { Injectable } from '@nestjs/common';
import type { NewConsultation } from '../consultations/consultations.repository.js';
import type { FairFacts } from '../consultations/references.repository.js';
import type { Contract } from '../contracts/contract.entity.js';
import { Transactions } from '../database/transactions.js';
import type { TenantRecord } from '../tenancy/tenant-record.js';

export interface CompanyRef {
  id: string;
  name: string;
  localName: string | null;
  registrationNumber: string | null;
}

export interface BuyerRef {
  id: string;
  email: string;
  country: string;
}

export interface NewBuyer {
  email: string;
  organisation: string;
  contactName: string | null;
  country: string;
}

/**
 * A consultation row as a batch inserts it: every column of the entity but those the batch sets for
 * all its rows, plus the venue's wall-clock time. Every column is named, so one the batch forgets to
 * fill (a field added to the entity) does not compile.
 */
export type ConsultationValues = Omit<NewConsultation, 'agencyId' | 'fairId' | 'occurredAt' | 'loggedBy'> & {
  importKey: string;
  localTime: string;
};

/** A contract row as a batch inserts it, in the same way. */
export type ContractValues = Omit<Contract, keyof TenantRecord | 'fairId' | 'createdBy' | 'importKey' | 'fair' | 'company' | 'buyer' | 'consultation'> & {
  importKey: string;
};

export interface Rate {
  currency: string;
  date: string;
  unitsPerUsd: string;
}

/** A row a batch created, for its change event. */
export interface Created {
  id: string;
  version: number;
}

/** Column arrays for `unnest`: one array per field, so a batch of rows is one statement. */
const columns = <T extends object>(rows: readonly T[], keys: readonly (keyof T)[]): unknown[][] => keys.map((key) => rows.map((row) => row[key]));

/**
 * The lookups of an import: its fair and rates, and companies, buyers and participations looked up or
 * created for a whole batch at once (the records themselves go in through StagedRecordsRepository).
 * Every statement is scoped by agency.
 */
@Injectable()
export class ImportRecordsRepository {
  constructor(private readonly transactions: Transactions) {}

  private get manager() {
    return this.transactions.manager;
  }

  async fairFacts(agencyId: string, fairId: string): Promise<FairFacts | null> {
    const [row] = await this.manager.query<{ id: string; timezone: string; starts_on: string; ends_on: string }[]>(
      'SELECT id, timezone, starts_on::text, ends_on::text FROM fairs WHERE agency_id = $1 AND id = $2 AND deleted_at IS NULL',
      [agencyId, fairId],
    );
    return row ? { id: row.id, timezone: row.timezone, startsOn: row.starts_on, endsOn: row.ends_on } : null;
  }

  async ratesOf(agencyId: string): Promise<Rate[]> {
    const rows = await this.manager.query<{ currency: string; rate_date: string; units_per_usd: string }[]>(
      'SELECT currency, rate_date::text, units_per_usd::text FROM exchange_rates WHERE agency_id = $1 ORDER BY currency, rate_date',
      [agencyId],
    );
    return rows.map((row) => ({ currency: row.currency, date: row.rate_date, unitsPerUsd: row.units_per_usd }));
  }

  async companies(agencyId: string, registrationNumbers: string[], names: string[]): Promise<CompanyRef[]> {
    const rows = await this.manager.query<{ id: string; name: string; local_name: string | null; registration_number: string | null }[]>(
      `SELECT id, name, local_name, registration_number FROM companies
        WHERE agency_id = $1 AND deleted_at IS NULL
          AND (registration_number = ANY($2::text[]) OR name = ANY($3::text[]) OR local_name = ANY($3::text[]))
        ORDER BY created_at, id`,
      [agencyId, registrationNumbers, names],
    );
    return rows.map((row) => ({ id: row.id, name: row.name, localName: row.local_name, registrationNumber: row.registration_number }));
  }

  async createCompanies(agencyId: string, companies: { name: string; registrationNumber: string | null }[]): Promise<Created[]> {
    return this.manager.query<Created[]>(
      `INSERT INTO companies (agency_id, name, registration_number, version)
       SELECT $1, name, registration_number, 1 FROM unnest($2::text[], $3::text[]) AS t(name, registration_number)
       ON CONFLICT DO NOTHING
       RETURNING id, version`,
      [agencyId, ...columns(companies, ['name', 'registrationNumber'])],
    );
  }

  /** The import is the fair's log: every company in it exhibits there. */
  async ensureParticipations(agencyId: string, fairId: string, companyIds: string[]): Promise<Created[]> {
    return this.manager.query<Created[]>(
      `INSERT INTO participations (agency_id, fair_id, company_id, version)
       SELECT $1, $2, company_id, 1 FROM unnest($3::uuid[]) AS t(company_id)
        WHERE NOT EXISTS (SELECT 1 FROM participations p
                           WHERE p.agency_id = $1 AND p.fair_id = $2 AND p.company_id = t.company_id AND p.deleted_at IS NULL)
       ON CONFLICT DO NOTHING
       RETURNING id, version`,
      [agencyId, fairId, companyIds],
    );
  }

  async buyers(agencyId: string, emails: string[]): Promise<BuyerRef[]> {
    return this.manager.query<BuyerRef[]>(
      'SELECT id, email, country FROM buyers WHERE agency_id = $1 AND deleted_at IS NULL AND email = ANY($2::text[])',
      [agencyId, emails],
    );
  }

  async createBuyers(agencyId: string, buyers: NewBuyer[]): Promise<Created[]> {
    return this.manager.query<Created[]>(
      `INSERT INTO buyers (agency_id, email, organisation, contact_name, country, version)
       SELECT $1, email, organisation, contact_name, country, 1
         FROM unnest($2::text[], $3::text[], $4::text[], $5::text[]) AS t(email, organisation, contact_name, country)
       ON CONFLICT DO NOTHING
       RETURNING id, version`,
      [agencyId, ...columns(buyers, ['email', 'organisation', 'contactName', 'country'])],
    );
  }
}
