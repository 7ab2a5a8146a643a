/**
 * The set-based SQL that derives a fair's outcome from its source rows. $1 is the agency, $2 the fair.
 * Live rows only: soft-deleted rows count nowhere, cancelled contracts count nowhere. One place, used
 * by the refresh job (to store) and by reconcile (to compare).
 */
const LIVE = 'agency_id = $1 AND fair_id = $2 AND deleted_at IS NULL';
const LIVE_CONTRACTS = `${LIVE} AND status <> 'cancelled'`;

/** One row of measures per key, from consultations (by `consultationKey`) and contracts (by `contractKey`). */
function measuresBy(consultationKey: string, contractKey: string, extraKeys = ''): string {
  return `
    SELECT key,
           sum(consultations_count)::int AS consultations_count,
           sum(consultations_value_usd) AS consultations_value_usd,
           sum(signed_count)::int AS signed_count,
           sum(signed_value_usd) AS signed_value_usd,
           sum(expected_count)::int AS expected_count,
           sum(expected_value_usd) AS expected_value_usd
      FROM (
        ${extraKeys}
        SELECT ${consultationKey} AS key, count(*) AS consultations_count, coalesce(sum(estimated_usd), 0) AS consultations_value_usd,
               0 AS signed_count, 0 AS signed_value_usd, 0 AS expected_count, 0 AS expected_value_usd
          FROM consultations WHERE ${LIVE} GROUP BY 1
        UNION ALL
        SELECT ${contractKey} AS key, 0, 0,
               count(*) FILTER (WHERE status = 'signed'), coalesce(sum(value_usd) FILTER (WHERE status = 'signed'), 0),
               count(*) FILTER (WHERE status = 'expected'), coalesce(sum(value_usd) FILTER (WHERE status = 'expected'), 0)
          FROM contracts WHERE ${LIVE_CONTRACTS} AND ${contractKey} IS NOT NULL GROUP BY 1
      ) parts
     GROUP BY key`;
}

export const TOTALS_SQL = `
  SELECT c.consultations_count, c.consultations_value_usd,
         k.signed_count, k.signed_value_usd, k.expected_count, k.expected_value_usd,
         (SELECT count(*)::int FROM participations WHERE ${LIVE}) AS companies,
         (SELECT count(DISTINCT buyer_id)::int FROM (
            SELECT buyer_id FROM consultations WHERE ${LIVE} AND buyer_id IS NOT NULL
            UNION ALL SELECT buyer_id FROM contracts WHERE ${LIVE_CONTRACTS} AND buyer_id IS NOT NULL) b) AS buyers,
         (SELECT count(DISTINCT buyer_country)::int FROM (
            SELECT buyer_country FROM consultations WHERE ${LIVE}
            UNION ALL SELECT buyer_country FROM contracts WHERE ${LIVE_CONTRACTS}) b) AS countries
    FROM (SELECT count(*)::int AS consultations_count, coalesce(sum(estimated_usd), 0) AS consultations_value_usd
            FROM consultations WHERE ${LIVE}) c,
         (SELECT count(*) FILTER (WHERE status = 'signed')::int AS signed_count,
                 coalesce(sum(value_usd) FILTER (WHERE status = 'signed'), 0) AS signed_value_usd,
                 count(*) FILTER (WHERE status = 'expected')::int AS expected_count,
                 coalesce(sum(value_usd) FILTER (WHERE status = 'expected'), 0) AS expected_value_usd
            FROM contracts WHERE ${LIVE_CONTRACTS}) k`;

/** Every exhibiting company appears, with zeros if it logged nothing. */
export const BY_COMPANY_SQL = measuresBy(
  'company_id',
  'company_id',
  `SELECT company_id AS key, 0 AS consultations_count, 0 AS consultations_value_usd, 0 AS signed_count,
          0 AS signed_value_usd, 0 AS expected_count, 0 AS expected_value_usd
     FROM participations WHERE ${LIVE}
   UNION ALL`,
);

export const BY_COUNTRY_SQL = measuresBy('buyer_country', 'buyer_country');

/** Consultations by fair-local day; signed contracts by signing day (expected ones have no day). */
export const BY_DAY_SQL = measuresBy('local_date', "CASE WHEN status = 'signed' THEN signed_on END");
