/**
 * The set-based SQL that derives outcomes from the source rows, for one fair (the refresh job) or
 * for every fair at once (reconcile). Live rows only: soft-deleted rows and cancelled contracts count
 * nowhere. Each source table is read ONCE: GROUPING SETS produce the fair's totals and every
 * breakdown from the same scan, and the sources' rows then meet by (fair, part, key).
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
  /** In how many slices of the fair-id space the consultations are read (see consultationParts). */
  slices: number;
}

export const ONE_FAIR: Scope = { records: 'agency_id = $1 AND fair_id = $2', fairs: 'f.agency_id = $1 AND f.id = $2', slices: 1 };
// Six slices: PostgreSQL gives a query two workers besides its own process (the default
// max_parallel_workers_per_gather), and six slices share evenly among three.
export const ALL_FAIRS: Scope = { records: 'true', fairs: 'true', slices: 6 };

/** Count measures. */
const COUNTS = ['cc', 'sc', 'ec', 'mr', 'mh', 'mn', 'ca', 'hot', 'pc', 'lc', 'hc'] as const;
/** Money measures (USD sums). */
const VALUES = ['cv', 'sv', 'ev', 'cav', 'pv', 'lv', 'hv'] as const;
type Measure = (typeof COUNTS)[number] | (typeof VALUES)[number];

/** The breakdowns a source can be rolled up by, each named by the column that keys it in the source. */
type Breakdowns = Partial<Record<'company' | 'country' | 'day' | 'buyer' | 'month', string>>;

/**
 * A source's rows rolled up to the fair and to each of its breakdowns: the select list's
 * `fair_id, part, key` and the GROUP BY (by fair alone: a fair belongs to one agency, which the
 * result takes from fairs). GROUPING(…) is a bit mask of the columns NOT grouped, so the fair's row
 * has every bit set and a breakdown's row every bit but its own. A breakdown's key is its column as
 * text; a row whose key is null (no buyer linked, not signed) gets '' and is dropped.
 */
function rollup(breakdowns: Breakdowns): { select: string; groupBy: string } {
  const columns = Object.values(breakdowns);
  const all = 2 ** columns.length - 1;
  const parts = Object.keys(breakdowns).map((part, i) => `WHEN ${all - 2 ** (columns.length - 1 - i)} THEN '${part}'`);
  return {
    select: `fair_id, CASE GROUPING(${columns.join(', ')}) WHEN ${all} THEN 'fair' ${parts.join(' ')} END AS part,
             coalesce(${columns.map((column) => `${column}::text`).join(', ')}, '') AS key`,
    groupBy: `GROUPING SETS ((fair_id), ${columns.map((column) => `(fair_id, ${column})`).join(', ')})`,
  };
}

/** Whole months from the fair's last day to `date`; 0 up to a month after it (and during the fair). */
const monthsSince = (date: string) => `CASE WHEN ${date} <= f.ends_on THEN 0
  ELSE (date_part('year', age(${date}, f.ends_on)) * 12 + date_part('month', age(${date}, f.ends_on)))::int END`;

/**
 * The fair-id space cut into `slices` equal ranges (ids are random UUIDs, so each holds about as many
 * fairs): one condition each, on `fair_id`.
 */
function fairSlices(slices: number): string[] {
  const bound = (i: number) => `'${Math.floor((i * 2 ** 32) / slices).toString(16).padStart(8, '0')}-0000-0000-0000-000000000000'`;
  return Array.from({ length: slices }, (_, i) => {
    const conditions = [i > 0 ? `fair_id >= ${bound(i)}` : '', i < slices - 1 ? `fair_id < ${bound(i + 1)}` : ''];
    return conditions.filter(Boolean).join(' AND ') || 'true';
  });
}

/**
 * Consultations, first to the finest grain, then rolled up: the one pass over every row, most of the
 * reconcile's time. The grain is the key order of the covering index consultations_outcome_grain_idx,
 * so it is an index-only read and a streaming GROUP BY, with no hash table of every group (whose cache
 * misses made the hashed grain cost twice a raw GROUP BY fair_id). Read in slices of disjoint fairs,
 * each grain and its rollup are whole within the slice, so PostgreSQL runs the slices in separate
 * processes (a Parallel Append) and nothing is combined after; one parallel index scan instead would
 * hand its pages out one at a time, and partial aggregates would be combined again in one process.
 * Counts are int4, so rolling them up sums by value, not into numeric.
 */
function consultationParts(scope: Scope): string {
  const { select, groupBy } = rollup({ company: 'company_id', country: 'buyer_country', day: 'day', buyer: 'buyer_id' });
  return fairSlices(scope.slices)
    .map(
      (slice) => `
    SELECT ${select}, sum(n)::int AS cc, sum(v) AS cv, sum(na)::int AS ca, sum(va) AS cav, sum(nh)::int AS hot
      FROM (SELECT fair_id, company_id, buyer_country, local_date AS day, buyer_id,
                   count(*)::int AS n, sum(estimated_usd) AS v,
                   count(*) FILTER (WHERE type = 'video')::int AS na, sum(estimated_usd) FILTER (WHERE type = 'video') AS va,
                   count(*) FILTER (WHERE rating = 'hot')::int AS nh
              FROM consultations WHERE deleted_at IS NULL AND ${scope.records} AND ${slice}
             GROUP BY fair_id, company_id, buyer_country, local_date, buyer_id) c
     GROUP BY ${groupBy}`,
    )
    .join('\n    UNION ALL');
}

