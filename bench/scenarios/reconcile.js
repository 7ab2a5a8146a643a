// Full recompute: `outcomes:reconcile` recomputing every outcome of BENCH_RECONCILE_ROWS
// consultations (default 1,000,000) over 200 fairs and comparing it with what is stored, against a
// raw GROUP BY of the same rows (count and sum per fair) on the same database.
import pg from 'pg';
import { prepareService } from '../lib/service.js';

export const description = 'outcomes:reconcile (full set-based recompute + compare) vs a raw GROUP BY fair_id of the same rows';

const FAIRS = 200;
const COMPANIES = 20;

async function timed(fn) {
  const start = performance.now();
  const value = await fn();
  return { ms: performance.now() - start, value };
}

export async function standalone({ log }) {
  const rows = Number(process.env.BENCH_RECONCILE_ROWS ?? 1_000_000);
  const ctx = await prepareService({ log });
  const out = await ctx.runCli('create-agency', '--name', 'Reconcile bench', '--admin-email', 'r@bench.test', '--admin-password', 'a-long-enough-password');
  const { agencyId, adminUserId } = JSON.parse(out.split('\n').find((line) => line.startsWith('{')));
  const db = new pg.Client({ connectionString: ctx.databaseUrl });
  await db.connect();
  try {
    log(`inserting ${rows.toLocaleString('en')} consultations over ${FAIRS} fairs …`);
    await db.query(
      `INSERT INTO fairs (agency_id, series, name, year, city, country, starts_on, ends_on, timezone, version)
       SELECT $1, 'bench', 'Bench ' || i, 2017, 'Seoul', 'KR', '2017-05-15', '2017-05-18', 'Asia/Seoul', 1 FROM generate_series(1, ${FAIRS}) i`,
      [agencyId],
    );
    await db.query(`INSERT INTO companies (agency_id, name, version) SELECT $1, 'Company ' || i, 1 FROM generate_series(1, ${COMPANIES}) i`, [agencyId]);
    await db.query(`INSERT INTO participations (agency_id, fair_id, company_id, version) SELECT $1, f.id, c.id, 1 FROM fairs f CROSS JOIN companies c`, [agencyId]);
    const perPair = Math.ceil(rows / (FAIRS * COMPANIES));
    await db.query(
      `INSERT INTO consultations (agency_id, fair_id, company_id, buyer_country, occurred_at, local_date, type,
                                  estimated_amount, estimated_currency, estimated_usd, stage, logged_by, version)
       SELECT $1, p.fair_id, p.company_id, (ARRAY['CN','VN','AE','IN','US','DE','JP','SA'])[1 + i % 8],
              timestamptz '2017-05-15 02:00:00+00' + (i % 4) * interval '1 day', date '2017-05-15' + (i % 4), 'booth',
              (1000 + i % 997)::numeric(18,2), 'USD', (1000 + i % 997)::numeric(18,2), 'consulted', $2, 1
         FROM participations p CROSS JOIN generate_series(1, ${perPair}) i`,
      [agencyId, adminUserId],
    );
    await db.query('VACUUM ANALYZE');

    log('first reconcile: computes and stores every outcome …');
    const first = await timed(() => ctx.runCli('outcomes:reconcile'));
    log('measuring …');
    const recompute = [];
    const raw = [];
    for (let i = 0; i < 3; i++) {
      const run = await timed(() => ctx.runCli('outcomes:reconcile', '--dry-run'));
      const report = JSON.parse(run.value.split('\n').find((line) => line.startsWith('{')));
      if (report.fairsDiffering !== 0) throw new Error('stored outcomes differ from the source after a repair');
      recompute.push(report.elapsedMs);
      raw.push((await timed(() => db.query('SELECT fair_id, count(*), sum(estimated_usd) FROM consultations WHERE deleted_at IS NULL GROUP BY fair_id'))).ms);
    }
    const median = (values) => values.sort((a, b) => a - b)[1];
    const [r, g] = [median(recompute), median(raw)];
    const [{ n }] = (await db.query('SELECT count(*)::int AS n FROM consultations')).rows;
    const text = [
      description,
      `${n.toLocaleString('en')} consultations, ${FAIRS} fairs; first reconcile (compute + store all) ${(first.ms / 1000).toFixed(1)} s incl. process start`,
      `recompute + compare (median of 3, in-process SQL time) ${r.toFixed(0)} ms; raw GROUP BY fair_id ${g.toFixed(0)} ms; ratio ${(r / g).toFixed(2)}× (target ≤ 2×)`,
    ].join('\n');
    return { ok: true, text, rows: n, recomputeMs: r, rawGroupByMs: g, ratio: r / g };
  } finally {
    await db.end();
  }
}
