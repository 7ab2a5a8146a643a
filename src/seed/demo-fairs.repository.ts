import { Injectable } from '@nestjs/common';
import { Transactions } from '../database/transactions.js';
import type { CatalogueBuyer, CatalogueCompany } from './demo-catalogue.js';
import { OPENS_AT_SQL } from '../followups/round-schedule.repository.js';
import type { ShipmentRow } from './demo-follow-ups.js';
import type { ConsultationRow, ContractRow, ParticipationRow, SeedBuyer } from './demo-records.js';
import type { QuestionnaireSeedRow, ResponseSeedRow, SeedRound } from './demo-survey.js';
import type { PublishedFair } from './published-fairs.js';
import type { Rate } from './seed-money.js';

/** Rows per INSERT: one statement per thousand records keeps 5,000 consultations to five round trips. */
const BATCH = 1000;

/**
 * The demo seed's SQL. Rows go in as one JSON parameter expanded by jsonb_to_recordset, so a batch is
 * one statement whatever its size. Every method runs in the caller's transaction (Transactions).
 */
@Injectable()
export class DemoFairsRepository {
  constructor(private readonly transactions: Transactions) {}

  private query<T>(sql: string, parameters: unknown[]): Promise<T> {
    return this.transactions.manager.query<T>(sql, parameters);
  }

  /** Held to the end of the transaction: two seeds starting together cannot both create a fair. */
  async lockAgency(agencyId: string): Promise<void> {
    await this.query(`SELECT pg_advisory_xact_lock(hashtextextended('pavilion:demo-seed:' || $1, 0))`, [agencyId]);
  }

  async fairExists(agencyId: string, series: string, year: number): Promise<boolean> {
    const rows = await this.query<unknown[]>(
      'SELECT 1 FROM fairs WHERE agency_id = $1 AND series = $2 AND year = $3 AND deleted_at IS NULL LIMIT 1',
      [agencyId, series, year],
    );
    return rows.length > 0;
  }

  async insertFair(agencyId: string, fair: PublishedFair): Promise<string> {
    const [row] = await this.query<{ id: string }[]>(
      `INSERT INTO fairs (agency_id, version, series, name, year, city, country, venue, starts_on, ends_on, timezone, kind)
       VALUES ($1, 1, $2, $3, $4, $5, $6, $7, $8, $9, $10, 'trade_fair') RETURNING id`,
      [agencyId, fair.series, fair.name, fair.year, fair.city, fair.country, fair.venue, fair.startsOn, fair.endsOn, fair.timezone],
    );
    return row.id;
  }

  /** Inserts the rates the agency lacks (by currency and date); returns those it inserted. */
  async ensureRates(agencyId: string, createdBy: string, rates: readonly Rate[]): Promise<(Rate & { id: string })[]> {
    return this.query<(Rate & { id: string })[]>(
      `INSERT INTO exchange_rates (agency_id, currency, rate_date, units_per_usd, created_by)
       SELECT $1, r.currency, r."rateDate", r."unitsPerUsd", $2
         FROM jsonb_to_recordset($3::jsonb) AS r(currency text, "rateDate" date, "unitsPerUsd" numeric)
       ON CONFLICT (agency_id, currency, rate_date) DO NOTHING
       RETURNING id, currency, rate_date::text AS "rateDate", units_per_usd::text AS "unitsPerUsd"`,
      [agencyId, createdBy, JSON.stringify(rates)],
    );
  }

  listRates(agencyId: string, currencies: readonly string[]): Promise<Rate[]> {
    return this.query<Rate[]>(
      `SELECT currency, rate_date::text AS "rateDate", units_per_usd::text AS "unitsPerUsd"
         FROM exchange_rates WHERE agency_id = $1 AND currency = ANY($2::text[])`,
      [agencyId, currencies],
    );
  }

