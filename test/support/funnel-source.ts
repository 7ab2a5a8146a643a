import type { TestStore } from './test-app.js';

export interface CountValue {
  count: number;
  valueUsd: string;
}

export interface Funnel {
  consultations: { onSite: CountValue; after: CountValue };
  hotLeads: number;
  expected: CountValue;
  provisional: CountValue;
  signed: { onSite: CountValue; later: CountValue };
  shipped: CountValue;
}

/** A fair's funnel values in the home currency, as the API gives them (`home.funnel` and `home.expectedValue`). */
export interface FunnelHome {
  rate: string | null;
  consultationsOnSiteValue: string | null;
  consultationsAfterValue: string | null;
  expectedValue: string | null;
  provisionalValue: string | null;
  signedOnSiteValue: string | null;
  signedLaterValue: string | null;
  shippedValue: string | null;
}

export interface FunnelsFromSource {
  /** Each live fair's funnel, in USD and at its pinned home-currency rate. */
  fairs: Map<string, { funnel: Funnel; home: FunnelHome }>;
  years: Map<number, { fairs: number; funnel: Funnel }>;
  /** By `<series>:<year>`. */
  seriesYears: Map<string, { fairs: number; funnel: Funnel }>;
  all: { fairs: number; funnel: Funnel };
}

/**
 * The funnel's live facts of an agency ($1), each with its fair: consultations on site or after
 * (video), hot or not; contracts by status (cancelled ones count nowhere), signed ones on site or
 * later; shipments of live contracts.
 */
const FACTS = `
  SELECT fair_id, CASE WHEN type = 'video' THEN 'after' ELSE 'on_site' END AS kind, coalesce(estimated_usd, 0) AS usd,
         coalesce(rating = 'hot', false) AS hot
    FROM consultations WHERE agency_id = $1 AND deleted_at IS NULL
  UNION ALL
  SELECT fair_id, CASE WHEN status = 'signed' AND on_site IS FALSE THEN 'later' ELSE status END, value_usd, false
    FROM contracts WHERE agency_id = $1 AND deleted_at IS NULL AND status <> 'cancelled'
  UNION ALL
  SELECT s.fair_id, 'shipped', s.value_usd, false
    FROM shipments s JOIN contracts k ON k.agency_id = s.agency_id AND k.id = s.contract_id AND k.deleted_at IS NULL
   WHERE s.agency_id = $1 AND s.deleted_at IS NULL`;

/** The facts' kinds: `signed` is signed on site (the others signed are `later`). */
const STAGES = ['on_site', 'after', 'expected', 'provisional', 'signed', 'later', 'shipped'] as const;
type Stage = (typeof STAGES)[number];

/** Count, USD sum, and (for a fair's own row) the sum at the fair's pinned rate, rounded once. */
const part = (stage: Stage) => `
  count(*) FILTER (WHERE f.kind = '${stage}')::int AS ${stage}_n,
  coalesce(sum(f.usd) FILTER (WHERE f.kind = '${stage}'), 0)::numeric(24,2)::text AS ${stage}_v,
  CASE WHEN GROUPING(fa.id) = 0 THEN round(coalesce(sum(f.usd) FILTER (WHERE f.kind = '${stage}'), 0) * min(r.units_per_usd), 2)::text END AS ${stage}_home`;

type Row = { [K in Stage as `${K}_n`]: number } & { [K in Stage as `${K}_v` | `${K}_home`]: string } & {
  fair_id: string | null;
  series: string | null;
  year: number | null;
  grouping_set: number;
  fairs: number;
  hot: number;
  rate: string | null;
};

/**
 * Every rollup's funnel taken straight from the records with one GROUP BY (GROUPING SETS: per fair,
 * per year, per series and year, and over all the agency's live fairs), written independently of
 * src/outcomes: the figures `GET /v1/outcomes?year=` and `GET /v1/outcomes/series/{series}` must
 * show exactly. Home-currency values are per fair only (each fair has its own pinned rate: the latest
 * rate in the agency's home currency dated on or before its first day).
 */
export async function funnelsFromSource(test: TestStore, agencyId: string): Promise<FunnelsFromSource> {
  const { rows } = await test.db.query<Row>(
    `WITH facts AS (${FACTS})
     SELECT fa.id AS fair_id, fa.series, fa.year, GROUPING(fa.id, fa.series, fa.year)::int AS grouping_set,
            count(DISTINCT fa.id)::int AS fairs, count(*) FILTER (WHERE f.hot)::int AS hot, min(r.units_per_usd)::text AS rate,
            ${STAGES.map(part).join(',')}
       FROM fairs fa
       JOIN agencies a ON a.id = fa.agency_id
       LEFT JOIN LATERAL (SELECT x.units_per_usd FROM exchange_rates x
                           WHERE x.agency_id = fa.agency_id AND x.currency = a.home_currency AND x.rate_date <= fa.starts_on
                           ORDER BY x.rate_date DESC LIMIT 1) r ON true
       LEFT JOIN facts f ON f.fair_id = fa.id
      WHERE fa.agency_id = $1 AND fa.deleted_at IS NULL
      GROUP BY GROUPING SETS ((fa.id, fa.series, fa.year), (fa.series, fa.year), (fa.year), ())`,
    [agencyId],
  );
  const pair = (row: Row, stage: Stage): CountValue => ({ count: row[`${stage}_n`], valueUsd: row[`${stage}_v`] });
  const funnel = (row: Row): Funnel => ({
    consultations: { onSite: pair(row, 'on_site'), after: pair(row, 'after') },
    hotLeads: row.hot,
    expected: pair(row, 'expected'),
    provisional: pair(row, 'provisional'),
    signed: { onSite: pair(row, 'signed'), later: pair(row, 'later') },
    shipped: pair(row, 'shipped'),
  });
  // GROUPING's bits, fa.id first: 0 per fair, 4 per series and year, 6 per year, 7 over all.
  const of = (set: number) => rows.filter((row) => row.grouping_set === set);
  const [all] = of(7);
  return {
    fairs: new Map(
      of(0).map((row) => [
        row.fair_id as string,
        {
          funnel: funnel(row),
          home: {
            rate: row.rate,
            consultationsOnSiteValue: row.on_site_home,
            consultationsAfterValue: row.after_home,
            expectedValue: row.expected_home,
            provisionalValue: row.provisional_home,
            signedOnSiteValue: row.signed_home,
            signedLaterValue: row.later_home,
            shippedValue: row.shipped_home,
          },
        },
      ]),
    ),
    seriesYears: new Map(of(4).map((row) => [`${row.series}:${row.year}`, { fairs: row.fairs, funnel: funnel(row) }])),
    years: new Map(of(6).map((row) => [row.year as number, { fairs: row.fairs, funnel: funnel(row) }])),
    all: { fairs: all.fairs, funnel: funnel(all) },
  };
}
