/**
 * The set-based SQL that derives outcomes from the source rows, for one fair (the refresh job) or
 * for every fair at once (reconcile). Live rows only: soft-deleted rows and cancelled contracts count
 * nowhere. Consultations and contracts are each read ONCE: GROUPING SETS produce the fair's totals
 * and every breakdown from the same scan.
 *
 * The result has one row per (fair, part, key) in the shape the outcome tables store:
 *   part 'fair'    key ''          totals, plus companies, buyers, countries
 *   part 'company' key company id  (every exhibitor, zeros included)
 *   Meetings (matchmaking) count per fair and per company: requested (every request made, whatever
 *   became of it), held and no-show.
 *   part 'country' key buyer country
 *   part 'day'     key date        (consultations by fair-local day, signed contracts by signing day)
 */
export interface Scope {
  /** A condition on consultations, contracts and participations (no alias). */
  records: string;
  /** The same condition on fairs, aliased `f`. */
  fairs: string;
}

export const ONE_FAIR: Scope = { records: 'agency_id = $1 AND fair_id = $2', fairs: 'f.agency_id = $1 AND f.id = $2' };
export const ALL_FAIRS: Scope = { records: 'true', fairs: 'true' };

// GROUPING(company_id, buyer_country, day, buyer_id) is a bit mask of the columns NOT grouped.
const PART = `CASE GROUPING(company_id, buyer_country, day, buyer_id)
  WHEN 15 THEN 'fair' WHEN 7 THEN 'company' WHEN 11 THEN 'country' WHEN 13 THEN 'day' WHEN 14 THEN 'buyer' END`;
const KEY = `coalesce(company_id::text, buyer_country::text, day::text, buyer_id::text, '')`;
const SETS = `GROUPING SETS ((agency_id, fair_id), (agency_id, fair_id, company_id), (agency_id, fair_id, buyer_country),
                             (agency_id, fair_id, day), (agency_id, fair_id, buyer_id))`;

function measures(scope: Scope): string {
  return `
    SELECT agency_id, fair_id, part, key,
           sum(cc)::int AS cc, sum(cv) AS cv, sum(sc)::int AS sc, sum(sv) AS sv, sum(ec)::int AS ec, sum(ev) AS ev,
           max(exhibits) AS exhibits, sum(mr)::int AS mr, sum(mh)::int AS mh, sum(mn)::int AS mn
      FROM (
        SELECT agency_id, fair_id, ${PART} AS part, ${KEY} AS key,
               sum(n) AS cc, coalesce(sum(v), 0) AS cv, 0 AS sc, 0 AS sv, 0 AS ec, 0 AS ev, 0 AS exhibits, 0 AS mr, 0 AS mh, 0 AS mn
          FROM (-- First to the finest grain, a plain GROUP BY PostgreSQL runs in parallel; the
                -- grouping sets then roll up these few rows rather than every consultation.
                SELECT agency_id, fair_id, company_id, buyer_country, local_date AS day, buyer_id,
                       count(*) AS n, sum(estimated_usd) AS v
                  FROM consultations WHERE deleted_at IS NULL AND ${scope.records}
                 GROUP BY agency_id, fair_id, company_id, buyer_country, local_date, buyer_id) c
         GROUP BY ${SETS}
        UNION ALL
        SELECT agency_id, fair_id, ${PART}, ${KEY}, 0, 0,
               count(*) FILTER (WHERE status = 'signed'), coalesce(sum(value_usd) FILTER (WHERE status = 'signed'), 0),
               count(*) FILTER (WHERE status = 'expected'), coalesce(sum(value_usd) FILTER (WHERE status = 'expected'), 0), 0, 0, 0, 0
          FROM (SELECT agency_id, fair_id, company_id, buyer_country, buyer_id, status, value_usd,
                       CASE WHEN status = 'signed' THEN signed_on END AS day
                  FROM contracts WHERE deleted_at IS NULL AND status <> 'cancelled' AND ${scope.records}) k
         GROUP BY ${SETS}
        UNION ALL
        SELECT agency_id, fair_id, 'company', company_id::text, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0
          FROM participations WHERE deleted_at IS NULL AND ${scope.records}
        UNION ALL
        SELECT agency_id, fair_id, CASE GROUPING(company_id) WHEN 1 THEN 'fair' ELSE 'company' END, coalesce(company_id::text, ''),
               0, 0, 0, 0, 0, 0, 0, count(*), count(*) FILTER (WHERE status = 'held'), count(*) FILTER (WHERE status = 'no_show')
          FROM meetings WHERE ${scope.records}
         GROUP BY GROUPING SETS ((agency_id, fair_id), (agency_id, fair_id, company_id))
      ) parts
     -- A null key is "no buyer linked" or "not signed": no breakdown row of its own.
     WHERE key <> '' OR part = 'fair'
     GROUP BY agency_id, fair_id, part, key`;
}

