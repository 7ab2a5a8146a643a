import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { Injectable } from '@nestjs/common';
import type { PoolClient } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { ChangeFeed } from '../changes/change-feed.js';
import { Transactions } from '../database/transactions.js';
import { copyTextRow } from './copy-text.js';
import type { ConsultationValues, ContractValues } from './import-records.repository.js';

type Cell = string | number | boolean | null;

/** Where a batch goes between the parser and the table: a temporary table of the session, created once per connection. */
const CONSULTATIONS_STAGE = 'import_stage_consultations';
const CONTRACTS_STAGE = 'import_stage_contracts';

const STAGE_TABLES = `
  CREATE TEMPORARY TABLE IF NOT EXISTS ${CONSULTATIONS_STAGE} (
    n int, import_key text, company_id uuid, buyer_id uuid, buyer_country text, local_time timestamp, local_date date,
    type text, product_interest text, estimated_amount numeric, estimated_currency text, estimated_usd numeric,
    rate_units_per_usd numeric, rate_date date, stage text, notes text, quantity int);
  CREATE TEMPORARY TABLE IF NOT EXISTS ${CONTRACTS_STAGE} (
    n int, import_key text, company_id uuid, buyer_id uuid, buyer_country text, status text, signed_on date, on_site boolean,
    value_amount numeric, value_currency text, value_usd numeric, rate_units_per_usd numeric, rate_date date, notes text)`;

// A field the row leaves out is NULL, as in the unnest inserts built from the entity's column list.
const consultationCells = (row: ConsultationValues, n: number): Cell[] => [
  n, row.importKey, row.companyId ?? null, row.buyerId ?? null, row.buyerCountry ?? null, row.localTime, row.localDate ?? null, row.type ?? null,
  row.productInterest ?? null, row.estimatedAmount ?? null, row.estimatedCurrency ?? null, row.estimatedUsd ?? null, row.rateUnitsPerUsd ?? null,
  row.rateDate ?? null, row.stage ?? null, row.notes ?? null, row.quantity ?? null,
];

const contractCells = (row: ContractValues, n: number): Cell[] => [
  n, row.importKey, row.companyId, row.buyerId, row.buyerCountry, row.status, row.signedOn, row.onSite, row.valueAmount,
  row.valueCurrency, row.valueUsd, row.rateUnitsPerUsd, row.rateDate, row.notes,
];

/**
 * An import batch's records on their way in: `COPY … FROM STDIN` into a session-temporary staging
 * table (no WAL, no indexes, no per-row statement), then one statement that moves them into the table
 * (skipping import keys the fair already has) and appends their change events. The staging table is
 * emptied by that statement and, like everything else, rolled back with a savepoint, so a retried part
 * of a batch never sees another part's rows. Every row gets its agency and fair from the statement's
 * parameters, never from the stage; the foreign keys (company, buyer, fair with agency) hold as ever.
 */
@Injectable()
export class StagedRecordsRepository {
  constructor(
    private readonly transactions: Transactions,
    private readonly changes: ChangeFeed,
  ) {}

  /** Inserts the rows whose import key is new at the fair; returns how many it inserted. Without `announce` (a dry run) no events. */
  async insertConsultations(agencyId: string, fairId: string, timezone: string, loggedBy: string, rows: ConsultationValues[], announce: boolean): Promise<number> {
    if (rows.length === 0) return 0;
    await this.stage(CONSULTATIONS_STAGE, rows.map(consultationCells));
    const [{ created }] = await this.transactions.manager.query<{ created: number }[]>(
      `WITH staged AS (DELETE FROM ${CONSULTATIONS_STAGE} RETURNING *),
       inserted AS (
         INSERT INTO consultations (agency_id, fair_id, company_id, buyer_id, buyer_country, occurred_at, local_date, type,
                                    product_interest, estimated_amount, estimated_currency, estimated_usd, rate_units_per_usd,
                                    rate_date, stage, notes, quantity, logged_by, import_key, version)
         SELECT $1, $2, company_id, buyer_id, buyer_country, local_time AT TIME ZONE $3, local_date, type, product_interest,
                estimated_amount, estimated_currency, estimated_usd, rate_units_per_usd, rate_date, stage, notes, quantity, $4, import_key, 1
           FROM staged ORDER BY n
         ON CONFLICT (agency_id, fair_id, import_key) WHERE import_key IS NOT NULL DO NOTHING
         RETURNING agency_id, fair_id, id, version)
       ${announce ? `, events AS (${this.changes.appendFrom('inserted', 'consultation', 'created')})` : ''}
       SELECT count(*)::int AS created FROM inserted`,
      [agencyId, fairId, timezone, loggedBy],
    );
    if (announce && created > 0) this.changes.appendedFrom();
    return created;
  }

  /** As `insertConsultations`; a contract logged as signed is announced as signed, as through the API. */
  async insertContracts(agencyId: string, fairId: string, createdBy: string, rows: ContractValues[], announce: boolean): Promise<number> {
    if (rows.length === 0) return 0;
    await this.stage(CONTRACTS_STAGE, rows.map(contractCells));
    const [{ created }] = await this.transactions.manager.query<{ created: number }[]>(
      `WITH staged AS (DELETE FROM ${CONTRACTS_STAGE} RETURNING *),
       inserted AS (
         INSERT INTO contracts (agency_id, fair_id, company_id, buyer_id, buyer_country, status, signed_on, on_site, value_amount,
                                value_currency, value_usd, rate_units_per_usd, rate_date, notes, created_by, import_key, version)
         SELECT $1, $2, company_id, buyer_id, buyer_country, status, signed_on, on_site, value_amount, value_currency, value_usd,
                rate_units_per_usd, rate_date, notes, $3, import_key, 1
           FROM staged ORDER BY n
         ON CONFLICT (agency_id, fair_id, import_key) WHERE import_key IS NOT NULL DO NOTHING
         RETURNING agency_id, fair_id, id, version, CASE status WHEN 'signed' THEN 'signed' ELSE 'created' END AS action)
       ${announce ? `, events AS (${this.changes.appendFromWithActions('inserted', 'contract')})` : ''}
       SELECT count(*)::int AS created FROM inserted`,
      [agencyId, fairId, createdBy],
    );
    if (announce && created > 0) this.changes.appendedFrom();
    return created;
  }

  /** COPYs the rows into the (empty) staging table, creating the session's staging tables on first use. */
  private async stage(table: string, rows: Cell[][]): Promise<void> {
    const manager = this.transactions.manager;
    const runner = manager.queryRunner;
    if (!runner) throw new Error('an import batch stages its rows inside its transaction');
    await manager.query(STAGE_TABLES);
    const client = (await runner.connect()) as PoolClient;
    let text = '';
    for (let i = 0; i < rows.length; i++) text += copyTextRow(rows[i]);
    await pipeline(Readable.from([text]), client.query(copyFrom(`COPY ${table} FROM STDIN`)));
  }
}