  /**
   * The companies' ids by registration number, inserting the ones the agency lacks (`created`: their
   * ids). Existing companies are reused as they are, which is how one company exhibits at several fairs.
   */
  async ensureCompanies(agencyId: string, companies: readonly CatalogueCompany[]): Promise<{ ids: Map<string, string>; created: string[] }> {
    const created = await this.query<{ id: string }[]>(
      `INSERT INTO companies (agency_id, version, name, local_name, registration_number, region, product_categories, certifications, website)
       SELECT $1, 1, r.name, r."localName", r."registrationNumber", r.region,
              ARRAY(SELECT jsonb_array_elements_text(r."productCategories")), ARRAY(SELECT jsonb_array_elements_text(r.certifications)), r.website
         FROM jsonb_to_recordset($2::jsonb) AS r(name text, "localName" text, "registrationNumber" text, region text,
                                                 "productCategories" jsonb, certifications jsonb, website text)
       ON CONFLICT (agency_id, registration_number) WHERE deleted_at IS NULL AND registration_number IS NOT NULL DO NOTHING
       RETURNING id`,
      [agencyId, JSON.stringify(companies)],
    );
    const rows = await this.query<{ id: string; registrationNumber: string }[]>(
      `SELECT id, registration_number AS "registrationNumber" FROM companies
        WHERE agency_id = $1 AND registration_number = ANY($2::text[]) AND deleted_at IS NULL`,
      [agencyId, companies.map((company) => company.registrationNumber)],
    );
    return { ids: new Map(rows.map((row) => [row.registrationNumber, row.id])), created: created.map((row) => row.id) };
  }

  /**
   * The buyers as stored (their country may have been edited since), inserting the ones the agency
   * lacks by email (`created`: their ids).
   */
  async ensureBuyers(agencyId: string, buyers: readonly CatalogueBuyer[]): Promise<{ buyers: SeedBuyer[]; created: string[] }> {
    const created = await this.query<{ id: string }[]>(
      `INSERT INTO buyers (agency_id, version, organisation, contact_name, email, country, buyer_type)
       SELECT $1, 1, r.organisation, r."contactName", r.email, r.country, r."buyerType"
         FROM jsonb_to_recordset($2::jsonb) AS r(organisation text, "contactName" text, email text, country text, "buyerType" text)
       ON CONFLICT (agency_id, email) WHERE deleted_at IS NULL AND email IS NOT NULL DO NOTHING
       RETURNING id`,
      [agencyId, JSON.stringify(buyers)],
    );
    const rows = await this.query<SeedBuyer[]>(
      'SELECT id, country FROM buyers WHERE agency_id = $1 AND email = ANY($2::text[]) AND deleted_at IS NULL ORDER BY email',
      [agencyId, buyers.map((buyer) => buyer.email)],
    );
    return { buyers: rows, created: created.map((row) => row.id) };
  }

  /** Returns the participations' ids. */
  async insertParticipations(agencyId: string, fairId: string, rows: readonly ParticipationRow[]): Promise<string[]> {
    const inserted = await this.query<{ id: string }[]>(
      `INSERT INTO participations (agency_id, version, fair_id, company_id, booth)
       SELECT $1, 1, $2, r."companyId", r.booth FROM jsonb_to_recordset($3::jsonb) AS r("companyId" uuid, booth text)
       RETURNING id`,
      [agencyId, fairId, JSON.stringify(rows)],
    );
    return inserted.map((row) => row.id);
  }

