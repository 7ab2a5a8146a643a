// Bulk rows straight in the scratch database (a million consultations through HTTP would take the
// whole run): the same shape the API writes, with a stale mark so the outcome gets computed.
import pg from 'pg';

export async function insertConsultations(databaseUrl, { agencyId, userId, fairId, companyId, count }) {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    // Values vary per row (countries, days, cents) so every breakdown has several keys.
    await client.query(
      `INSERT INTO consultations (agency_id, fair_id, company_id, buyer_country, occurred_at, local_date, type,
                                  estimated_amount, estimated_currency, estimated_usd, stage, logged_by, version)
       SELECT $1, $2, $3, (ARRAY['CN','VN','AE','IN','US','DE','JP','SA'])[1 + i % 8],
              timestamptz '2017-05-15 02:00:00+00' + (i % 4) * interval '1 day',
              date '2017-05-15' + (i % 4), 'booth', (1000 + i % 997)::numeric(18,2), 'USD',
              (1000 + i % 997)::numeric(18,2), 'consulted', $4, 1
         FROM generate_series(1, $5::int) AS i`,
      [agencyId, fairId, companyId, userId, count],
    );
    await client.query('INSERT INTO outcome_changes (agency_id, fair_id) VALUES ($1, $2)', [agencyId, fairId]);
    await client.query('ANALYZE consultations');
  } finally {
    await client.end();
  }
}
