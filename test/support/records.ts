import { randomUUID } from 'node:crypto';
import type { TestApp } from './test-app.js';

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
  test: TestApp,
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

export async function insertCompany(test: TestApp, agencyId: string, name = `Company ${randomUUID().slice(0, 6)}`): Promise<string> {
  const { rows } = await test.db.query<{ id: string }>(
    'INSERT INTO companies (agency_id, name, version) VALUES ($1, $2, 1) RETURNING id',
    [agencyId, name],
  );
  return rows[0].id;
}

export async function insertParticipation(test: TestApp, agencyId: string, fairId: string, companyId: string): Promise<void> {
  await test.db.query('INSERT INTO participations (agency_id, fair_id, company_id, version) VALUES ($1, $2, $3, 1)', [
    agencyId,
    fairId,
    companyId,
  ]);
}

/** A company that exhibits at the fair. */
export async function insertExhibitor(test: TestApp, agencyId: string, fairId: string): Promise<string> {
  const companyId = await insertCompany(test, agencyId);
  await insertParticipation(test, agencyId, fairId, companyId);
  return companyId;
}

export async function insertBuyer(test: TestApp, agencyId: string, country = 'CN', email: string | null = null): Promise<string> {
  const { rows } = await test.db.query<{ id: string }>(
    `INSERT INTO buyers (agency_id, organisation, contact_name, email, country, version)
     VALUES ($1, $2, 'Wang Wei', $3, $4, 1) RETURNING id`,
    [agencyId, `Buyer ${randomUUID().slice(0, 6)}`, email, country],
  );
  return rows[0].id;
}

export async function insertRate(test: TestApp, agencyId: string, currency: string, date: string, unitsPerUsd: string, userId: string): Promise<void> {
  await test.db.query(
    'INSERT INTO exchange_rates (agency_id, currency, rate_date, units_per_usd, created_by) VALUES ($1, $2, $3, $4, $5)',
    [agencyId, currency, date, unitsPerUsd, userId],
  );
}

export async function outcomeChanges(test: TestApp, fairId: string): Promise<number> {
  const { rows } = await test.db.query<{ n: number }>('SELECT count(*)::int AS n FROM outcome_changes WHERE fair_id = $1', [fairId]);
  return rows[0].n;
}

export async function countRows(test: TestApp, table: 'consultations' | 'contracts' | 'exchange_rates'): Promise<number> {
  const { rows } = await test.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table}`);
  return rows[0].n;
}
