// Baseline plugin for the outcome read: one primary-key SELECT of the stored outcome row.
import pg from 'pg';

export default async function pgSelectOutcome(app, { databaseUrl, poolMax }) {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: poolMax });
  await pool.query('SELECT 1');
  app.addHook('onClose', () => pool.end());

  app.get('/baseline/fair-outcomes/:fairId', async (request) => {
    const { rows } = await pool.query('SELECT * FROM fair_outcomes WHERE fair_id = $1', [request.params.fairId]);
    return rows[0];
  });
}
