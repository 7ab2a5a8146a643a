/**
 * The set-based SQL that derives outcomes from the source rows, for one fair (the refresh job) or
 * for every fair at once (reconcile). Live rows only: soft-deleted rows and cancelled contracts count
 * nowhere. Consultations, contracts and shipments are each read ONCE: GROUPING SETS produce the fair's
 * totals and every breakdown from the same scan.
 *
 * The result has one row per (fair, part, key) in the shape the outcome tables store:
 *   part 'fair'    key ''          totals, plus companies, buyers, countries
 *   part 'company' key company id  (every exhibitor, zeros included)
 *   Meetings (matchmaking) count per fair and per company: requested (every request made, whatever
 *   became of it), held and no-show.
 *   part 'country' key buyer country
 *   part 'day'     key date        (consultations by fair-local day, signed contracts by signing day)
 *   part 'month'   key n           signed contracts and shipments by whole months since the fair's last
 *                                  day (0: during the fair or within its first month after)
 *
 * The funnel (issue 15), per fair and per company only: consultations after the fair (`video`) and hot
 * leads; provisional contracts; signed contracts signed later (`on_site` false; the rest of the signed
 * are on site); shipments of live contracts, attributed to the contract's company.
 */
export interface Scope {
  /** A condition on consultations, contracts, shipments and participations (no alias). */
  records: string;
  /** The same condition on fairs, aliased `f`. */
  fairs: string;
}

export const ONE_FAIR: Scope = { records: 'agency_id = $1 AND fair_id = $2', fairs: 'f.agency_id = $1 AND f.id = $2' };
export const ALL_FAIRS: Scope = { records: 'true', fairs: 'true' };

/** Count measures, in the order every branch lists them. */
const COUNTS = ['cc', 'sc', 'ec', 'mr', 'mh', 'mn', 'ca', 'hot', 'pc', 'lc', 'hc'] as const;
/** Money measures (USD sums). */
const VALUES = ['cv', 'sv', 'ev', 'cav', 'pv', 'lv', 'hv'] as const;
type Measure = (typeof COUNTS)[number] | (typeof VALUES)[number] | 'exhibits';
const MEASURES: readonly Measure[] = ['cc', 'cv', 'sc', 'sv', 'ec', 'ev', 'exhibits', 'mr', 'mh', 'mn', 'ca', 'cav', 'hot', 'pc', 'pv', 'lc', 'lv', 'hc', 'hv'];

/** A branch's measure list: what it gives, zero for the rest, in the one order of MEASURES. */
const branch = (given: Partial<Record<Measure, string>>): string => MEASURES.map((measure) => `${given[measure] ?? '0'} AS ${measure}`).join(', ');

// GROUPING(company_id, buyer_country, day, buyer_id) is a bit mask of the columns NOT grouped.
const PART = `CASE GROUPING(company_id, buyer_country, day, buyer_id)
  WHEN 15 THEN 'fair' WHEN 7 THEN 'company' WHEN 11 THEN 'country' WHEN 13 THEN 'day' WHEN 14 THEN 'buyer' END`;
const KEY = `coalesce(company_id::text, buyer_country::text, day::text, buyer_id::text, '')`;
const SETS = `GROUPING SETS ((agency_id, fair_id), (agency_id, fair_id, company_id), (agency_id, fair_id, buyer_country),
                             (agency_id, fair_id, day), (agency_id, fair_id, buyer_id))`;
const FAIR_AND_COMPANY = `CASE GROUPING(company_id) WHEN 1 THEN 'fair' ELSE 'company' END, coalesce(company_id::text, '')`;

/** Whole months from the fair's last day to `date`; 0 up to a month after it (and during the fair). */
const monthsSince = (date: string) => `CASE WHEN ${date} <= f.ends_on THEN 0
  ELSE (date_part('year', age(${date}, f.ends_on)) * 12 + date_part('month', age(${date}, f.ends_on)))::int END`;

