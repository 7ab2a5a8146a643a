import { Injectable } from '@nestjs/common';
import type { FairLimit } from '../common/fair-limit.js';
import { prepared } from '../database/prepared.js';
import { Transactions } from '../database/transactions.js';
import { type FunnelKey, type FunnelRow, funnelColumns, funnelHomeColumns, funnelJson, funnelWindowSums } from './funnel-sql.js';

/** Measures as stored, with money as text so no float ever sees it. */
export interface MeasuresRow {
  cc: number;
  cv: string;
  sc: number;
  sv: string;
  ec: number;
  ev: string;
}

/** Meetings requested, held and no-show (per fair and per company). */
export interface MeetingsRow {
  mr: number;
  mh: number;
  mn: number;
}

/** The funnel's money in the home currency (`home_cov` …), null without a rate. */
export type FunnelHomeRow = { [K in 'home_cov' | 'home_cav' | 'home_pv' | 'home_sov' | 'home_lv' | 'home_hv']: string | null };

/** A month since the fair: signed and shipped in it, and up to it (sums in SQL). */
export interface MonthRow {
  month: number;
  sc: number;
  sv: string;
  hc: number;
  hv: string;
  tsc: number;
  tsv: string;
  thc: number;
  thv: string;
}

export interface OutcomeRow extends MeasuresRow, MeetingsRow, FunnelRow, FunnelHomeRow {
  fair_id: string;
  name: string;
  series: string;
  year: number;
  country: string;
  kind: string;
  starts_on: string;
  ends_on: string;
  companies: number;
  buyers: number;
  countries: number;
  home_currency: string;
  home_rate: string | null;
  home_rate_date: string | null;
  home_cv: string | null;
  home_sv: string | null;
  home_ev: string | null;
  computed_at: Date | null;
  stale: boolean;
}

export interface BreakdownsRow {
  by_company: (MeasuresRow & MeetingsRow & FunnelRow & { key: string; name: string; localName: string | null })[];
  by_country: (MeasuresRow & { key: string })[];
  by_day: (MeasuresRow & { key: string })[];
  by_month: MonthRow[];
}

/** The funnel's window sums, `t_co` … and `y_co` …. */
type FunnelSums<P extends string> = { [K in FunnelKey as `${P}_${K}`]: FunnelRow[K] };

/** Sums over all listed fairs (`t_`) and over the fairs of the row's year (`y_`), taken in SQL. */
export interface RollupRow extends OutcomeRow, FunnelSums<'t'>, FunnelSums<'y'> {
  t_cc: number;
  t_cv: string;
  t_sc: number;
  t_sv: string;
  t_ec: number;
  t_ev: string;
  t_companies: number;
  y_cc: number;
  y_cv: string;
  y_sc: number;
  y_sv: string;
  y_ec: number;
  y_ev: string;
  y_companies: number;
  y_fairs: number;
}

export interface RollupFilter {
  year?: number;
  series?: string;
  country?: string;
}

const measures = (alias: string) => `
  coalesce(${alias}.consultations_count, 0) AS cc, coalesce(${alias}.consultations_value_usd, 0)::text AS cv,
  coalesce(${alias}.signed_count, 0) AS sc, coalesce(${alias}.signed_value_usd, 0)::text AS sv,
  coalesce(${alias}.expected_count, 0) AS ec, coalesce(${alias}.expected_value_usd, 0)::text AS ev`;

const jsonMeasures = (alias: string) => `
  'cc', ${alias}.consultations_count, 'cv', ${alias}.consultations_value_usd::text,
  'sc', ${alias}.signed_count, 'sv', ${alias}.signed_value_usd::text,
  'ec', ${alias}.expected_count, 'ev', ${alias}.expected_value_usd::text`;

/** A home-currency amount at the fair's pinned rate, rounded half away from zero (numeric round). */
const home = (column: string) => `CASE
  WHEN o.home_currency = 'USD' THEN coalesce(${column}, 0)::text
  WHEN o.home_rate IS NOT NULL THEN round(coalesce(${column}, 0) * o.home_rate, 2)::text END`;

