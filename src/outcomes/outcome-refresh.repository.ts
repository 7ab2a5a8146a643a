import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { Transactions } from '../database/transactions.js';
import { type OutcomeDocument, RENDERER } from './outcome-document.js';
import { computedOutcomes, MEASURE_COLUMNS, ONE_FAIR } from './outcome-sql.js';

/** Stored columns and computed measures: every table keeps these. */
const BASE = ['cc', 'cv', 'sc', 'sv', 'ec', 'ev'] as const;
/** Kept per fair and per company only: meetings and the funnel. */
const FAIR_AND_COMPANY = [...BASE, 'mr', 'mh', 'mn', 'ca', 'cav', 'hot', 'pc', 'pv', 'lc', 'lv', 'hc', 'hv'] as const;
/** Kept per month since the fair: signings and shipments. */
const MONTH = ['sc', 'sv', 'hc', 'hv'] as const;
const columns = (measures: readonly (keyof typeof MEASURE_COLUMNS)[]) => measures.map((measure) => MEASURE_COLUMNS[measure]).join(', ');
const values = (measures: readonly string[]) => measures.join(', ');
const updates = (measures: readonly (keyof typeof MEASURE_COLUMNS)[]) =>
  measures.map((measure) => `${MEASURE_COLUMNS[measure]} = EXCLUDED.${MEASURE_COLUMNS[measure]}`).join(', ');

/**
 * md5 of what a fair's rendered answer was made from, besides the figures the reconcile compares with
 * the source rows: when its stored outcome was computed (every refresh that rewrites the figures
 * moves it), the home currency and rate, the fair's shown fields, and the id, name and local name of
 * each company of its breakdown. Written with the document at render time and compared by the
 * reconcile: one expression for both. Dates and times are turned into text without the session's
 * TimeZone or DateStyle, so a CLI and a worker agree whatever their connections' settings.
 */
export const documentSource = (outcome: string, fair: string): string => `md5(row(
  extract(epoch FROM ${outcome}.computed_at), ${outcome}.home_currency, ${outcome}.home_rate, to_char(${outcome}.home_rate_date, 'YYYY-MM-DD'),
  ${fair}.name, ${fair}.series, ${fair}.year, ${fair}.country, ${fair}.kind, to_char(${fair}.starts_on, 'YYYY-MM-DD'), to_char(${fair}.ends_on, 'YYYY-MM-DD'),
  ARRAY(SELECT row(c.id, c.name, c.local_name)::text
          FROM fair_outcome_companies b JOIN companies c ON c.agency_id = b.agency_id AND c.id = b.company_id
         WHERE b.agency_id = ${outcome}.agency_id AND b.fair_id = ${outcome}.fair_id
         ORDER BY c.id))::text)`;

/** Whether the fair has a rendered answer written by this code's renderer (`renderer` the parameter holding `RENDERER`). */
const CURRENT_DOCUMENT_EXISTS = (agencyId: string, fairId: string, renderer: string): string =>
  `EXISTS (SELECT 1 FROM fair_outcome_documents d WHERE d.agency_id = ${agencyId} AND d.fair_id = ${fairId} AND d.renderer = ${renderer})`;

/**
 * For this transaction only: enough memory for the aggregations to hash rather than sort to disk; no
 * merge joins, as the outcome parts meet on computed keys (part, key) whose spread the planner cannot
 * see, so it prices hashing them as if they all collided and sorts both sides instead, which is the
 * slower plan at every size; and no JIT compilation: reading every fair's consultations in slices is
 * costed above jit_above_cost, and compiling the statement's couple of hundred expressions took
 * longer (about 140 ms, more in a fresh connection, which loads LLVM) than the statement without it.
 */
export const AGGREGATION_SETTINGS =
  "SELECT set_config('work_mem', '64MB', true), set_config('enable_mergejoin', 'off', true), set_config('jit', 'off', true)";

export interface RefreshResult {
  /** Stale marks this refresh accounted for and cleared. */
  cleared: number;
  /** False when there was nothing to do (no marks and an outcome already stored). */
  computed: boolean;
  /**
   * Whether the read's rendered answer is stored for the outcome as it now stands: false after a
   * computation (the stored one shows the old figures), or when an edit of the fair or of a company
   * dropped it.
   */
  documented: boolean;
}

/**
 * Recomputes a fair's outcome from the source rows and stores it. Idempotent and safe under duplicate
 * or concurrent delivery: refreshes of one fair are serialised by an advisory lock, and only the stale
 * marks that were visible before the computation are cleared — a write committing meanwhile keeps its
 * mark, so the fair stays stale and gets another refresh.
 */
@Injectable()
export class OutcomeRefreshRepository {
  constructor(private readonly transactions: Transactions) {}

