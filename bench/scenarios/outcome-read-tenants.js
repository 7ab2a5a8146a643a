// Outcome reads do not slow down with the number of tenants: GET /v1/fairs/{id}/outcomes of one fair
// (BENCH_FAIR_CONSULTATIONS consultations, default 1,000) measured with its agency alone in the
// database, then again, same fair and token, once BENCH_TENANTS_AGENCIES more agencies (default 999)
// of BENCH_TENANTS_FAIRS fairs each (default 100) — each fair with an exhibitor and a stored outcome —
// have been added and analysed. The ratio of the two (req/s alone ÷ req/s among them) is the cost.
import pg from 'pg';
import { insertConsultations } from '../lib/bulk.js';
import { agencyWithFair } from '../lib/fixtures.js';
import { failures, loadSettings, measure } from '../lib/load.js';
import { prepareService } from '../lib/service.js';

const agencies = Number(process.env.BENCH_TENANTS_AGENCIES ?? 999);
const fairsEach = Number(process.env.BENCH_TENANTS_FAIRS ?? 100);
const size = Number(process.env.BENCH_FAIR_CONSULTATIONS ?? 1000);

export const description = `GET /v1/fairs/{id}/outcomes with 1 agency vs among ${(agencies + 1).toLocaleString('en')} agencies of ${fairsEach} fairs`;

async function addTenants(databaseUrl) {
  const db = new pg.Client({ connectionString: databaseUrl });
  await db.connect();
  try {
    await db.query(
      `WITH a AS (INSERT INTO agencies (name) SELECT 'Tenant ' || i FROM generate_series(1, $1::int) i RETURNING id)
       INSERT INTO users (agency_id, email, password_hash, role, version) SELECT id, 'admin@' || id || '.bench', 'x', 'admin', 1 FROM a`,
      [agencies],
    );
    await db.query(`INSERT INTO companies (agency_id, name, version) SELECT id, 'Exhibitor', 1 FROM agencies WHERE name LIKE 'Tenant %'`);
    await db.query(
      `INSERT INTO fairs (agency_id, series, name, year, city, country, starts_on, ends_on, timezone, version)
       SELECT a.id, 'fair' || i, 'Fair ' || i, 2017, 'Shanghai', 'CN', '2017-05-15', '2017-05-18', 'Asia/Shanghai', 1
         FROM agencies a CROSS JOIN generate_series(1, $1::int) i WHERE a.name LIKE 'Tenant %'`,
      [fairsEach],
    );
    await db.query(
      `INSERT INTO participations (agency_id, fair_id, company_id, version)
       SELECT f.agency_id, f.id, c.id, 1 FROM fairs f JOIN companies c ON c.agency_id = f.agency_id JOIN agencies a ON a.id = f.agency_id
        WHERE a.name LIKE 'Tenant %'`,
    );
    // Stored outcomes as the worker leaves them: totals and a company row per fair.
    await db.query(
      `INSERT INTO fair_outcomes (agency_id, fair_id, consultations_count, consultations_value_usd, signed_value_usd, expected_value_usd,
                                  companies, home_currency, computed_at)
       SELECT f.agency_id, f.id, 10, 1000.00, 0, 0, 1, 'USD', now() FROM fairs f JOIN agencies a ON a.id = f.agency_id WHERE a.name LIKE 'Tenant %'`,
    );
    await db.query(
      `INSERT INTO fair_outcome_companies (agency_id, fair_id, company_id, consultations_count, consultations_value_usd, signed_value_usd, expected_value_usd)
       SELECT p.agency_id, p.fair_id, p.company_id, 10, 1000.00, 0, 0 FROM participations p JOIN agencies a ON a.id = p.agency_id WHERE a.name LIKE 'Tenant %'`,
    );
    await db.query('VACUUM ANALYZE');
    const [{ n }] = (await db.query('SELECT count(*)::int AS n FROM fairs')).rows;
    return n;
  } finally {
    await db.end();
  }
}

export async function standalone({ log }) {
  const settings = loadSettings();
  const ctx = await prepareService({ log });
  const fixture = await agencyWithFair(ctx);
  await insertConsultations(ctx.databaseUrl, { ...fixture, count: size });
  await ctx.runCli('outcomes:reconcile');
  // Both measurements read tables just vacuumed and analysed, so neither gains index-only scans the other lacks.
  const db = new pg.Client({ connectionString: ctx.databaseUrl });
  await db.connect();
  await db.query('VACUUM ANALYZE');
  await db.end();
  const target = { method: 'GET', url: `${ctx.service.url}/v1/fairs/${fixture.fairId}/outcomes`, headers: { authorization: `Bearer ${fixture.token}` } };
  const check = async () => {
    const outcome = await fixture.call(target.url, { token: fixture.token });
    if (outcome.consultations.count !== size) throw new Error(`outcome counts ${outcome.consultations.count}, expected ${size}`);
  };
  await check();
  const alone = await measure({ name: '1 agency', ...target }, settings, log);
  log(`adding ${agencies.toLocaleString('en')} agencies × ${fairsEach} fairs …`);
  const fairs = await addTenants(ctx.databaseUrl);
  await check();
  const among = await measure({ name: `${agencies + 1} agencies`, ...target }, settings, log);
  const problems = [...failures(alone), ...failures(among)];
  const ratio = alone.reqPerSec / among.reqPerSec;
  const text = [
    description,
    `1 agency: ${Math.round(alone.reqPerSec)} req/s (p99 ${alone.latencyMs.p99.toFixed(1)} ms); ${(agencies + 1).toLocaleString('en')} agencies, ${fairs.toLocaleString('en')} fairs: ` +
      `${Math.round(among.reqPerSec)} req/s (p99 ${among.latencyMs.p99.toFixed(1)} ms); cost ratio ${ratio.toFixed(2)} (target ≤ 1.2)`,
    ...problems,
  ].join('\n');
  return { ok: problems.length === 0, text, alone: alone.reqPerSec, among: among.reqPerSec, ratio, fairs };
}
