import { spawn, type ChildProcess } from 'node:child_process';
import type { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { WorkerModule } from '../../src/worker.module.js';
import type { TestStore } from './test-app.js';

/** The worker in this jest process, on the test file's database and Redis prefix (set by startTestApp). */
export async function startWorker(): Promise<INestApplicationContext> {
  const worker = await NestFactory.createApplicationContext(WorkerModule, { logger: false });
  return worker;
}

const WORKER_JS = new URL('../../dist/src/worker.js', import.meta.url).pathname;

export interface WorkerProcess {
  child: ChildProcess;
  output(): string;
  /** Resolves once the process has exited. */
  exited: Promise<number | null>;
}

/** A real worker process (`dist/src/worker.js`), for tests that kill, stop or resume it. */
export function spawnWorker(test: TestStore, env: Record<string, string> = {}): WorkerProcess {
  const child = spawn(process.execPath, [WORKER_JS], {
    env: { PATH: process.env.PATH ?? '', ...test.env, LOG_LEVEL: 'warn', NODE_OPTIONS: '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, output: () => output, exited };
}

export const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** Waits until no fair has a stale mark left (the system is quiet), or fails after `timeoutMs`. */
export async function waitUntilQuiet(test: TestStore, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const { rows } = await test.db.query<{ n: number }>('SELECT count(*)::int AS n FROM outcome_changes');
    if (rows[0].n === 0) return;
    if (Date.now() > deadline) throw new Error(`still ${rows[0].n} stale mark(s) after ${timeoutMs} ms`);
    await sleep(50);
  }
}

/**
 * The direct GROUP BY over the source rows that every stored outcome must equal, exactly: the
 * reference the tests compare the worker's results with, written independently of outcome-sql.ts.
 */
export async function storedVersusSource(test: TestStore): Promise<{ stored: unknown[]; source: unknown[] }> {
  const stored = await test.db.query(
    `SELECT f.id AS fair_id, coalesce(o.consultations_count, -1) AS cc, o.consultations_value_usd::text AS cv,
            o.signed_count AS sc, o.signed_value_usd::text AS sv, o.expected_count AS ec, o.expected_value_usd::text AS ev,
            o.companies
       FROM fairs f LEFT JOIN fair_outcomes o ON o.fair_id = f.id ORDER BY f.id`,
  );
  const source = await test.db.query(
    `SELECT f.id AS fair_id,
            (SELECT count(*)::int FROM consultations c WHERE c.fair_id = f.id AND c.deleted_at IS NULL) AS cc,
            (SELECT coalesce(sum(estimated_usd), 0)::numeric(24,2)::text FROM consultations c WHERE c.fair_id = f.id AND c.deleted_at IS NULL) AS cv,
            (SELECT count(*)::int FROM contracts k WHERE k.fair_id = f.id AND k.deleted_at IS NULL AND k.status = 'signed') AS sc,
            (SELECT coalesce(sum(value_usd), 0)::numeric(24,2)::text FROM contracts k WHERE k.fair_id = f.id AND k.deleted_at IS NULL AND k.status = 'signed') AS sv,
            (SELECT count(*)::int FROM contracts k WHERE k.fair_id = f.id AND k.deleted_at IS NULL AND k.status = 'expected') AS ec,
            (SELECT coalesce(sum(value_usd), 0)::numeric(24,2)::text FROM contracts k WHERE k.fair_id = f.id AND k.deleted_at IS NULL AND k.status = 'expected') AS ev,
            (SELECT count(*)::int FROM participations p WHERE p.fair_id = f.id AND p.deleted_at IS NULL) AS companies
       FROM fairs f ORDER BY f.id`,
  );
  return { stored: stored.rows, source: source.rows };
}

/**
 * Every stored outcome, in full, beside the same figures taken straight from the source rows with
 * direct GROUP BYs (written independently of src/outcomes/outcome-sql.ts): the fair's totals with
 * companies, buyers, countries and home currency, and its breakdowns by company, by country and by
 * day. A fair with no stored outcome shows as count -1, so it cannot pass for an empty one.
 */
export async function outcomesVersusSource(test: TestStore): Promise<{ stored: OutcomeSnapshot; source: OutcomeSnapshot }> {
  const [storedTotals, sourceTotals, stored, source] = await Promise.all([
    test.db.query(
      `SELECT f.id AS fair_id, coalesce(o.consultations_count, -1) AS cc, o.consultations_value_usd::text AS cv,
              o.signed_count AS sc, o.signed_value_usd::text AS sv, o.expected_count AS ec, o.expected_value_usd::text AS ev,
              o.companies, o.buyers, o.countries, o.home_currency, o.home_rate::text AS home_rate
         FROM fairs f LEFT JOIN fair_outcomes o ON o.fair_id = f.id ORDER BY f.id`,
    ),
    test.db.query(
      `WITH cons AS (
         SELECT c.fair_id, count(*)::int AS cc, sum(coalesce(c.estimated_usd, 0)) AS cv
           FROM consultations c JOIN fairs f ON f.id = c.fair_id AND f.agency_id = c.agency_id
          WHERE c.deleted_at IS NULL GROUP BY c.fair_id),
       cont AS (
         SELECT k.fair_id, count(*) FILTER (WHERE k.status = 'signed')::int AS sc, sum(k.value_usd) FILTER (WHERE k.status = 'signed') AS sv,
                count(*) FILTER (WHERE k.status = 'expected')::int AS ec, sum(k.value_usd) FILTER (WHERE k.status = 'expected') AS ev
           FROM contracts k JOIN fairs f ON f.id = k.fair_id AND f.agency_id = k.agency_id
          WHERE k.deleted_at IS NULL GROUP BY k.fair_id),
       exhibitors AS (
         SELECT p.fair_id, count(*)::int AS n FROM participations p JOIN fairs f ON f.id = p.fair_id AND f.agency_id = p.agency_id
          WHERE p.deleted_at IS NULL GROUP BY p.fair_id),
       people AS (
         SELECT fair_id, count(DISTINCT buyer_id)::int AS buyers, count(DISTINCT buyer_country)::int AS countries FROM (
           SELECT c.fair_id, c.buyer_id, c.buyer_country FROM consultations c JOIN fairs f ON f.id = c.fair_id AND f.agency_id = c.agency_id
            WHERE c.deleted_at IS NULL
           UNION ALL
           SELECT k.fair_id, k.buyer_id, k.buyer_country FROM contracts k JOIN fairs f ON f.id = k.fair_id AND f.agency_id = k.agency_id
            WHERE k.deleted_at IS NULL AND k.status <> 'cancelled') x
          GROUP BY fair_id)
       SELECT f.id AS fair_id, coalesce(cons.cc, 0) AS cc, coalesce(cons.cv, 0)::numeric(24,2)::text AS cv,
              coalesce(cont.sc, 0) AS sc, coalesce(cont.sv, 0)::numeric(24,2)::text AS sv,
              coalesce(cont.ec, 0) AS ec, coalesce(cont.ev, 0)::numeric(24,2)::text AS ev,
              coalesce(exhibitors.n, 0) AS companies, coalesce(people.buyers, 0) AS buyers, coalesce(people.countries, 0) AS countries,
              a.home_currency,
              (SELECT r.units_per_usd::text FROM exchange_rates r
                WHERE r.agency_id = f.agency_id AND r.currency = a.home_currency AND r.rate_date <= f.starts_on
                ORDER BY r.rate_date DESC LIMIT 1) AS home_rate
         FROM fairs f JOIN agencies a ON a.id = f.agency_id
         LEFT JOIN cons ON cons.fair_id = f.id LEFT JOIN cont ON cont.fair_id = f.id
         LEFT JOIN exhibitors ON exhibitors.fair_id = f.id LEFT JOIN people ON people.fair_id = f.id
        ORDER BY f.id`,
    ),
    storedBreakdowns(test),
    sourceBreakdowns(test),
  ]);
  const [storedFunnel, sourceFunnel, storedMonths, sourceMonths] = await Promise.all([
    test.db.query(STORED_FUNNEL),
    test.db.query(SOURCE_FUNNEL),
    test.db.query(STORED_MONTHS),
    test.db.query(SOURCE_MONTHS),
  ]);
  return {
    stored: { totals: storedTotals.rows, ...stored, funnel: storedFunnel.rows, byMonth: storedMonths.rows },
    source: { totals: sourceTotals.rows, ...source, funnel: sourceFunnel.rows, byMonth: sourceMonths.rows },
  };
}

export interface OutcomeSnapshot {
  totals: unknown[];
  byCompany: unknown[];
  byCountry: unknown[];
  byDay: unknown[];
  /** Per fair (key '') and per company: the funnel, rows with any measure other than zero. */
  funnel: unknown[];
  /** Per fair and month since it: signed contracts and shipments. */
  byMonth: unknown[];
}

const FUNNEL_COLUMNS = `consultations_after_count AS ca, consultations_after_value_usd::text AS cav, hot_leads AS hot,
  provisional_count AS pc, provisional_value_usd::text AS pv, signed_later_count AS lc, signed_later_value_usd::text AS lv,
  shipped_count AS hc, shipped_value_usd::text AS hv`;
const NONZERO = `(ca, hot, pc, lc, hc) <> (0, 0, 0, 0, 0) OR (cav, pv, lv, hv) <> ('0.00', '0.00', '0.00', '0.00')`;
const STORED_FUNNEL = `
  SELECT * FROM (
    SELECT fair_id, '' AS key, ${FUNNEL_COLUMNS} FROM fair_outcomes
    UNION ALL SELECT fair_id, company_id::text, ${FUNNEL_COLUMNS} FROM fair_outcome_companies) s
   WHERE ${NONZERO} ORDER BY fair_id, key`;
/** The funnel's facts straight from the source rows (live ones, of live fairs), each with its company. */
const SOURCE_FUNNEL = `
  WITH facts AS (
    SELECT c.fair_id, c.company_id, CASE WHEN c.type = 'video' THEN 'after' ELSE 'on_site' END AS kind,
           coalesce(c.estimated_usd, 0) AS usd, coalesce(c.rating = 'hot', false) AS hot
      FROM consultations c JOIN fairs f ON f.id = c.fair_id AND f.agency_id = c.agency_id WHERE c.deleted_at IS NULL
    UNION ALL
    SELECT k.fair_id, k.company_id, CASE WHEN k.status = 'signed' AND k.on_site = false THEN 'later' ELSE k.status END, k.value_usd, false
      FROM contracts k JOIN fairs f ON f.id = k.fair_id AND f.agency_id = k.agency_id WHERE k.deleted_at IS NULL AND k.status <> 'cancelled'
    UNION ALL
    SELECT s.fair_id, k.company_id, 'shipped', s.value_usd, false
      FROM shipments s JOIN contracts k ON k.agency_id = s.agency_id AND k.id = s.contract_id AND k.deleted_at IS NULL
      JOIN fairs f ON f.id = s.fair_id AND f.agency_id = s.agency_id
     WHERE s.deleted_at IS NULL),
  sums AS (
    SELECT fair_id, coalesce(company_id::text, '') AS key,
           count(*) FILTER (WHERE kind = 'after')::int AS ca, coalesce(sum(usd) FILTER (WHERE kind = 'after'), 0)::numeric(24,2)::text AS cav,
           count(*) FILTER (WHERE hot)::int AS hot,
           count(*) FILTER (WHERE kind = 'provisional')::int AS pc, coalesce(sum(usd) FILTER (WHERE kind = 'provisional'), 0)::numeric(24,2)::text AS pv,
           count(*) FILTER (WHERE kind = 'later')::int AS lc, coalesce(sum(usd) FILTER (WHERE kind = 'later'), 0)::numeric(24,2)::text AS lv,
           count(*) FILTER (WHERE kind = 'shipped')::int AS hc, coalesce(sum(usd) FILTER (WHERE kind = 'shipped'), 0)::numeric(24,2)::text AS hv
      FROM facts GROUP BY GROUPING SETS ((fair_id), (fair_id, company_id)))
  SELECT * FROM sums WHERE ${NONZERO} ORDER BY fair_id, key`;
const STORED_MONTHS = `
  SELECT fair_id, month, signed_count AS sc, signed_value_usd::text AS sv, shipped_count AS hc, shipped_value_usd::text AS hv
    FROM fair_outcome_months ORDER BY fair_id, month`;
/** Months since the fair's last day, counted here with date arithmetic (not age()): whole months, less one if the day of month is not reached. */
const SOURCE_MONTHS = `
  WITH events AS (
    SELECT k.fair_id, 'signed' AS kind, k.value_usd AS usd, k.signed_on AS day
      FROM contracts k WHERE k.deleted_at IS NULL AND k.status = 'signed'
    UNION ALL
    SELECT s.fair_id, 'shipped', s.value_usd, s.shipped_on
      FROM shipments s JOIN contracts k ON k.agency_id = s.agency_id AND k.id = s.contract_id AND k.deleted_at IS NULL
     WHERE s.deleted_at IS NULL),
  dated AS (
    SELECT e.fair_id, e.kind, e.usd,
           CASE WHEN e.day <= f.ends_on THEN 0
                ELSE (extract(year FROM e.day)::int - extract(year FROM f.ends_on)::int) * 12
                     + extract(month FROM e.day)::int - extract(month FROM f.ends_on)::int
                     - CASE WHEN extract(day FROM e.day) < extract(day FROM f.ends_on) THEN 1 ELSE 0 END END AS month
      FROM events e JOIN fairs f ON f.id = e.fair_id)
  SELECT fair_id, month, count(*) FILTER (WHERE kind = 'signed')::int AS sc,
         coalesce(sum(usd) FILTER (WHERE kind = 'signed'), 0)::numeric(24,2)::text AS sv,
         count(*) FILTER (WHERE kind = 'shipped')::int AS hc,
         coalesce(sum(usd) FILTER (WHERE kind = 'shipped'), 0)::numeric(24,2)::text AS hv
    FROM dated GROUP BY fair_id, month ORDER BY fair_id, month`;

const BREAKDOWN_COLUMNS = `consultations_count AS cc, consultations_value_usd::text AS cv, signed_count AS sc,
  signed_value_usd::text AS sv, expected_count AS ec, expected_value_usd::text AS ev`;

async function storedBreakdowns(test: TestStore): Promise<Pick<OutcomeSnapshot, 'byCompany' | 'byCountry' | 'byDay'>> {
  const query = (table: string, key: string) =>
    test.db.query(`SELECT fair_id, ${key}::text AS key, ${BREAKDOWN_COLUMNS} FROM ${table} ORDER BY fair_id, key`);
  const [byCompany, byCountry, byDay] = await Promise.all([
    query('fair_outcome_companies', 'company_id'),
    query('fair_outcome_countries', 'country'),
    query('fair_outcome_days', 'day'),
  ]);
  return { byCompany: byCompany.rows, byCountry: byCountry.rows, byDay: byDay.rows };
}

/**
 * Breakdowns from the source: each key's consultations, signed and expected contracts grouped apart
 * and joined on the key. Keys: every live exhibitor (zeros if it logged nothing) and every company
 * with records; every buyer country; every consultation's local day and every signed contract's
 * signing day (expected contracts have no day).
 */
async function sourceBreakdowns(test: TestStore): Promise<Pick<OutcomeSnapshot, 'byCompany' | 'byCountry' | 'byDay'>> {
  const breakdown = (consultationKey: string, contractKey: string, extraKeys: string | null) =>
    test.db.query(
      `WITH live_c AS (
         SELECT c.* FROM consultations c JOIN fairs f ON f.id = c.fair_id AND f.agency_id = c.agency_id WHERE c.deleted_at IS NULL),
       live_k AS (
         SELECT k.* FROM contracts k JOIN fairs f ON f.id = k.fair_id AND f.agency_id = k.agency_id
          WHERE k.deleted_at IS NULL AND k.status <> 'cancelled'),
       cons AS (SELECT fair_id, ${consultationKey} AS key, count(*)::int AS cc, sum(coalesce(estimated_usd, 0)) AS cv FROM live_c GROUP BY 1, 2),
       signed AS (SELECT fair_id, ${contractKey} AS key, count(*)::int AS sc, sum(value_usd) AS sv
                    FROM live_k WHERE status = 'signed' AND ${contractKey} IS NOT NULL GROUP BY 1, 2),
       expected AS (SELECT fair_id, ${contractKey} AS key, count(*)::int AS ec, sum(value_usd) AS ev
                      FROM live_k WHERE status = 'expected' AND ${contractKey} IS NOT NULL GROUP BY 1, 2),
       keys AS (
         SELECT fair_id, key FROM cons UNION SELECT fair_id, key FROM signed UNION SELECT fair_id, key FROM expected
         ${extraKeys ? `UNION ${extraKeys}` : ''})
       SELECT keys.fair_id, keys.key::text AS key, coalesce(cons.cc, 0) AS cc, coalesce(cons.cv, 0)::numeric(24,2)::text AS cv,
              coalesce(signed.sc, 0) AS sc, coalesce(signed.sv, 0)::numeric(24,2)::text AS sv,
              coalesce(expected.ec, 0) AS ec, coalesce(expected.ev, 0)::numeric(24,2)::text AS ev
         FROM keys
         LEFT JOIN cons ON cons.fair_id = keys.fair_id AND cons.key = keys.key
         LEFT JOIN signed ON signed.fair_id = keys.fair_id AND signed.key = keys.key
         LEFT JOIN expected ON expected.fair_id = keys.fair_id AND expected.key = keys.key
        ORDER BY 1, 2`,
    );
  const [byCompany, byCountry, byDay] = await Promise.all([
    breakdown(
      'company_id',
      'company_id',
      `SELECT p.fair_id, p.company_id FROM participations p JOIN fairs f ON f.id = p.fair_id AND f.agency_id = p.agency_id
        WHERE p.deleted_at IS NULL`,
    ),
    breakdown('buyer_country', 'buyer_country', null),
    breakdown('local_date', 'signed_on', null),
  ]);
  return { byCompany: byCompany.rows, byCountry: byCountry.rows, byDay: byDay.rows };
}

/**
 * Resolves once a refresh is under way in this file's database (a session holds a fair's advisory
 * lock, which a refresh takes first and keeps to its commit), or false after `timeoutMs`.
 */
export async function waitForRefreshUnderWay(test: TestStore, timeoutMs = 10_000): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const { rows } = await test.db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM pg_locks l JOIN pg_database d ON d.oid = l.database
        WHERE l.locktype = 'advisory' AND l.granted AND d.datname = current_database()`,
    );
    if (rows[0].n > 0) return true;
    await sleep(2);
  }
  return false;
}

/** Resolves once some session in this file's database waits on a lock that session `pid` holds, or false after `timeoutMs`. */
export async function waitForBlockedBy(test: TestStore, pid: number, timeoutMs = 10_000): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const { rows } = await test.db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND $1::int = ANY(pg_blocking_pids(pid))`,
      [pid],
    );
    if (rows[0].n > 0) return true;
    await sleep(10);
  }
  return false;
}

const running = (worker: WorkerProcess): boolean => worker.child.exitCode === null && worker.child.signalCode === null;

/** SIGKILL (after SIGCONT, in case it was stopped), and waits for the exit. */
export async function killWorker(worker: WorkerProcess): Promise<void> {
  if (!running(worker)) return;
  worker.child.kill('SIGCONT');
  worker.child.kill('SIGKILL');
  await worker.exited;
}

/** SIGTERM: the worker finishes its active jobs and exits; SIGKILL if it has not within `timeoutMs`. */
export async function stopWorker(worker: WorkerProcess, timeoutMs = 10_000): Promise<void> {
  if (!running(worker)) return;
  worker.child.kill('SIGCONT');
  worker.child.kill('SIGTERM');
  let timer: NodeJS.Timeout | undefined;
  await Promise.race([worker.exited, new Promise((resolve) => (timer = setTimeout(resolve, timeoutMs)))]);
  clearTimeout(timer);
  await killWorker(worker);
}