function measures(scope: Scope): string {
  const sums = MEASURES.map((measure) =>
    measure === 'exhibits' ? 'max(exhibits) AS exhibits' : (COUNTS as readonly string[]).includes(measure) ? `sum(${measure})::int AS ${measure}` : `sum(${measure}) AS ${measure}`,
  ).join(', ');
  return `
    SELECT agency_id, fair_id, part, key, ${sums}
      FROM (
        SELECT agency_id, fair_id, ${PART} AS part, ${KEY} AS key,
               ${branch({ cc: 'sum(n)', cv: 'coalesce(sum(v), 0)', ca: 'sum(na)', cav: 'coalesce(sum(va), 0)', hot: 'sum(nh)' })}
          FROM (-- First to the finest grain, a plain GROUP BY PostgreSQL runs in parallel; the
                -- grouping sets then roll up these few rows rather than every consultation.
                SELECT agency_id, fair_id, company_id, buyer_country, local_date AS day, buyer_id,
                       count(*) AS n, sum(estimated_usd) AS v,
                       count(*) FILTER (WHERE type = 'video') AS na, sum(estimated_usd) FILTER (WHERE type = 'video') AS va,
                       count(*) FILTER (WHERE rating = 'hot') AS nh
                  FROM consultations WHERE deleted_at IS NULL AND ${scope.records}
                 GROUP BY agency_id, fair_id, company_id, buyer_country, local_date, buyer_id) c
         GROUP BY ${SETS}
        UNION ALL
        SELECT agency_id, fair_id, ${PART}, ${KEY},
               ${branch({
                 sc: "count(*) FILTER (WHERE status = 'signed')",
                 sv: "coalesce(sum(value_usd) FILTER (WHERE status = 'signed'), 0)",
                 ec: "count(*) FILTER (WHERE status = 'expected')",
                 ev: "coalesce(sum(value_usd) FILTER (WHERE status = 'expected'), 0)",
                 pc: "count(*) FILTER (WHERE status = 'provisional')",
                 pv: "coalesce(sum(value_usd) FILTER (WHERE status = 'provisional'), 0)",
                 lc: "count(*) FILTER (WHERE status = 'signed' AND on_site IS FALSE)",
                 lv: "coalesce(sum(value_usd) FILTER (WHERE status = 'signed' AND on_site IS FALSE), 0)",
               })}
          FROM (SELECT agency_id, fair_id, company_id, buyer_country, buyer_id, status, on_site, value_usd,
                       CASE WHEN status = 'signed' THEN signed_on END AS day
                  FROM contracts WHERE deleted_at IS NULL AND status <> 'cancelled' AND ${scope.records}) k
         GROUP BY ${SETS}
        UNION ALL
        -- Shipments of live contracts, by the contract's company (fair and company only: a shipment
        -- adds no buyer or country of its own).
        SELECT s.agency_id, s.fair_id, ${FAIR_AND_COMPANY}, ${branch({ hc: 'count(*)', hv: 'coalesce(sum(s.value_usd), 0)' })}
          FROM (SELECT agency_id, fair_id, contract_id, value_usd FROM shipments WHERE deleted_at IS NULL AND ${scope.records}) s
          JOIN contracts k ON k.agency_id = s.agency_id AND k.id = s.contract_id AND k.deleted_at IS NULL
         GROUP BY GROUPING SETS ((s.agency_id, s.fair_id), (s.agency_id, s.fair_id, k.company_id))
        UNION ALL
        SELECT k.agency_id, k.fair_id, 'month', month::text,
               ${branch({ sc: "count(*) FILTER (WHERE kind = 'signed')", sv: "coalesce(sum(usd) FILTER (WHERE kind = 'signed'), 0)",
                          hc: "count(*) FILTER (WHERE kind = 'shipped')", hv: "coalesce(sum(usd) FILTER (WHERE kind = 'shipped'), 0)" })}
          FROM (SELECT k.agency_id, k.fair_id, 'signed' AS kind, k.value_usd AS usd, ${monthsSince('k.signed_on')} AS month
                  FROM (SELECT * FROM contracts WHERE deleted_at IS NULL AND status = 'signed' AND ${scope.records}) k
                  JOIN fairs f ON f.agency_id = k.agency_id AND f.id = k.fair_id
                UNION ALL
                SELECT s.agency_id, s.fair_id, 'shipped', s.value_usd, ${monthsSince('s.shipped_on')}
                  FROM (SELECT * FROM shipments WHERE deleted_at IS NULL AND ${scope.records}) s
                  JOIN contracts c ON c.agency_id = s.agency_id AND c.id = s.contract_id AND c.deleted_at IS NULL
                  JOIN fairs f ON f.agency_id = s.agency_id AND f.id = s.fair_id) k
         GROUP BY k.agency_id, k.fair_id, month
        UNION ALL
        SELECT agency_id, fair_id, 'company', company_id::text, ${branch({ exhibits: '1' })}
          FROM participations WHERE deleted_at IS NULL AND ${scope.records}
        UNION ALL
        SELECT agency_id, fair_id, ${FAIR_AND_COMPANY},
               ${branch({ mr: 'count(*)', mh: "count(*) FILTER (WHERE status = 'held')", mn: "count(*) FILTER (WHERE status = 'no_show')" })}
          FROM meetings WHERE ${scope.records}
         GROUP BY GROUPING SETS ((agency_id, fair_id), (agency_id, fair_id, company_id))
      ) parts
     -- A null key is "no buyer linked" or "not signed": no breakdown row of its own.
     WHERE key <> '' OR part = 'fair'
     GROUP BY agency_id, fair_id, part, key`;
}

/** A measure as the comparison and the tables carry it: money to the cent. */
const typed = (measure: string, value: string): string => ((VALUES as readonly string[]).includes(measure) ? `${value}::numeric(24,2)` : value);