  /** `localTime` is wall-clock time at the venue: AT TIME ZONE makes it the instant, and its date is the fair-local date. */
  async insertConsultations(
    agencyId: string,
    fairId: string,
    timezone: string,
    loggedBy: string,
    rows: readonly ConsultationRow[],
  ): Promise<void> {
    for (let start = 0; start < rows.length; start += BATCH) {
      await this.query(
        `INSERT INTO consultations (id, agency_id, version, fair_id, company_id, buyer_id, buyer_country, occurred_at, local_date,
                                    type, product_interest, estimated_amount, estimated_currency, estimated_usd,
                                    rate_units_per_usd, rate_date, stage, logged_by)
         SELECT r.id, $1, 1, $2, r."companyId", r."buyerId", r."buyerCountry", r."localTime" AT TIME ZONE $3, r."localDate",
                r.type, r."productInterest", r."estimatedAmount", r."estimatedCurrency", r."estimatedUsd",
                r."rateUnitsPerUsd", r."rateDate", r.stage, $4
           FROM jsonb_to_recordset($5::jsonb) AS r(id uuid, "companyId" uuid, "buyerId" uuid, "buyerCountry" text, "localTime" timestamp,
                "localDate" date, type text, "productInterest" text, "estimatedAmount" numeric, "estimatedCurrency" text,
                "estimatedUsd" numeric, "rateUnitsPerUsd" numeric, "rateDate" date, stage text)`,
        [agencyId, fairId, timezone, loggedBy, JSON.stringify(rows.slice(start, start + BATCH))],
      );
    }
  }

  async insertContracts(agencyId: string, fairId: string, createdBy: string, rows: readonly ContractRow[]): Promise<void> {
    for (let start = 0; start < rows.length; start += BATCH) {
      await this.query(
        `INSERT INTO contracts (id, agency_id, version, fair_id, company_id, buyer_id, buyer_country, consultation_id, status,
                                signed_on, on_site, value_amount, value_currency, value_usd, rate_units_per_usd, rate_date, created_by)
         SELECT r.id, $1, 1, $2, r."companyId", r."buyerId", r."buyerCountry", r."consultationId", r.status,
                r."signedOn", r."onSite", r."valueAmount", r."valueCurrency", r."valueUsd", r."rateUnitsPerUsd", r."rateDate", $3
           FROM jsonb_to_recordset($4::jsonb) AS r(id uuid, "companyId" uuid, "buyerId" uuid, "buyerCountry" text, "consultationId" uuid,
                status text, "signedOn" date, "onSite" boolean, "valueAmount" numeric, "valueCurrency" text, "valueUsd" numeric,
                "rateUnitsPerUsd" numeric, "rateDate" date)`,
        [agencyId, fairId, createdBy, JSON.stringify(rows.slice(start, start + BATCH))],
      );
    }
  }

  async insertShipments(agencyId: string, fairId: string, createdBy: string, rows: readonly ShipmentRow[]): Promise<void> {
    for (let start = 0; start < rows.length; start += BATCH) {
      await this.query(
        `INSERT INTO shipments (id, agency_id, version, contract_id, fair_id, shipped_on, value_amount, value_currency, value_usd,
                                rate_units_per_usd, rate_date, evidence, note, created_by)
         SELECT r.id, $1, 1, r."contractId", $2, r."shippedOn", r."valueAmount", r."valueCurrency", r."valueUsd",
                r."rateUnitsPerUsd", r."rateDate", 'self_reported', r.note, $3
           FROM jsonb_to_recordset($4::jsonb) AS r(id uuid, "contractId" uuid, "shippedOn" date, "valueAmount" numeric,
                "valueCurrency" text, "valueUsd" numeric, "rateUnitsPerUsd" numeric, "rateDate" date, note text)`,
        [agencyId, fairId, createdBy, JSON.stringify(rows.slice(start, start + BATCH))],
      );
    }
  }