const OUTCOME_COLUMNS = `
  f.id AS fair_id, f.name, f.series, f.year, f.country, f.kind, f.starts_on::text, f.ends_on::text,
  ${measures('o')},
  coalesce(o.companies, 0) AS companies, coalesce(o.buyers, 0) AS buyers, coalesce(o.countries, 0) AS countries,
  coalesce(o.meetings_requested, 0) AS mr, coalesce(o.meetings_held, 0) AS mh, coalesce(o.meetings_no_show, 0) AS mn,
  coalesce(o.home_currency, a.home_currency) AS home_currency,
  CASE WHEN o.home_currency = 'USD' THEN '1.000000' ELSE o.home_rate::text END AS home_rate,
  o.home_rate_date::text AS home_rate_date,
  ${home('o.consultations_value_usd')} AS home_cv, ${home('o.signed_value_usd')} AS home_sv,
  ${home('o.expected_value_usd')} AS home_ev,
  ${funnelColumns('o')}, ${funnelHomeColumns(home)},
  o.computed_at,
  (o.fair_id IS NULL OR EXISTS (SELECT 1 FROM outcome_changes ch WHERE ch.fair_id = f.id)) AS stale`;

const windowSums = (prefix: string, over: string) => `
  (sum(coalesce(o.consultations_count, 0)) OVER ${over})::int AS ${prefix}_cc,
  (sum(coalesce(o.consultations_value_usd, 0)) OVER ${over})::text AS ${prefix}_cv,
  (sum(coalesce(o.signed_count, 0)) OVER ${over})::int AS ${prefix}_sc,
  (sum(coalesce(o.signed_value_usd, 0)) OVER ${over})::text AS ${prefix}_sv,
  (sum(coalesce(o.expected_count, 0)) OVER ${over})::int AS ${prefix}_ec,
  (sum(coalesce(o.expected_value_usd, 0)) OVER ${over})::text AS ${prefix}_ev,
  (sum(coalesce(o.companies, 0)) OVER ${over})::int AS ${prefix}_companies,
  ${funnelWindowSums(prefix, over)}`;

/** A stored outcome with its breakdowns, of the live fairs matching `where` (on fairs, aliased `f`). */
const outcomeWithBreakdowns = (where: string) => `
       SELECT ${OUTCOME_COLUMNS},
              (SELECT coalesce(json_agg(json_build_object('key', b.company_id, 'name', c.name, 'localName', c.local_name, ${jsonMeasures('b')},
                                                          'mr', b.meetings_requested, 'mh', b.meetings_held, 'mn', b.meetings_no_show,
                                                          ${funnelJson('b')})
                                        ORDER BY c.name, b.company_id), '[]')
                 FROM fair_outcome_companies b JOIN companies c ON c.id = b.company_id
                WHERE b.fair_id = f.id AND b.agency_id = f.agency_id) AS by_company,
              (SELECT coalesce(json_agg(json_build_object('key', b.country, ${jsonMeasures('b')}) ORDER BY b.country), '[]')
                 FROM fair_outcome_countries b WHERE b.fair_id = f.id AND b.agency_id = f.agency_id) AS by_country,
              (SELECT coalesce(json_agg(json_build_object('key', b.day, ${jsonMeasures('b')}) ORDER BY b.day), '[]')
                 FROM fair_outcome_days b WHERE b.fair_id = f.id AND b.agency_id = f.agency_id) AS by_day,
              (SELECT coalesce(json_agg(json_build_object('month', x.month, 'sc', x.sc, 'sv', x.sv, 'hc', x.hc, 'hv', x.hv,
                                                          'tsc', x.tsc, 'tsv', x.tsv, 'thc', x.thc, 'thv', x.thv) ORDER BY x.month), '[]')
                 FROM (SELECT n.month, coalesce(b.signed_count, 0) AS sc, coalesce(b.signed_value_usd, 0)::numeric(24,2)::text AS sv,
                              coalesce(b.shipped_count, 0) AS hc, coalesce(b.shipped_value_usd, 0)::numeric(24,2)::text AS hv,
                              (sum(coalesce(b.signed_count, 0)) OVER w)::int AS tsc, (sum(coalesce(b.signed_value_usd, 0)) OVER w)::numeric(24,2)::text AS tsv,
                              (sum(coalesce(b.shipped_count, 0)) OVER w)::int AS thc, (sum(coalesce(b.shipped_value_usd, 0)) OVER w)::numeric(24,2)::text AS thv
                         -- Every month from 0 to the last with a signing or shipment, so the curve has no gaps.
                         FROM generate_series(0, (SELECT max(month) FROM fair_outcome_months m WHERE m.fair_id = f.id AND m.agency_id = f.agency_id)) AS n(month)
                         LEFT JOIN fair_outcome_months b ON b.fair_id = f.id AND b.agency_id = f.agency_id AND b.month = n.month
                       WINDOW w AS (ORDER BY n.month)) x) AS by_month
         FROM fairs f
         JOIN agencies a ON a.id = f.agency_id
         LEFT JOIN fair_outcomes o ON o.fair_id = f.id AND o.agency_id = f.agency_id
        WHERE ${where} AND f.deleted_at IS NULL`;