  /**
   * In the current transaction, or a new one. `force` recomputes even when no stale mark asks for it
   * (reconcile's repair).
   */
  refresh(agencyId: string, fairId: string, force = false): Promise<RefreshResult> {
    return this.transactions.run(async (manager) => {
      // A worker frozen while holding the lock must not block the others forever: they fail and retry.
      // Reconcile's repair (an operator's command, which does not retry) waits out a refresh that is
      // running on a busy machine instead (a CI run saw one take longer than 10 s).
      await manager.query(force ? "SET LOCAL lock_timeout = '120s'" : "SET LOCAL lock_timeout = '10s'");
      await manager.query(AGGREGATION_SETTINGS);
      await manager.query("SELECT pg_advisory_xact_lock(hashtextextended('outcomes:' || $1, 0))", [fairId]);

      // The marks this refresh will account for, and the fair, read together (before computing).
      const [{ ids, ...fair }] = await manager.query<
        { ids: string[] | null; starts_on: string | null; home_currency: string | null; stored: boolean; documented: boolean }[]
      >(
        `SELECT (SELECT array_agg(id) FROM outcome_changes WHERE agency_id = $1 AND fair_id = $2) AS ids,
                f.starts_on::text, a.home_currency, EXISTS (SELECT 1 FROM fair_outcomes o WHERE o.fair_id = $2) AS stored,
                ${CURRENT_DOCUMENT_EXISTS('$1::uuid', '$2::uuid', '$3')} AS documented
           FROM (SELECT 1) one
           LEFT JOIN (fairs f JOIN agencies a ON a.id = f.agency_id) ON f.agency_id = $1 AND f.id = $2`,
        [agencyId, fairId, RENDERER],
      );
      const marks = ids ?? [];
      if (fair.starts_on === null || fair.home_currency === null) {
        // No such fair in this agency (a forged or stale payload): nothing to compute, nothing to keep.
        await this.clear(manager, marks);
        return { cleared: marks.length, computed: false, documented: fair.documented };
      }
      if (marks.length === 0 && fair.stored && !force) return { cleared: 0, computed: false, documented: fair.documented };

      await this.store(manager, agencyId, fairId, fair.starts_on, fair.home_currency);
      await this.clear(manager, marks);
      return { cleared: marks.length, computed: true, documented: false };
    });
  }

  /**
   * Replaces the fair's stored totals and breakdowns with freshly computed ones, in one statement.
   * The answer rendered from the old ones stays until the refresher replaces it, last, in the same
   * transaction: a refresh that held its row from here would deadlock with an edit of the fair or a
   * company, whose trigger drops it, while waiting for that edit's row (`lockShownRecords`).
   */
  private async store(manager: EntityManager, agencyId: string, fairId: string, startsOn: string, homeCurrency: string): Promise<void> {
    for (const table of ['fair_outcome_companies', 'fair_outcome_countries', 'fair_outcome_days', 'fair_outcome_months']) {
      await manager.query(`DELETE FROM ${table} WHERE fair_id = $1`, [fairId]);
    }
    await manager.query(
      `WITH c AS MATERIALIZED (${computedOutcomes(ONE_FAIR)}),
       totals AS (
         INSERT INTO fair_outcomes (fair_id, agency_id, ${columns(FAIR_AND_COMPANY)}, companies, buyers, countries,
                                    home_currency, home_rate, home_rate_date, computed_at)
         SELECT fair_id, agency_id, ${values(FAIR_AND_COMPANY)}, companies, buyers, countries, $4, r.units_per_usd, r.rate_date, now()
           FROM c
           LEFT JOIN LATERAL (
             SELECT units_per_usd, rate_date FROM exchange_rates
              WHERE agency_id = $1 AND currency = $4 AND rate_date <= $3::date
              ORDER BY rate_date DESC LIMIT 1) r ON true
          WHERE part = 'fair'
         ON CONFLICT (fair_id) DO UPDATE SET
           ${updates(FAIR_AND_COMPANY)},
           companies = EXCLUDED.companies, buyers = EXCLUDED.buyers, countries = EXCLUDED.countries,
           home_currency = EXCLUDED.home_currency, home_rate = EXCLUDED.home_rate,
           home_rate_date = EXCLUDED.home_rate_date, computed_at = EXCLUDED.computed_at),
       companies AS (
         INSERT INTO fair_outcome_companies (fair_id, agency_id, company_id, ${columns(FAIR_AND_COMPANY)})
         SELECT fair_id, agency_id, key::uuid, ${values(FAIR_AND_COMPANY)} FROM c WHERE part = 'company'),
       countries AS (
         INSERT INTO fair_outcome_countries (fair_id, agency_id, country, ${columns(BASE)})
         SELECT fair_id, agency_id, key, ${values(BASE)} FROM c WHERE part = 'country'),
       days AS (
         INSERT INTO fair_outcome_days (fair_id, agency_id, day, ${columns(BASE)})
         SELECT fair_id, agency_id, key::date, ${values(BASE)} FROM c WHERE part = 'day'),
       months AS (
         INSERT INTO fair_outcome_months (fair_id, agency_id, month, ${columns(MONTH)})
         SELECT fair_id, agency_id, key::int, ${values(MONTH)} FROM c WHERE part = 'month')
       SELECT count(*) FROM c`,
      [agencyId, fairId, startsOn, homeCurrency],
    );
  }

