import { randomUUID } from 'node:crypto';
import type { TestStore } from './test-app.js';

/**
 * Arranging rows straight in this file's database, so a spec about one resource does not depend on
 * another resource's endpoints.
 */
export interface FairRow {
  id: string;
  startsOn: string;
  endsOn: string;
  timezone: string;
}

export async function insertFair(
  test: TestStore,
  agencyId: string,
  overrides: Partial<{ name: string; series: string; year: number; startsOn: string; endsOn: string; timezone: string; country: string }> = {},
): Promise<FairRow> {
  const fair = {
    series: 'cmef',
    name: 'CMEF 2017',
    year: 2017,
    startsOn: '2017-05-15',
    endsOn: '2017-05-18',
    timezone: 'Asia/Shanghai',
    country: 'CN',
    ...overrides,
  };
  const { rows } = await test.db.query<{ id: string }>(
    `INSERT INTO fairs (agency_id, series, name, year, city, country, venue, starts_on, ends_on, timezone, version)
     VALUES ($1, $2, $3, $4, 'Shanghai', $5, 'NECC', $6, $7, $8, 1) RETURNING id`,
    [agencyId, fair.series, fair.name, fair.year, fair.country, fair.startsOn, fair.endsOn, fair.timezone],
  );
  return { id: rows[0].id, startsOn: fair.startsOn, endsOn: fair.endsOn, timezone: fair.timezone };
}

export async function insertCompany(test: TestStore, agencyId: string, name = `Company ${randomUUID().slice(0, 6)}`): Promise<string> {
  const { rows } = await test.db.query<{ id: string }>(
    'INSERT INTO companies (agency_id, name, version) VALUES ($1, $2, 1) RETURNING id',
    [agencyId, name],
  );
  return rows[0].id;
}

export async function insertParticipation(test: TestStore, agencyId: string, fairId: string, companyId: string): Promise<void> {
  await test.db.query('INSERT INTO participations (agency_id, fair_id, company_id, version) VALUES ($1, $2, $3, 1)', [
    agencyId,
    fairId,
    companyId,
  ]);
}

/** A company that exhibits at the fair. */
export async function insertExhibitor(test: TestStore, agencyId: string, fairId: string): Promise<string> {
  const companyId = await insertCompany(test, agencyId);
  await insertParticipation(test, agencyId, fairId, companyId);
  return companyId;
}

export async function insertBuyer(test: TestStore, agencyId: string, country = 'CN', email: string | null = null): Promise<string> {
  const { rows } = await test.db.query<{ id: string }>(
    `INSERT INTO buyers (agency_id, organisation, contact_name, email, country, version)
     VALUES ($1, $2, 'Wang Wei', $3, $4, 1) RETURNING id`,
    [agencyId, `Buyer ${randomUUID().slice(0, 6)}`, email, country],
  );
  return rows[0].id;
}

export async function insertRate(test: TestStore, agencyId: string, currency: string, date: string, unitsPerUsd: string, userId: string): Promise<void> {
  await test.db.query(
    'INSERT INTO exchange_rates (agency_id, currency, rate_date, units_per_usd, created_by) VALUES ($1, $2, $3, $4, $5)',
    [agencyId, currency, date, unitsPerUsd, userId],
  );
}

export async function outcomeChanges(test: TestStore, fairId: string): Promise<number> {
  const { rows } = await test.db.query<{ n: number }>('SELECT count(*)::int AS n FROM outcome_changes WHERE fair_id = $1', [fairId]);
  return rows[0].n;
}

