// Baseline plugin: one pg round trip per request (SELECT 1) on its own pool.
// The template for scenario routes such as "one INSERT per POST"; load it with
// `node bench/baseline.js --plugin bench/baseline-routes/pg-select.js`.
import pg from 'pg';

export default async function pgSelect(app, { databaseUrl, poolMax }) {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: poolMax });
  // Fail at start, not on the first benchmark request, if the database is unreachable.
  await pool.query('SELECT 1');
  app.addHook('onClose', () => pool.end());

  app.get('/baseline/pg/select-1', async () => {
    const { rows } = await pool.query('SELECT 1 AS one');
    return rows[0];
  });
}