/** The breakdown parts that store each measure (the fair's row stores every one). */
const KEPT_IN: Record<Exclude<Measure, 'exhibits'>, readonly string[]> = {
  cc: ['company', 'country', 'day'],
  cv: ['company', 'country', 'day'],
  sc: ['company', 'country', 'day', 'month'],
  sv: ['company', 'country', 'day', 'month'],
  ec: ['company', 'country', 'day'],
  ev: ['company', 'country', 'day'],
  mr: ['company'],
  mh: ['company'],
  mn: ['company'],
  ca: ['company'],
  cav: ['company'],
  hot: ['company'],
  pc: ['company'],
  pv: ['company'],
  lc: ['company'],
  lv: ['company'],
  hc: ['company', 'month'],
  hv: ['company', 'month'],
};

/** A breakdown row's measures as its table stores them: zero where the part does not keep one. */
const STORED_BY_PART = MEASURES.filter((measure) => measure !== 'exhibits')
  .map((measure) => {
    const parts = KEPT_IN[measure].map((part) => `'${part}'`).join(', ');
    return `${typed(measure, `CASE WHEN part IN (${parts}) THEN ${measure} ELSE 0 END`)} AS ${measure}`;
  })
  .join(', ');

/** The measure columns of the output, in order (without `exhibits`). */
export const OUTPUT_MEASURES = MEASURES.filter((measure) => measure !== 'exhibits');

/** Every part of every fair in scope, computed; fairs without any record get all-zero totals. */
export function computedOutcomes(scope: Scope): string {
  const totals = OUTPUT_MEASURES.map((measure) => `${typed(measure, `coalesce(t.${measure}, 0)`)} AS ${measure}`).join(', ');
  return `
    WITH m AS MATERIALIZED (${measures(scope)}),
         counts AS (
           SELECT fair_id,
                  count(*) FILTER (WHERE part = 'company' AND exhibits = 1)::int AS companies,
                  count(*) FILTER (WHERE part = 'buyer')::int AS buyers,
                  count(*) FILTER (WHERE part = 'country')::int AS countries
             FROM m GROUP BY fair_id)
    SELECT f.agency_id, f.id AS fair_id, 'fair' AS part, '' AS key, ${totals},
           coalesce(n.companies, 0) AS companies, coalesce(n.buyers, 0) AS buyers, coalesce(n.countries, 0) AS countries
      FROM fairs f
      LEFT JOIN m t ON t.fair_id = f.id AND t.part = 'fair'
      LEFT JOIN counts n ON n.fair_id = f.id
     WHERE ${scope.fairs}
    UNION ALL
    -- Meetings and the funnel are counted per fair and per company only, so country and day rows
    -- carry zeros there; month rows carry signings and shipments alone.
    SELECT agency_id, fair_id, part, key, ${STORED_BY_PART}, NULL, NULL, NULL
      FROM m WHERE part IN ('company', 'country', 'day', 'month')`;
}

/** Stored column names of each measure. */
export const MEASURE_COLUMNS: Record<(typeof OUTPUT_MEASURES)[number], string> = {
  cc: 'consultations_count',
  cv: 'consultations_value_usd',
  sc: 'signed_count',
  sv: 'signed_value_usd',
  ec: 'expected_count',
  ev: 'expected_value_usd',
  mr: 'meetings_requested',
  mh: 'meetings_held',
  mn: 'meetings_no_show',
  ca: 'consultations_after_count',
  cav: 'consultations_after_value_usd',
  hot: 'hot_leads',
  pc: 'provisional_count',
  pv: 'provisional_value_usd',
  lc: 'signed_later_count',
  lv: 'signed_later_value_usd',
  hc: 'shipped_count',
  hv: 'shipped_value_usd',
};

/** The stored outcomes in the same shape, for comparison. */
export function storedOutcomes(scope: Scope): string {
  const where = scope.records;
  const stored = (has: (measure: string) => boolean) =>
    OUTPUT_MEASURES.map((measure) => `${has(measure) ? MEASURE_COLUMNS[measure] : typed(measure, '0')} AS ${measure}`).join(', ');
  const all = stored(() => true);
  const breakdown = stored((measure) => KEPT_IN[measure as keyof typeof KEPT_IN].includes('country'));
  const month = stored((measure) => KEPT_IN[measure as keyof typeof KEPT_IN].includes('month'));
  return `
    SELECT agency_id, fair_id, 'fair' AS part, '' AS key, ${all}, companies, buyers, countries FROM fair_outcomes WHERE ${where}
    UNION ALL SELECT agency_id, fair_id, 'company', company_id::text, ${all}, NULL, NULL, NULL FROM fair_outcome_companies WHERE ${where}
    UNION ALL SELECT agency_id, fair_id, 'country', country::text, ${breakdown}, NULL, NULL, NULL FROM fair_outcome_countries WHERE ${where}
    UNION ALL SELECT agency_id, fair_id, 'day', day::text, ${breakdown}, NULL, NULL, NULL FROM fair_outcome_days WHERE ${where}
    UNION ALL SELECT agency_id, fair_id, 'month', month::text, ${month}, NULL, NULL, NULL FROM fair_outcome_months WHERE ${where}`;
}