/** Every part of every fair in scope, computed; fairs without any record get all-zero totals. */
export function computedOutcomes(scope: Scope): string {
  return `
    WITH m AS MATERIALIZED (${measures(scope)}),
         counts AS (
           SELECT fair_id,
                  count(*) FILTER (WHERE part = 'company' AND exhibits = 1)::int AS companies,
                  count(*) FILTER (WHERE part = 'buyer')::int AS buyers,
                  count(*) FILTER (WHERE part = 'country')::int AS countries
             FROM m GROUP BY fair_id)
    SELECT f.agency_id, f.id AS fair_id, 'fair' AS part, '' AS key,
           coalesce(t.cc, 0) AS cc, coalesce(t.cv, 0)::numeric(24,2) AS cv, coalesce(t.sc, 0) AS sc,
           coalesce(t.sv, 0)::numeric(24,2) AS sv, coalesce(t.ec, 0) AS ec, coalesce(t.ev, 0)::numeric(24,2) AS ev,
           coalesce(n.companies, 0) AS companies, coalesce(n.buyers, 0) AS buyers, coalesce(n.countries, 0) AS countries,
           coalesce(t.mr, 0) AS mr, coalesce(t.mh, 0) AS mh, coalesce(t.mn, 0) AS mn
      FROM fairs f
      LEFT JOIN m t ON t.fair_id = f.id AND t.part = 'fair'
      LEFT JOIN counts n ON n.fair_id = f.id
     WHERE ${scope.fairs}
    UNION ALL
    -- Meetings are counted per fair and per company only, so country and day rows carry zeros.
    SELECT agency_id, fair_id, part, key, cc, cv::numeric(24,2), sc, sv::numeric(24,2), ec, ev::numeric(24,2), NULL, NULL, NULL, mr, mh, mn
      FROM m WHERE part IN ('company', 'country', 'day')`;
}

/** The stored outcomes in the same shape, for comparison. */
export function storedOutcomes(scope: Scope): string {
  const where = scope.records;
  const cols = `consultations_count AS cc, consultations_value_usd AS cv, signed_count AS sc, signed_value_usd AS sv,
    expected_count AS ec, expected_value_usd AS ev`;
  const meetings = 'meetings_requested AS mr, meetings_held AS mh, meetings_no_show AS mn';
  return `
    SELECT agency_id, fair_id, 'fair' AS part, '' AS key, ${cols}, companies, buyers, countries, ${meetings} FROM fair_outcomes WHERE ${where}
    UNION ALL SELECT agency_id, fair_id, 'company', company_id::text, ${cols}, NULL, NULL, NULL, ${meetings} FROM fair_outcome_companies WHERE ${where}
    UNION ALL SELECT agency_id, fair_id, 'country', country::text, ${cols}, NULL, NULL, NULL, 0, 0, 0 FROM fair_outcome_countries WHERE ${where}
    UNION ALL SELECT agency_id, fair_id, 'day', day::text, ${cols}, NULL, NULL, NULL, 0, 0, 0 FROM fair_outcome_days WHERE ${where}`;
}