  /**
   * Share-locks the rows whose fields the rendered answer shows besides the stored outcome (the fair,
   * and the companies of its breakdown) until the transaction ends, before they are read for it. An
   * edit of one of them either waits for this transaction, then drops the answer it stored (the
   * FairOutcomeDocuments triggers), or commits first, and the rendering reads its result. Nothing
   * the edit's trigger needs is held while waiting here: the answer's row is written after.
   */
  async lockShownRecords(agencyId: string, fairId: string): Promise<void> {
    const manager = this.transactions.manager;
    await manager.query('SELECT 1 FROM fairs WHERE agency_id = $1 AND id = $2 FOR SHARE', [agencyId, fairId]);
    await manager.query(
      `SELECT 1 FROM companies
        WHERE agency_id = $1 AND id IN (SELECT company_id FROM fair_outcome_companies WHERE agency_id = $1 AND fair_id = $2)
        ORDER BY id FOR SHARE`,
      [agencyId, fairId],
    );
  }

  /**
   * Stores the read's rendered answer (outcome-document.ts) in the current transaction, stamped with
   * the digest of its text, the renderer and its source (migration OutcomeDocumentStamps), read here
   * from the rows `lockShownRecords` holds.
   */
  async storeDocument(agencyId: string, fairId: string, document: OutcomeDocument): Promise<void> {
    await this.transactions.manager.query(
      `INSERT INTO fair_outcome_documents (agency_id, fair_id, head, tail, digest, renderer, source)
       SELECT o.agency_id, o.fair_id, $3, $4, md5($3 || $4), $5, ${documentSource('o', 'f')}
         FROM fair_outcomes o JOIN fairs f ON f.agency_id = o.agency_id AND f.id = o.fair_id
        WHERE o.agency_id = $1 AND o.fair_id = $2
       ON CONFLICT (agency_id, fair_id) DO UPDATE
         SET head = EXCLUDED.head, tail = EXCLUDED.tail, digest = EXCLUDED.digest, renderer = EXCLUDED.renderer, source = EXCLUDED.source`,
      [agencyId, fairId, document.head, document.tail, RENDERER],
    );
  }

  /**
   * Live fairs with a stored outcome but no rendered answer (one of their fields or companies was
   * edited, or the outcome predates documents), of the given agencies or of all (null).
   */
  async undocumentedFairs(agencyIds: string[] | null): Promise<{ agencyId: string; fairId: string }[]> {
    const rows = await this.transactions.manager.query<{ agency_id: string; fair_id: string }[]>(
      `SELECT o.agency_id, o.fair_id FROM fair_outcomes o
         JOIN fairs f ON f.id = o.fair_id AND f.agency_id = o.agency_id AND f.deleted_at IS NULL
        WHERE ($1::uuid[] IS NULL OR o.agency_id = ANY($1::uuid[]))
          AND NOT ${CURRENT_DOCUMENT_EXISTS('o.agency_id', 'o.fair_id', '$2')}`,
      [agencyIds, RENDERER],
    );
    return rows.map((row) => ({ agencyId: row.agency_id, fairId: row.fair_id }));
  }

  private async clear(manager: EntityManager, marks: string[]): Promise<void> {
    if (marks.length > 0) await manager.query('DELETE FROM outcome_changes WHERE id = ANY($1::bigint[])', [marks]);
  }

  /** Fairs with stale marks older than `graceMs` (younger ones have a refresh on its way). */
  async staleFairs(graceMs: number): Promise<{ agencyId: string; fairId: string }[]> {
    const rows = await this.transactions.manager.query<{ agency_id: string; fair_id: string }[]>(
      `SELECT agency_id, fair_id FROM outcome_changes
        GROUP BY agency_id, fair_id
       HAVING min(changed_at) < now() - make_interval(secs => $1::double precision / 1000)`,
      [graceMs],
    );
    return rows.map((row) => ({ agencyId: row.agency_id, fairId: row.fair_id }));
  }

  /**
   * Of the given fairs, and of every fair of the given agencies, those with a stale mark: what the
   * change feed's outcome subscriber asks to refresh (a rate's events name no fair, only their agency).
   */
  async staleAmong(fairs: { agencyId: string; fairId: string }[], agencyIds: string[]): Promise<{ agencyId: string; fairId: string }[]> {
    const rows = await this.transactions.manager.query<{ agency_id: string; fair_id: string }[]>(
      `SELECT DISTINCT agency_id, fair_id FROM outcome_changes
        WHERE (agency_id, fair_id) IN (SELECT * FROM unnest($1::uuid[], $2::uuid[]))
           OR agency_id = ANY($3::uuid[])`,
      [fairs.map((fair) => fair.agencyId), fairs.map((fair) => fair.fairId), agencyIds],
    );
    return rows.map((row) => ({ agencyId: row.agency_id, fairId: row.fair_id }));
  }
}