export async function countRows(test: TestStore, table: 'consultations' | 'contracts' | 'exchange_rates'): Promise<number> {
  const { rows } = await test.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table}`);
  return rows[0].n;
}

const COUNTRIES = ['CN', 'VN', 'AE', 'DE', 'US', 'JP', 'KR', 'BR', 'IN', 'SA'];

export interface BulkRecords {
  agencyId: string;
  fair: FairRow;
  /** Exhibitors to spread the records over (round robin). */
  companies: string[];
  /** Buyers, linked to every seventh record; may be empty. */
  buyers?: string[];
  /** The user who logged them. */
  userId: string;
  count: number;
  /** Varies the values, so two fairs' records differ. */
  seed?: number;
}

/**
 * `count` consultations in one INSERT … SELECT generate_series, as varied as the aggregation cares
 * about: companies, countries, local days across the fair, USD and converted EUR estimates, some
 * without an estimate, some linked to a buyer, every 50th soft-deleted. Bypasses the API, so it marks
 * nothing stale: add marks with `insertMarks`.
 */
export async function insertConsultations(test: TestStore, records: BulkRecords): Promise<void> {
  const { agencyId, fair, companies, buyers = [], userId, count, seed = 0 } = records;
  await test.db.query(
    `INSERT INTO consultations (agency_id, version, fair_id, company_id, buyer_id, buyer_country, occurred_at, local_date,
                                type, estimated_amount, estimated_currency, estimated_usd, rate_units_per_usd, rate_date,
                                stage, logged_by, deleted_at)
     SELECT $1, 1, $2, ($3::uuid[])[1 + (i % cardinality($3::uuid[]))],
            CASE WHEN cardinality($4::uuid[]) > 0 AND i % 7 = 0 THEN ($4::uuid[])[1 + (i / 7) % cardinality($4::uuid[])] END,
            ($5::text[])[1 + ((i * 7 + $8) % cardinality($5::text[]))],
            t.at, (t.at AT TIME ZONE $7)::date,
            CASE WHEN i % 3 = 0 THEN 'interpreted' ELSE 'booth' END,
            v.amount, v.currency, v.usd, v.rate, v.rate_date,
            (ARRAY['consulted', 'follow_up', 'negotiating', 'won', 'lost'])[1 + i % 5], $6,
            CASE WHEN i % 50 = 0 THEN now() END
       FROM generate_series(1, $9::int) i
       CROSS JOIN LATERAL (
         SELECT (($10::date + (i % ($11::date - $10::date + 1))) + make_interval(mins => (i * 37 + $8) % 1440)) AT TIME ZONE $7 AS at) t
       CROSS JOIN LATERAL (
         SELECT CASE WHEN i % 11 = 0 THEN NULL ELSE ((i * 7919 + $8 * 13) % 5000000) / 100.0 END::numeric(18,2) AS amount,
                CASE WHEN i % 11 = 0 THEN NULL WHEN i % 4 = 0 THEN 'EUR' ELSE 'USD' END AS currency,
                CASE WHEN i % 11 = 0 THEN NULL WHEN i % 4 = 0 THEN round((((i * 7919 + $8 * 13) % 5000000) / 100.0) / 0.912345, 2)
                     ELSE ((i * 7919 + $8 * 13) % 5000000) / 100.0 END::numeric(18,2) AS usd,
                CASE WHEN i % 11 <> 0 AND i % 4 = 0 THEN 0.912345 END::numeric(18,6) AS rate,
                CASE WHEN i % 11 <> 0 AND i % 4 = 0 THEN $10::date END AS rate_date) v`,
    [agencyId, fair.id, companies, buyers, COUNTRIES, userId, fair.timezone, seed, count, fair.startsOn, fair.endsOn],
  );
}

/** `count` contracts in one statement: signed, expected and cancelled in turn, every 40th soft-deleted. */
export async function insertContracts(test: TestStore, records: BulkRecords): Promise<void> {
  const { agencyId, fair, companies, buyers = [], userId, count, seed = 0 } = records;
  await test.db.query(
    `INSERT INTO contracts (agency_id, version, fair_id, company_id, buyer_id, buyer_country, status, signed_on, on_site,
                            value_amount, value_currency, value_usd, created_by, deleted_at)
     SELECT $1, 1, $2, ($3::uuid[])[1 + ((i * 3) % cardinality($3::uuid[]))],
            CASE WHEN cardinality($4::uuid[]) > 0 AND i % 5 = 0 THEN ($4::uuid[])[1 + (i / 5) % cardinality($4::uuid[])] END,
            ($5::text[])[1 + ((i * 3 + $7) % cardinality($5::text[]))],
            s.status, CASE WHEN s.status = 'signed' THEN $9::date + (i % 4) END, i % 2 = 0,
            ((i * 104729 + $7) % 90000000) / 100.0, 'USD', ((i * 104729 + $7) % 90000000) / 100.0, $6,
            CASE WHEN i % 40 = 0 THEN now() END
       FROM generate_series(1, $8::int) i
       CROSS JOIN LATERAL (SELECT (ARRAY['signed', 'expected', 'cancelled'])[1 + i % 3] AS status) s`,
    [agencyId, fair.id, companies, buyers, COUNTRIES, userId, seed, count, fair.startsOn],
  );
}

/**
 * What follows a fair, in two statements: `count` contracts provisional and signed in turn (a few
 * provisional ones undated, the others dated from the fair's last day to 400 days after it, so most
 * are signed later), and two shipments of each, dated after its signing, every 7th soft-deleted. On
 * site is stored as the API stores it (signedOn within the fair's dates). Bypasses the API: add marks
 * with `insertMarks`.
 */
export async function insertFollowUps(test: TestStore, records: Omit<BulkRecords, 'buyers'>): Promise<void> {
  const { agencyId, fair, companies, userId, count, seed = 0 } = records;
  await test.db.query(
    `WITH k AS (
       INSERT INTO contracts (agency_id, version, fair_id, company_id, buyer_country, status, signed_on, on_site,
                              value_amount, value_currency, value_usd, created_by)
       SELECT $1, 1, $2, ($3::uuid[])[1 + ((i * 5 + $5) % cardinality($3::uuid[]))], 'CN', s.status, d.signed_on,
              CASE WHEN d.signed_on IS NOT NULL THEN d.signed_on BETWEEN $8::date AND $6::date END,
              ((i * 7727 + $5) % 50000000) / 100.0, 'USD', ((i * 7727 + $5) % 50000000) / 100.0, $4
         FROM generate_series(1, $7::int) i
        CROSS JOIN LATERAL (SELECT (ARRAY['provisional', 'signed'])[1 + i % 2] AS status) s
        CROSS JOIN LATERAL (SELECT CASE WHEN s.status = 'provisional' AND i % 5 = 1 THEN NULL
                                        ELSE $6::date + ((i * 37 + $5) % 400) END AS signed_on) d
       RETURNING id, agency_id, fair_id, signed_on)
     INSERT INTO shipments (agency_id, version, contract_id, fair_id, shipped_on, value_amount, value_currency, value_usd, created_by, deleted_at)
     SELECT k.agency_id, 1, k.id, k.fair_id, coalesce(k.signed_on, $6::date) + j * 45, (j * 1234567 + $5) / 100.0, 'USD',
            (j * 1234567 + $5) / 100.0, $4, CASE WHEN (j + k.signed_on - $6::date) % 7 = 0 THEN now() END
       FROM k CROSS JOIN generate_series(1, 2) j`,
    [agencyId, fair.id, companies, userId, seed, fair.endsOn, count, fair.startsOn],
  );
}

/** `count` stale marks for the fair, their ages spread over the last `spreadSeconds`. */
export async function insertMarks(test: TestStore, agencyId: string, fairId: string, count = 1, spreadSeconds = 5): Promise<void> {
  await test.db.query(
    `INSERT INTO outcome_changes (agency_id, fair_id, changed_at)
     SELECT $1, $2, now() - make_interval(secs => (i % ($4::int + 1))) FROM generate_series(1, $3::int) i`,
    [agencyId, fairId, count, spreadSeconds],
  );
}

/** An agency and one staff user (who cannot sign in: no real password), for specs without an app. */
export async function insertAgency(test: TestStore, label: string): Promise<{ id: string; userId: string }> {
  const suffix = randomUUID().slice(0, 8);
  const { rows } = await test.db.query<{ id: string }>('INSERT INTO agencies (name) VALUES ($1) RETURNING id', [`${label} ${suffix}`]);
  const user = await test.db.query<{ id: string }>(
    `INSERT INTO users (agency_id, email, role, password_hash, version) VALUES ($1, $2, 'staff', 'not-a-hash', 1) RETURNING id`,
    [rows[0].id, `staff.${suffix}@${label.toLowerCase()}.test`],
  );
  return { id: rows[0].id, userId: user.rows[0].id };
}