  /**
   * The fair's follow-up rounds, each opened on its day (those still ahead stay unopened, for the
   * sweep). Opened here, the sweep never claims them (it opens rounds whose `opened_at` is null) and
   * gives the fair no default schedule (it has one).
   */
  insertRounds(agencyId: string, fairId: string, monthsAfter: readonly number[]): Promise<(SeedRound & { openedAt: Date | null })[]> {
    return this.query(
      `WITH inserted AS (
         INSERT INTO follow_up_rounds (agency_id, fair_id, version, sequence, months_after, opens_at, opened_at)
         SELECT f.agency_id, f.id, 1, s.n::int, s.months, ${OPENS_AT_SQL('f', 's.months')},
                CASE WHEN ${OPENS_AT_SQL('f', 's.months')} <= now() THEN ${OPENS_AT_SQL('f', 's.months')} END
           FROM fairs f CROSS JOIN unnest($3::int[]) WITH ORDINALITY AS s(months, n)
          WHERE f.agency_id = $1 AND f.id = $2
         RETURNING id, fair_id, sequence, opens_at, opened_at)
       SELECT i.id, i.sequence, i.opens_at AS "opensAt", i.opened_at AS "openedAt",
              to_char(i.opens_at AT TIME ZONE f.timezone, 'YYYY-MM-DD') AS "openedOn"
         FROM inserted i JOIN fairs f ON f.id = i.fair_id ORDER BY i.sequence`,
      [agencyId, fairId, monthsAfter],
    );
  }

  /**
   * Questionnaires in their company's language, as the round opener writes them, but never invited
   * (`invited_at` null: no reminder is ever due) and with no `follow_up_emails` row (nothing to send).
   */
  async insertQuestionnaires(agencyId: string, fairId: string, rows: readonly (QuestionnaireSeedRow & { tokenHash: string; tokenExpiresAt: string })[]): Promise<void> {
    for (let start = 0; start < rows.length; start += BATCH) {
      await this.query(
        `INSERT INTO follow_up_questionnaires (id, agency_id, fair_id, round_id, company_id, language, token_hash, token_expires_at, responded_at, version)
         SELECT r.id, $1, $2, r."roundId", r."companyId", c.language, r."tokenHash", r."tokenExpiresAt", r."respondedAt", 1
           FROM jsonb_to_recordset($3::jsonb) AS r(id uuid, "roundId" uuid, "companyId" uuid, "tokenHash" text, "tokenExpiresAt" timestamptz,
                "respondedAt" timestamptz)
           JOIN companies c ON c.id = r."companyId" AND c.agency_id = $1`,
        [agencyId, fairId, JSON.stringify(rows.slice(start, start + BATCH))],
      );
    }
  }

  /** The answers, entered by `enteredBy` (a manager) on the companies' behalf. */
  async insertResponses(agencyId: string, fairId: string, enteredBy: string, rows: readonly ResponseSeedRow[]): Promise<void> {
    for (let start = 0; start < rows.length; start += BATCH) {
      await this.query(
        `INSERT INTO follow_up_responses (agency_id, fair_id, round_id, questionnaire_id, company_id, satisfaction, would_exhibit_again,
                                          contracts_signed_count, contracts_signed_amount, contracts_signed_currency,
                                          contracts_expected_count, contracts_expected_amount, contracts_expected_currency,
                                          shipments_count, shipments_amount, shipments_currency, comment,
                                          submitted_by, submitted_by_user_id, submitted_at)
         SELECT $1, $2, r."roundId", r."questionnaireId", r."companyId", r.satisfaction, r."wouldExhibitAgain",
                (r."contractsSigned"->>'count')::int, (r."contractsSigned"->>'amount')::numeric, r."contractsSigned"->>'currency',
                (r."contractsExpected"->>'count')::int, (r."contractsExpected"->>'amount')::numeric, r."contractsExpected"->>'currency',
                (r.shipments->>'count')::int, (r.shipments->>'amount')::numeric, r.shipments->>'currency', r.comment,
                'manager', $3, r."submittedAt"
           FROM jsonb_to_recordset($4::jsonb) AS r("roundId" uuid, "questionnaireId" uuid, "companyId" uuid, satisfaction smallint,
                "wouldExhibitAgain" boolean, "contractsSigned" jsonb, "contractsExpected" jsonb, shipments jsonb, comment text,
                "submittedAt" timestamptz)`,
        [agencyId, fairId, enteredBy, JSON.stringify(rows.slice(start, start + BATCH))],
      );
    }
  }
}
