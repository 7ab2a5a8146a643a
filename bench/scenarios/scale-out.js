// Scale-out: 2 API processes behind HAProxy (Debian's package, installed when missing) and 2 worker
// processes on one PostgreSQL and one Redis. Booth writes across BENCH_SCALE_AGENCIES agencies ×
// BENCH_SCALE_FAIRS fairs go through the balancer:
//   1. throughput with 1 API process behind the balancer, then with 2 (BENCH_DURATION s each): the ratio;
//   2. a fault run: the same load, and one API process and one worker are SIGKILLed a third of the way in.
// Clients send an Idempotency-Key and retry a failed or unanswered POST with the same key, as the booth
// app does. Checks: every 201 is a stored row, no other row is stored, and once quiet every fair's
// outcome equals a GROUP BY over its consultations.
import { execFileSync, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { defer } from '../lib/cleanup.js';
import { agencyWithFair } from '../lib/fixtures.js';
import { freePort, startServer } from '../lib/process.js';
import { prepareService } from '../lib/service.js';

export const description = '2 API processes behind HAProxy + 2 workers: 1 vs 2 API throughput, then an API and a worker killed mid-run; every 201 stored, nothing else, outcomes = GROUP BY';

const MAIN = fileURLToPath(new URL('../../dist/src/main.js', import.meta.url));

function haproxyPath() {
  for (const path of ['/usr/sbin/haproxy', '/usr/bin/haproxy']) if (existsSync(path)) return path;
  // Debian's package: the scenario installs it, as the issue asks (root, network to the Debian mirror).
  execFileSync('apt-get', ['update'], { stdio: 'ignore' });
  execFileSync('apt-get', ['install', '-y', 'haproxy'], { stdio: 'ignore', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  return '/usr/sbin/haproxy';
}

/** HAProxy on `port` in front of `backends` (ports), health-checking /health/live, round robin. */
async function startBalancer(binary, dir, port, backends) {
  const config = join(dir, `haproxy-${port}.cfg`);
  writeFileSync(
    config,
    [
      'global', '  maxconn 4096',
      'defaults', '  mode http', '  timeout connect 2s', '  timeout client 30s', '  timeout server 30s', '  option http-keep-alive',
      `frontend booth`, `  bind 127.0.0.1:${port}`, '  default_backend api',
      'backend api', '  balance roundrobin', '  option httpchk GET /health/live', '  default-server inter 500ms fall 2 rise 2',
      ...backends.map((backend, i) => `  server api${i} 127.0.0.1:${backend} check`),
      '',
    ].join('\n'),
  );
  const child = spawn(binary, ['-db', '-f', config], { stdio: 'ignore' });
  defer(`stop haproxy :${port}`, () => new Promise((resolve) => (child.exitCode !== null ? resolve() : (child.once('exit', resolve), child.kill('SIGTERM')))));
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/health/live`)).status === 200) return `http://127.0.0.1:${port}`;
    } catch {
      // not listening yet
    }
    await sleep(100);
  }
  throw new Error(`haproxy on :${port} did not come up`);
}

/** One booth client: POSTs consultations until `until`, retrying each with its Idempotency-Key until it is answered. */
async function boothClient(url, targets, until, record) {
  let n = 0;
  while (Date.now() < until()) {
    const target = targets[n++ % targets.length];
    const key = randomUUID();
    const body = JSON.stringify({
      fairId: target.fairId, companyId: target.companyId, buyerCountry: 'CN', occurredAt: '2017-05-16T03:00:00Z',
      estimatedValue: { amount: `${100 + (n % 900)}.${String(n % 100).padStart(2, '0')}`, currency: 'USD' },
    });
    for (let attempt = 0; ; attempt++) {
      try {
        const res = await fetch(`${url}/v1/consultations`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${target.token}`, 'idempotency-key': key },
          body,
          signal: AbortSignal.timeout(10_000),
        });
        const text = await res.text();
        if (res.status === 201) {
          record.created.set(key, JSON.parse(text).id);
          break;
        }
        record.retried++;
        if (res.status < 500 && res.status !== 409 && res.status !== 429) throw new Error(`POST → ${res.status} ${text.slice(0, 200)}`);
      } catch (error) {
        if (error.message?.startsWith('POST →')) throw error;
        record.retried++;
      }
      if (attempt > 50) throw new Error('a POST was not answered after 50 retries');
      await sleep(100);
    }
  }
}

async function load(url, targets, seconds, connections) {
  const record = { created: new Map(), retried: 0 };
  const end = Date.now() + seconds * 1000;
  const start = performance.now();
  await Promise.all(Array.from({ length: connections }, () => boothClient(url, targets, () => end, record)));
  return { ...record, rps: record.created.size / ((performance.now() - start) / 1000) };
}

export async function standalone({ log }) {
  const seconds = Number(process.env.BENCH_DURATION ?? 15);
  const connections = Number(process.env.BENCH_CONNECTIONS ?? 64);
  const agencies = Number(process.env.BENCH_SCALE_AGENCIES ?? 8);
  const fairsPerAgency = Number(process.env.BENCH_SCALE_FAIRS ?? 5);
  const haproxy = haproxyPath();
  const ctx = await prepareService({ log });
  const dir = mkdtempSync(join(tmpdir(), 'pavilion-scale-'));
  defer(`remove ${dir}`, () => rmSync(dir, { recursive: true, force: true }));

  const secondPort = await freePort();
  const second = await startServer({
    name: 'service 2', args: [MAIN], env: { ...ctx.serviceEnv, HOST: '127.0.0.1', PORT: String(secondPort) },
    readyUrl: `http://127.0.0.1:${secondPort}/health`, timeoutMs: ctx.timeoutMs,
  });
  defer('stop service 2', second.stop);
  // A killed worker's jobs go to the other one after the lock expires: 5 s rather than 30.
  const workerEnv = { LOG_LEVEL: 'warn', JOB_LOCK_DURATION_MS: '5000', OUTCOME_SWEEP_INTERVAL_MS: '1000' };
  const workers = [ctx.startWorker(workerEnv), ctx.startWorker(workerEnv)];
  const firstPort = new URL(ctx.service.url).port;
  const one = await startBalancer(haproxy, dir, await freePort(), [firstPort]);
  const two = await startBalancer(haproxy, dir, await freePort(), [firstPort, secondPort]);

  log(`arranging ${agencies} agencies × ${fairsPerAgency} fairs …`);
  const targets = [];
  for (let a = 0; a < agencies; a++) {
    const fixture = await agencyWithFair(ctx);
    targets.push({ token: fixture.token, fairId: fixture.fairId, companyId: fixture.companyId });
    for (let f = 1; f < fairsPerAgency; f++) {
      const fair = await fixture.call(`${ctx.service.url}/v1/fairs`, {
        method: 'POST', token: fixture.token,
        body: { series: `cmef${f}`, name: `CMEF 2017 ${f}`, year: 2017, city: 'Shanghai', country: 'CN', startsOn: '2017-05-15', endsOn: '2017-05-18', timezone: 'Asia/Shanghai' },
      });
      await fixture.call(`${ctx.service.url}/v1/fairs/${fair.id}/participants`, { method: 'POST', token: fixture.token, body: { companyId: fixture.companyId } });
      targets.push({ token: fixture.token, fairId: fair.id, companyId: fixture.companyId });
    }
  }

  log('warm-up …');
  const warm = await load(two, targets, 3, connections);
  log(`1 API process behind the balancer, ${seconds} s …`);
  const single = await load(one, targets, seconds, connections);
  log(`2 API processes behind the balancer, ${seconds} s …`);
  const double = await load(two, targets, seconds, connections);

  log(`fault run, ${seconds} s: one API process and one worker are killed at ${Math.round(seconds / 3)} s …`);
  const killer = (async () => {
    await sleep((seconds / 3) * 1000);
    process.kill(second.pid, 'SIGKILL');
    workers[0].kill('SIGKILL');
  })();
  const faulty = await load(two, targets, seconds, connections);
  await killer;

  const db = new pg.Client({ connectionString: ctx.databaseUrl });
  await db.connect();
  try {
    log('waiting until the remaining worker has settled every outcome …');
    const deadline = Date.now() + 120_000;
    let differing = null;
    for (;;) {
      const [{ marks }] = (await db.query('SELECT count(*)::int AS marks FROM outcome_changes')).rows;
      differing = (
        await db.query(`
          SELECT s.fair_id, s.n, s.v, o.consultations_count, o.consultations_value_usd
            FROM (SELECT fair_id, count(*)::int AS n, sum(estimated_usd) AS v FROM consultations WHERE deleted_at IS NULL GROUP BY fair_id) s
            LEFT JOIN fair_outcomes o ON o.fair_id = s.fair_id
           WHERE o.fair_id IS NULL OR (o.consultations_count, o.consultations_value_usd) IS DISTINCT FROM (s.n, s.v)`)
      ).rows;
      if (marks === 0 && differing.length === 0) break;
      if (Date.now() > deadline) break;
      await sleep(500);
    }
    const answered = new Set([warm, single, double, faulty].flatMap((run) => [...run.created.values()]));
    const storedIds = (await db.query('SELECT id FROM consultations')).rows.map((row) => row.id);
    const stored = new Set(storedIds);
    const missing = [...answered].filter((id) => !stored.has(id));
    const unanswered = storedIds.filter((id) => !answered.has(id));
    const checks = {
      every201Stored: missing.length === 0,
      nothingElseStored: unanswered.length === 0 && stored.size === answered.size,
      outcomesEqualGroupBy: differing.length === 0,
    };
    const ratio = double.rps / single.rps;
    const text = [
      description,
      `${agencies} agencies × ${fairsPerAgency} fairs, ${connections} clients, ${seconds} s per run`,
      `1 API process: ${Math.round(single.rps)} POST/s; 2 API processes: ${Math.round(double.rps)} POST/s; ratio ${ratio.toFixed(2)}×`,
      `fault run (API 2 and worker 1 SIGKILLed at ${Math.round(seconds / 3)} s): ${Math.round(faulty.rps)} POST/s, ${faulty.created.size} answered 201, ${faulty.retried} retries (same Idempotency-Key)`,
      `every 201 stored: ${checks.every201Stored ? 'yes' : `NO, ${missing.length} missing`} (${answered.size} rows); stored without a 201: ${checks.nothingElseStored ? 'none' : unanswered.length}`,
      `outcomes equal a GROUP BY once quiet: ${checks.outcomesEqualGroupBy ? 'yes' : `NO, ${differing.length} fair(s) differ`}`,
    ].join('\n');
    return { ok: Object.values(checks).every(Boolean), text, ratio, single: single.rps, double: double.rps, faulty: faulty.rps, checks };
  } finally {
    await db.end();
  }
}