/** Live contracts: signed ones by signing day and by month since the fair too. */
function contractParts(scope: Scope): string {
  const { select, groupBy } = rollup({ company: 'company_id', country: 'buyer_country', day: 'day', buyer: 'buyer_id', month: 'month' });
  const of = (status: string, extra = '') => `FILTER (WHERE status = '${status}'${extra})`;
  return `
    SELECT ${select},
           count(*) ${of('signed')}::int AS sc, sum(value_usd) ${of('signed')} AS sv,
           count(*) ${of('expected')}::int AS ec, sum(value_usd) ${of('expected')} AS ev,
           count(*) ${of('provisional')}::int AS pc, sum(value_usd) ${of('provisional')} AS pv,
           count(*) ${of('signed', ' AND on_site IS FALSE')}::int AS lc, sum(value_usd) ${of('signed', ' AND on_site IS FALSE')} AS lv
      FROM (SELECT k.fair_id, k.company_id, k.buyer_country, k.buyer_id, k.status, k.on_site, k.value_usd,
                   CASE WHEN k.status = 'signed' THEN k.signed_on END AS day,
                   CASE WHEN k.status = 'signed' THEN ${monthsSince('k.signed_on')} END AS month
              FROM (SELECT * FROM contracts WHERE deleted_at IS NULL AND status <> 'cancelled' AND ${scope.records}) k
              JOIN fairs f ON f.agency_id = k.agency_id AND f.id = k.fair_id) k
     GROUP BY ${groupBy}`;
}

/**
 * Shipments of live contracts, by the contract's company and by month since the fair (a shipment
 * adds no buyer or country of its own).
 */
function shipmentParts(scope: Scope): string {
  const { select, groupBy } = rollup({ company: 'company_id', month: 'month' });
  return `
    SELECT ${select}, count(*)::int AS hc, sum(value_usd) AS hv
      FROM (SELECT s.fair_id, k.company_id, s.value_usd, ${monthsSince('s.shipped_on')} AS month
              FROM (SELECT * FROM shipments WHERE deleted_at IS NULL AND ${scope.records}) s
              JOIN contracts k ON k.agency_id = s.agency_id AND k.id = s.contract_id AND k.deleted_at IS NULL
              JOIN fairs f ON f.agency_id = s.agency_id AND f.id = s.fair_id) s
     GROUP BY ${groupBy}`;
}

/** Meetings (every one requested, whatever became of it), per fair and per company. */
function meetingParts(scope: Scope): string {
  const { select, groupBy } = rollup({ company: 'company_id' });
  return `
    SELECT ${select}, count(*)::int AS mr, count(*) FILTER (WHERE status = 'held')::int AS mh,
           count(*) FILTER (WHERE status = 'no_show')::int AS mn
      FROM meetings WHERE ${scope.records}
     GROUP BY ${groupBy}`;
}

/**
 * Every source's parts, met by (fair, part, key). Each measure comes from one source only, so the
 * sources are joined, not summed again (which took numeric sums of every measure, zeros included):
 * a measure a (fair, part, key) has no record for is null. A fair's live participations are unique
 * by company (`exhibits` 1). The smaller sources meet first, so the consultations' many rows are
 * matched once.
 */
function measures(scope: Scope): string {
  return `
    SELECT fair_id, part, key, ${[...COUNTS, ...VALUES].join(', ')}, exhibits
      FROM (${consultationParts(scope)}) c
      FULL JOIN ((${contractParts(scope)}) k
                 FULL JOIN (${shipmentParts(scope)}) s USING (fair_id, part, key)
                 FULL JOIN (${meetingParts(scope)}) g USING (fair_id, part, key)
                 FULL JOIN (SELECT fair_id, 'company' AS part, company_id::text AS key, 1 AS exhibits
                              FROM participations WHERE deleted_at IS NULL AND ${scope.records}) p USING (fair_id, part, key))
             USING (fair_id, part, key)
     -- A null key is "no buyer linked" or "not signed": no breakdown row of its own.
     WHERE key <> '' OR part = 'fair'`;
}

/** A measure as the comparison and the tables carry it: money to the cent. */
const typed = (measure: string, value: string): string => ((VALUES as readonly string[]).includes(measure) ? `${value}::numeric(24,2)` : value);

/** The breakdown parts that store each measure (the fair's row stores every one). */
const KEPT_IN: Record<Measure, readonly string[]> = {
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

/** The measure columns of the output, in order. */
export const OUTPUT_MEASURES = ['cc', 'cv', 'sc', 'sv', 'ec', 'ev', 'mr', 'mh', 'mn', 'ca', 'cav', 'hot', 'pc', 'pv', 'lc', 'lv', 'hc', 'hv'] as const satisfies readonly Measure[];

/** A breakdown row's measures as its table stores them: zero where the part does not keep one, or has no record for. */
const STORED_BY_PART = OUTPUT_MEASURES.map((measure) => {
  const parts = KEPT_IN[measure].map((part) => `'${part}'`).join(', ');
  return `${typed(measure, `CASE WHEN m.part IN (${parts}) THEN coalesce(m.${measure}, 0) ELSE 0 END`)} AS ${measure}`;
}).join(', ');

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
    SELECT f.agency_id, m.fair_id, m.part, m.key, ${STORED_BY_PART}, NULL, NULL, NULL
      FROM m JOIN fairs f ON f.id = m.fair_id
     WHERE m.part IN ('company', 'country', 'day', 'month')`;
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