/**
 * Reads of stored outcomes. Reads never aggregate consultation rows: a fair's outcome is its answer
 * rendered at refresh, or else one row plus its breakdown rows, fetched in one query; rollups sum the
 * stored per-fair rows.
 */
@Injectable()
export class OutcomesRepository {
  constructor(private readonly transactions: Transactions) {}

  async homeCurrency(agencyId: string): Promise<string> {
    const [row] = await this.transactions.manager.query<{ home_currency: string }[]>('SELECT home_currency FROM agencies WHERE id = $1', [agencyId]);
    return row?.home_currency ?? 'USD';
  }

  async findForFair(agencyId: string, fairId: string): Promise<(OutcomeRow & BreakdownsRow) | null> {
    const [row] = await prepared<OutcomeRow & BreakdownsRow>(
      this.transactions.manager,
      'outcome-for-fair',
      outcomeWithBreakdowns('f.agency_id = $1 AND f.id = $2'),
      [agencyId, fairId],
    );
    return row ?? null;
  }

  /** `findForFair` for many fairs of one agency at once (reconcile's check of the rendered answers). */
  findForFairs(agencyId: string, fairIds: string[]): Promise<(OutcomeRow & BreakdownsRow)[]> {
    return this.transactions.manager.query<(OutcomeRow & BreakdownsRow)[]>(outcomeWithBreakdowns('f.agency_id = $1 AND f.id = ANY($2::uuid[])'), [
      agencyId,
      fairIds,
    ]);
  }

  /**
   * The answer rendered at refresh (outcome-document.ts) with its `stale` value filled in: one
   * primary-key read; null when none is stored (no outcome yet, or an edit of the fair or of one of
   * its companies dropped it), and for a fair of another agency.
   */
  async findDocument(agencyId: string, fairId: string): Promise<string | null> {
    const [row] = await prepared<{ body: string }>(
      this.transactions.manager,
      'outcome-document',
      `SELECT d.head || CASE WHEN EXISTS (SELECT 1 FROM outcome_changes ch WHERE ch.fair_id = d.fair_id) THEN 'true' ELSE 'false' END || d.tail AS body
         FROM fair_outcome_documents d
        WHERE d.agency_id = $1 AND d.fair_id = $2`,
      [agencyId, fairId],
    );
    return row?.body ?? null;
  }

  /** The fair's stored totals (no breakdowns), read in the current transaction (a refresh's, to report what it stored). */
  async findTotals(agencyId: string, fairId: string): Promise<OutcomeRow | null> {
    const [row] = await this.transactions.manager.query<OutcomeRow[]>(
      `SELECT ${OUTCOME_COLUMNS}
         FROM fairs f
         JOIN agencies a ON a.id = f.agency_id
         LEFT JOIN fair_outcomes o ON o.fair_id = f.id AND o.agency_id = f.agency_id
        WHERE f.agency_id = $1 AND f.id = $2 AND f.deleted_at IS NULL`,
      [agencyId, fairId],
    );
    return row ?? null;
  }

  listForAgency(agencyId: string, filter: RollupFilter, fairs: FairLimit = null): Promise<RollupRow[]> {
    const params: unknown[] = [agencyId];
    const where = ['f.agency_id = $1', 'f.deleted_at IS NULL'];
    if (filter.year !== undefined) where.push(`f.year = $${params.push(filter.year)}`);
    if (filter.series !== undefined) where.push(`f.series = $${params.push(filter.series)}`);
    if (filter.country !== undefined) where.push(`f.country = $${params.push(filter.country)}`);
    if (fairs !== null) where.push(`f.id = ANY($${params.push([...fairs])}::uuid[])`);
    return this.transactions.manager.query<RollupRow[]>(
      `SELECT ${OUTCOME_COLUMNS}, ${windowSums('t', '()')}, ${windowSums('y', '(PARTITION BY f.year)')},
              count(*) OVER (PARTITION BY f.year)::int AS y_fairs
         FROM fairs f
         JOIN agencies a ON a.id = f.agency_id
         LEFT JOIN fair_outcomes o ON o.fair_id = f.id AND o.agency_id = f.agency_id
        WHERE ${where.join(' AND ')}
        ORDER BY f.starts_on, f.name, f.id`,
      params,
    );
  }
}
