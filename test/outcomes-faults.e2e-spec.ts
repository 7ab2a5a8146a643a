import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import pg from 'pg';
import { DEFAULT_JOB_OPTIONS, JOBS, type JobPayloads } from '../src/jobs/jobs.js';
import { JobsProducer } from '../src/jobs/jobs.producer.js';
import { client, type Client } from './support/http.js';
import { type FairRow, insertAgency, insertConsultations, insertContracts, insertExhibitor, insertFair, insertFollowUps, insertMarks, outcomeChanges } from './support/records.js';
import { createAppFor, deleteRedisKeys, REDIS_URL, seedAgency, startTestApp, startTestStore, type SeededAgency, type TestApp, type TestStore } from './support/test-app.js';
import {
  killWorker,
  outcomesVersusSource,
  sleep,
  spawnWorker,
  stopWorker,
  waitForBlockedBy,
  waitForRefreshUnderWay,
  waitUntilQuiet,
  type WorkerProcess,
} from './support/worker.js';

/**
 * The faults of DESIGN "Outcome aggregation", each against real PostgreSQL, Redis and worker
 * processes (`dist/src/worker.js`), each ending — once the system is quiet — with every stored
 * outcome (totals and breakdowns) EXACTLY equal to a direct GROUP BY over the source rows.
 *
 * Scenarios 1 (SIGKILL) and 3 (SIGSTOP) leave a refresh job active in Redis with no live owner. Only
 * BullMQ's stalled-job check hands it back, and it runs every `stalledInterval` (30 s, BullMQ's
 * default: the worker sets lockDuration but not stalledInterval) and needs two passes, so those fairs
 * converge 30-60 s after the fault; the sweeper cannot shortcut it, as keepLastIfActive parks its
 * re-enqueue behind the orphaned active job. Those two scenarios therefore run on their own database
 * and Redis prefix: their fault is injected first ("faults" tests), their convergence is awaited last
 * ("converges" tests), and the other scenarios run in between on the main app.
 */
const FAST = { JOB_LOCK_DURATION_MS: '2000', OUTCOME_SWEEP_INTERVAL_MS: '1000' };
/** Long enough for the stalled-job check's two 30 s passes, with room for a loaded machine. */
const STALL_RECOVERY_MS = 100_000;

interface Arena {
  test: TestApp;
  agency: SeededAgency;
  other: SeededAgency;
}

async function arena(label: string): Promise<Arena> {
  const test = await startTestApp(FAST);
  return { test, agency: await seedAgency(test, `${label}A`), other: await seedAgency(test, `${label}B`) };
}

/**
 * A database and prefix of its own, with no app (Passport's strategies are process-wide, so a second
 * in-process app on another database would take over the main app's sign-ins): writes go straight
 * to SQL with their stale marks, and jobs are enqueued exactly as the app does (`enqueueLikeTheApp`).
 */
interface Bare {
  test: TestStore;
  agencies: { id: string; userId: string }[];
}

async function bare(label: string): Promise<Bare> {
  const test = await startTestStore(FAST);
  return { test, agencies: [await insertAgency(test, `${label}A`), await insertAgency(test, `${label}B`)] };
}

interface SeededFair {
  agencyId: string;
  userId: string;
  fair: FairRow;
  companies: string[];
}

/**
 * A fair with `exhibitors` exhibitors, `consultations` + `contracts` source rows, follow-ups (provisional
 * and later-signed contracts with shipments) and 20 stale marks.
 */
async function seedFair(
  test: TestStore,
  agency: { id: string; userId: string },
  seed: number,
  size: { consultations: number; contracts: number; exhibitors?: number },
): Promise<SeededFair> {
  const fair = await insertFair(test, agency.id, { name: `Fair ${seed}`, series: `series-${seed % 3}`, year: 2017 + (seed % 3) });
  const companies: string[] = [];
  for (let i = 0; i < (size.exhibitors ?? 5); i++) companies.push(await insertExhibitor(test, agency.id, fair.id));
  const records = { agencyId: agency.id, fair, companies, userId: agency.userId, seed };
  await insertConsultations(test, { ...records, count: size.consultations });
  await insertContracts(test, { ...records, count: size.contracts });
  // What followed: provisional and later-signed contracts, and their shipments (the funnel).
  await insertFollowUps(test, { ...records, count: Math.max(4, Math.ceil(size.contracts / 4)) });
  await insertMarks(test, agency.id, fair.id, 20, 3);
  return { agencyId: agency.id, userId: agency.userId, fair, companies };
}

const asAgency = (agency: SeededAgency) => ({ id: agency.id, userId: agency.staff.id });

/** Consultations written straight in SQL, then their stale mark: what a committed write leaves. */
async function writeInSql(test: TestStore, target: SeededFair, count: number, seed: number): Promise<void> {
  await insertConsultations(test, { agencyId: target.agencyId, fair: target.fair, companies: target.companies, userId: target.userId, count, seed });
  await insertMarks(test, target.agencyId, target.fair.id, 1, 0);
}

/** What the app's JobsProducer does after a commit: the refresh job, deduplicated per fair. */
function enqueueLikeTheApp(queue: Queue, target: SeededFair) {
  const payload: JobPayloads['outcomes:refresh'] = { agencyId: target.agencyId, fairId: target.fair.id };
  return queue.add('outcomes:refresh', payload, JOBS['outcomes:refresh'].options?.(payload));
}

async function expectExact(test: TestStore): Promise<void> {
  const { stored, source } = await outcomesVersusSource(test);
  expect(stored.totals.length).toBeGreaterThan(0);
  expect(stored).toEqual(source);
}

/** A consultation through the API, inside the fair's dates, with an amount derived from `n`. */
function consult(api: Client, target: SeededFair, n: number, country = 'CN') {
  const day = 15 + (n % 4);
  return api.post('/v1/consultations', {
    fairId: target.fair.id,
    companyId: target.companies[n % target.companies.length],
    buyerCountry: country,
    occurredAt: `2017-05-${day}T0${n % 10}:${String(n % 60).padStart(2, '0')}:00Z`,
    estimatedValue: { amount: `${(n * 137) % 100_000}.${String(n % 100).padStart(2, '0')}`, currency: 'USD' },
  });
}

async function consultOk(api: Client, target: SeededFair, n: number, country?: string): Promise<string> {
  const response = await consult(api, target, n, country);
  if (response.statusCode !== 201) throw new Error(`POST /v1/consultations: ${response.statusCode} ${response.body}`);
  return response.json<{ id: string }>().id;
}

async function outcomeOf(api: Client, fairId: string): Promise<{ consultations: { count: number }; stale: boolean }> {
  const response = await api.get(`/v1/fairs/${fairId}/outcomes`);
  if (response.statusCode !== 200) throw new Error(`GET outcome: ${response.statusCode} ${response.body}`);
  return response.json();
}

async function liveConsultations(test: TestStore, fairId: string): Promise<number> {
  const { rows } = await test.db.query<{ n: number }>('SELECT count(*)::int AS n FROM consultations WHERE fair_id = $1 AND deleted_at IS NULL', [fairId]);
  return rows[0].n;
}

/** A BullMQ queue on the deployment's own keys, for what the app never does: jobs without deduplication. */
function rawQueue(test: TestStore): { queue: Queue; close(): Promise<void> } {
  const connection = new Redis(REDIS_URL, { maxRetriesPerRequest: null });
  const queue = new Queue('outcomes', { connection, prefix: `${test.redisPrefix}:bull`, defaultJobOptions: DEFAULT_JOB_OPTIONS });
  return {
    queue,
    async close() {
      await queue.close();
      connection.disconnect();
    },
  };
}

describe('outcome aggregation under faults', () => {
  let main: Arena;
  let manager: Client;
  let staff: Client;
  /** Workers of the test under way: stopped after each test, whatever happened. */
  let workers: WorkerProcess[] = [];
  /** Workers that outlive their test (scenarios 1 and 3): stopped after all. */
  const background: WorkerProcess[] = [];
  const closers: (() => Promise<unknown>)[] = [];

  const spawn = (test: TestStore, env: Record<string, string> = {}, keep = false): WorkerProcess => {
    const worker = spawnWorker(test, { ...FAST, ...env });
    (keep ? background : workers).push(worker);
    return worker;
  };

  beforeAll(async () => {
    main = await arena('Main');
    closers.push(() => main.test.close());
    manager = client(main.test, main.agency.manager.token);
    staff = client(main.test, main.agency.staff.token);
  });

  afterEach(async () => {
    await Promise.all(workers.map((worker) => killWorker(worker)));
    workers = [];
  });

  afterAll(async () => {
    await Promise.all([...workers, ...background].map((worker) => killWorker(worker)));
    for (const close of closers.reverse()) await close().catch(() => undefined);
  });

  // ---------------------------------------------------------------------------------------------
  // 1. SIGKILL ×3 mid-refresh, 10,000 consultations over 5 fairs and 2 agencies
  // ---------------------------------------------------------------------------------------------
  let kills: Bare;
  let killsQuiet: Promise<void> | undefined;

  it('1. faults: a worker is SIGKILLed mid-refresh three times over 10,000 records, writes going on, then a last worker runs', async () => {
    kills = await bare('Kill');
    closers.push(() => kills.test.close());
    const [a, b] = kills.agencies;
    const fairs: SeededFair[] = [];
    for (const [i, agency] of [a, a, a, b, b].entries()) {
      fairs.push(await seedFair(kills.test, agency, 10 + i, { consultations: 2000, contracts: 300, exhibitors: 6 }));
    }
    const { rows } = await kills.test.db.query<{ n: number }>('SELECT count(*)::int AS n FROM consultations');
    expect(rows[0].n).toBe(10_000);
    const { queue, close } = rawQueue(kills.test);
    closers.push(close);
    for (const target of fairs) await enqueueLikeTheApp(queue, target);

    for (let round = 0; round < 3; round++) {
      // One job at a time, so each worker dies holding one fair's refresh.
      const victim = spawn(kills.test, { WORKER_CONCURRENCY: '1' });
      expect(await waitForRefreshUnderWay(kills.test, 30_000)).toBe(true);
      await killWorker(victim);
      expect(victim.child.signalCode).toBe('SIGKILL');
      // Its PostgreSQL session ends with it: the refresh's transaction rolls back and its lock goes.
      expect(await waitForNoRefresh(kills.test, 10_000)).toBe(true);
      // Writes go on between the kills, each with its stale mark and its (deduplicated) job.
      for (const target of [fairs[round], fairs[(round + 3) % 5]]) {
        await writeInSql(kills.test, target, 100, 100 + round);
        await enqueueLikeTheApp(queue, target);
      }
    }
    // Each kill left its refresh job active with no live owner (observed: all three, every run; a
    // kill may very rarely land just after a refresh committed, hence "at least two").
    expect(await queue.getActiveCount()).toBeGreaterThanOrEqual(2);
    spawn(kills.test, {}, true);
    killsQuiet = waitUntilQuiet(kills.test, STALL_RECOVERY_MS);
    killsQuiet.catch(() => undefined); // awaited, and reported, by "1. converges" below
  }, 90_000);

  // ---------------------------------------------------------------------------------------------
  // 3. SIGSTOP past the lock duration, during a refresh, while a second worker runs
  // ---------------------------------------------------------------------------------------------
  let freeze: Bare;
  let frozenFair: SeededFair;
  let freezeQuiet: Promise<void> | undefined;

  it('3. faults: a worker is SIGSTOPped mid-refresh past its 2 s lock while a second worker runs, then SIGCONT', async () => {
    freeze = await bare('Freeze');
    closers.push(() => freeze.test.close());
    const [a] = freeze.agencies;
    frozenFair = await seedFair(freeze.test, a, 30, { consultations: 1500, contracts: 200 });
    const controlFair = await seedFair(freeze.test, a, 31, { consultations: 500, contracts: 50 });
    const { queue, close } = rawQueue(freeze.test);
    closers.push(close);
    const first = spawn(freeze.test, {}, true);
    await waitUntilQuiet(freeze.test, 30_000);

    // Catch the first worker inside a refresh, deterministically: hold the fair's stored outcome row,
    // so its refresh blocks right after taking the advisory lock and capturing the marks.
    const blocker = new pg.Client({ connectionString: freeze.test.databaseUrl });
    await blocker.connect();
    closers.push(() => blocker.end());
    await blocker.query('BEGIN');
    await blocker.query('SELECT 1 FROM fair_outcomes WHERE fair_id = $1 FOR UPDATE', [frozenFair.fair.id]);
    const blockerPid = (await blocker.query<{ pid: number }>('SELECT pg_backend_pid() AS pid')).rows[0].pid;
    await writeInSql(freeze.test, frozenFair, 10, 300);
    await enqueueLikeTheApp(queue, frozenFair);
    expect(await waitForBlockedBy(freeze.test, blockerPid, 10_000)).toBe(true);
    first.child.kill('SIGSTOP');
    const stoppedAt = Date.now();
    await blocker.query('COMMIT'); // the statement completes in PostgreSQL; the frozen process keeps its transaction open
    const [frozenJob] = (await queue.getActive()).filter((job) => (job.data as { fairId: string }).fairId === frozenFair.fair.id);
    expect(frozenJob).toBeDefined();

    const second = spawn(freeze.test, {}, true);
    // Writes while the first worker is frozen: to its fair, and to another fair, which the second serves.
    for (let n = 0; n < 5; n++) {
      await writeInSql(freeze.test, frozenFair, 20, 310 + n);
      await enqueueLikeTheApp(queue, frozenFair);
      await writeInSql(freeze.test, controlFair, 20, 320 + n);
      await enqueueLikeTheApp(queue, controlFair);
      await sleep(100);
    }
    await waitForFairQuiet(freeze.test, controlFair.fair.id, 20_000);
    expect(await outcomeChanges(freeze.test, frozenFair.fair.id)).toBeGreaterThan(0);

    // Past its lock duration, the frozen worker no longer owns its job in Redis.
    await sleep(Math.max(0, stoppedAt + 3000 - Date.now()));
    const redis = new Redis(REDIS_URL);
    try {
      expect(await redis.exists(`${freeze.test.redisPrefix}:bull:outcomes:${frozenJob.id}:lock`)).toBe(0);
    } finally {
      redis.disconnect();
    }
    expect(second.child.exitCode).toBeNull();

    // Resumed, its refresh commits what it computed before the freeze and clears only the marks it
    // had captured; the writes made meanwhile keep the fair stale until a later refresh (observed: the
    // job it lost is handed back by BullMQ's stalled-job check some 30-60 s later).
    first.child.kill('SIGCONT');
    freezeQuiet = waitUntilQuiet(freeze.test, STALL_RECOVERY_MS);
    freezeQuiet.catch(() => undefined);
  }, 60_000);

  // ---------------------------------------------------------------------------------------------
  // 2. Every job delivered twice, by two workers at once, while writes go on
  // ---------------------------------------------------------------------------------------------
  it('2. duplicate refresh jobs (no deduplication) run by two workers at once while writes go on: exact', async () => {
    const targets = [
      await seedFair(main.test, asAgency(main.agency), 20, { consultations: 800, contracts: 100 }),
      await seedFair(main.test, asAgency(main.agency), 21, { consultations: 800, contracts: 100 }),
      await seedFair(main.test, asAgency(main.other), 22, { consultations: 800, contracts: 100 }),
    ];
    const otherStaff = client(main.test, main.other.staff.token);
    const { queue, close } = rawQueue(main.test);
    closers.push(close);
    spawn(main.test);
    spawn(main.test);
    await waitForWorkers(queue, 2, 60_000);

    const duplicates: string[] = [];
    let writing = true;
    // Evidence that copies of one fair's refresh ran at the same time: one waiting on the other's lock.
    let lockWaits = 0;
    const sampling = (async () => {
      while (writing) {
        const { rows } = await main.test.db.query<{ n: number }>(
          `SELECT count(*)::int AS n FROM pg_stat_activity
            WHERE datname = current_database() AND wait_event_type = 'Lock' AND wait_event = 'advisory'`,
        );
        lockWaits += rows[0].n;
        await sleep(5);
      }
    })();
    const duplicating = (async () => {
      while (writing) {
        for (const { agencyId, fair } of targets) {
          for (let copy = 0; copy < 2; copy++) {
            const job = await queue.add('outcomes:refresh', { agencyId, fairId: fair.id });
            duplicates.push(job.id as string);
          }
        }
        await sleep(100);
      }
    })();
    try {
      const created: { id: string; api: Client }[] = [];
      for (let n = 0; n < 60; n++) {
        const target = targets[n % 3];
        const api = target.agencyId === main.other.id ? otherStaff : staff;
        created.push({ id: await consultOk(api, target, n, n % 2 ? 'JP' : 'KR'), api });
        if (n % 10 === 9) {
          // An edit and a delete now and then, and a contract.
          const edited = created[n - 9];
          const edit = await edited.api.patch(`/v1/consultations/${edited.id}`, { estimatedValue: { amount: '1.23', currency: 'USD' } });
          expect(edit.statusCode).toBe(200);
          const deleted = created[n - 5];
          expect((await deleted.api.delete(`/v1/consultations/${deleted.id}`)).statusCode).toBe(204);
          const contract = await staff.post('/v1/contracts', {
            fairId: targets[0].fair.id,
            companyId: targets[0].companies[n % 5],
            buyerCountry: 'AE',
            status: n % 20 === 9 ? 'signed' : 'expected',
            signedOn: n % 20 === 9 ? '2017-05-16' : undefined,
            value: { amount: `${n}000.50`, currency: 'USD' },
          });
          expect(contract.statusCode).toBe(201);
        }
        await sleep(25);
      }
    } finally {
      writing = false;
      await Promise.all([duplicating, sampling]);
    }
    expect(lockWaits).toBeGreaterThan(0);

    await waitUntilQuiet(main.test, 30_000);
    // Every duplicate ran to completion (none failed, e.g. on the per-fair lock) …
    await waitForJobs(queue, duplicates, 30_000);
    expect(duplicates.length).toBeGreaterThanOrEqual(9);
    // … and the stored outcomes are exact, not counted twice.
    await expectExact(main.test);
    for (const target of targets) {
      const reader = target.agencyId === main.other.id ? client(main.test, main.other.manager.token) : manager;
      expect((await outcomeOf(reader, target.fair.id)).consultations.count).toBe(await liveConsultations(main.test, target.fair.id));
    }
    await Promise.all(workers.map((worker) => stopWorker(worker)));
  }, 150_000);

  // ---------------------------------------------------------------------------------------------
  // 4. Redis flushed mid-run (every key of this deployment's prefix deleted)
  // ---------------------------------------------------------------------------------------------
  it("4. Redis loses everything mid-run: the worker re-registers the sweeper's scheduler and the sweeper converges: exact", async () => {
    const written = [
      await seedFair(main.test, asAgency(main.agency), 40, { consultations: 1500, contracts: 150 }),
      await seedFair(main.test, asAgency(main.agency), 41, { consultations: 1500, contracts: 150 }),
    ];
    // A fair whose refresh only ever existed in Redis: after the flush, only the sweeper can find it.
    const orphan = await seedFair(main.test, asAgency(main.other), 42, { consultations: 1500, contracts: 150 });
    spawn(main.test);
    const { queue, close } = rawQueue(main.test);
    closers.push(close);
    await waitForScheduler(queue, 20_000);
    await waitUntilQuiet(main.test, 30_000);

    for (let n = 0; n < 20; n++) await consultOk(staff, written[n % 2], 200 + n);
    await insertConsultations(main.test, { agencyId: main.other.id, fair: orphan.fair, companies: orphan.companies, userId: main.other.staff.id, count: 300, seed: 400 });
    await insertMarks(main.test, main.other.id, orphan.fair.id, 5, 0);
    await main.test.app.get(JobsProducer).enqueue('outcomes:refresh', { agencyId: main.other.id, fairId: orphan.fair.id });
    // FLUSHDB, as far as this deployment is concerned (the Redis is shared with other test files):
    // waiting and active jobs, deduplication keys, the sweeper's scheduler, all gone.
    await deleteRedisKeys(main.test.redisPrefix);
    expect(await queue.getJobScheduler('outcomes:sweep')).toBeUndefined();
    // Writes go on after the flush (their jobs land in the empty Redis), but not to the orphan.
    for (let n = 20; n < 30; n++) await consultOk(staff, written[n % 2], 200 + n);

    await waitForScheduler(queue, 15_000); // upserted again every 3 sweep intervals
    await waitUntilQuiet(main.test, 30_000);
    await expectExact(main.test);
    const orphanReader = client(main.test, main.other.manager.token);
    expect(await outcomeOf(orphanReader, orphan.fair.id)).toMatchObject({ stale: false, consultations: { count: await liveConsultations(main.test, orphan.fair.id) } });
    await Promise.all(workers.map((worker) => stopWorker(worker)));
  }, 90_000);

  // ---------------------------------------------------------------------------------------------
  // 5. Redis unreachable when a write commits
  // ---------------------------------------------------------------------------------------------
  it('5. a write committed while Redis is unreachable answers 201 and is reflected through the sweeper: exact', async () => {
    const target = await seedFair(main.test, asAgency(main.agency), 50, { consultations: 300, contracts: 30 });
    spawn(main.test);
    await waitUntilQuiet(main.test, 30_000);
    await Promise.all(workers.map((worker) => stopWorker(worker)));
    const before = (await outcomeOf(manager, target.fair.id)).consultations.count;

    // The same deployment (database and prefix), but its Redis is away: nothing listens on port 1.
    const cutOff = await createAppFor(main.test.databaseUrl, { REDIS_URL: 'redis://127.0.0.1:1', REDIS_PREFIX: main.test.redisPrefix });
    closers.push(() => cutOff.close());
    // Its queue reports each failed reconnection; with no listener BullMQ prints them all to stderr.
    cutOff.app.get(JobsProducer).queue('outcomes').on('error', () => undefined);
    const cutOffStaff = client(cutOff, main.agency.staff.token);
    const started = Date.now();
    const ids: string[] = [];
    // No write may wait on Redis (BullMQ's add never settles while its connection has never been up).
    for (let n = 0; n < 5; n++) {
      const response = await within(5000, consult(cutOffStaff, target, 500 + n, 'SA'), 'POST /v1/consultations with Redis away');
      expect(response.statusCode).toBe(201);
      ids.push(response.json<{ id: string }>().id);
    }
    const removal = await within(5000, cutOffStaff.delete(`/v1/consultations/${ids[0]}`), 'DELETE /v1/consultations with Redis away');
    expect(removal.statusCode).toBe(204);
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(await outcomeChanges(main.test, target.fair.id)).toBeGreaterThan(0);
    const { queue, close } = rawQueue(main.test);
    closers.push(close);
    expect((await queue.getJobs(['waiting', 'delayed', 'prioritized'])).filter((job) => (job.data as { fairId?: string }).fairId === target.fair.id)).toEqual([]);
    expect((await outcomeOf(manager, target.fair.id)).stale).toBe(true);

    spawn(main.test); // on the real Redis: only its sweeper can find the fair
    await waitUntilQuiet(main.test, 30_000);
    const after = await outcomeOf(manager, target.fair.id);
    expect(after).toMatchObject({ stale: false, consultations: { count: before + 4 } });
    await expectExact(main.test);
    await Promise.all(workers.map((worker) => stopWorker(worker)));
  }, 60_000);

  // ---------------------------------------------------------------------------------------------
  // 6. A write landing while its fair's refresh runs is reflected after the next refresh
  // ---------------------------------------------------------------------------------------------
  describe('6. a write landing while its fair’s refresh runs', () => {
    let target: SeededFair;
    let blocker: pg.Client;
    let blockerPid: number;

    beforeAll(async () => {
      target = await seedFair(main.test, asAgency(main.agency), 60, { consultations: 500, contracts: 50 });
      blocker = new pg.Client({ connectionString: main.test.databaseUrl });
      await blocker.connect();
      blockerPid = (await blocker.query<{ pid: number }>('SELECT pg_backend_pid() AS pid')).rows[0].pid;
    });
    afterAll(async () => {
      await blocker.end();
    });

    /**
     * `hold` blocks the refresh from the test's connection; a write lands while the refresh job is
     * active and blocked; the read says stale; once released, the write is in the stored outcome. The
     * sweeper is set to 10 minutes, so the refresh that picks the write up must be the one BullMQ
     * queued behind the active job (keepLastIfActive), not the sweeper's.
     */
    async function writeDuringRefresh(hold: () => Promise<void>, release: () => Promise<void>): Promise<void> {
      spawn(main.test, { OUTCOME_SWEEP_INTERVAL_MS: '600000' });
      await main.test.app.get(JobsProducer).enqueue('outcomes:refresh', { agencyId: target.agencyId, fairId: target.fair.id });
      await waitUntilQuiet(main.test, 30_000);
      const before = (await outcomeOf(manager, target.fair.id)).consultations.count;

      await hold();
      try {
        await consultOk(staff, target, 601); // its refresh starts and blocks
        expect(await waitForBlockedBy(main.test, blockerPid, 30_000)).toBe(true);
        await consultOk(staff, target, 602); // lands while that refresh is active
        const during = await outcomeOf(manager, target.fair.id);
        expect(during.stale).toBe(true);
        expect(during.consultations.count).toBe(before);
      } finally {
        await release();
      }
      await waitUntilQuiet(main.test, 8_000);
      const after = await outcomeOf(manager, target.fair.id);
      expect(after).toMatchObject({ stale: false, consultations: { count: before + 2 } });
      await expectExact(main.test);
      await Promise.all(workers.map((worker) => stopWorker(worker)));
    }

    it('after the marks were captured (the stored outcome row held): the next refresh picks it up: exact', async () => {
      await writeDuringRefresh(
        async () => {
          await blocker.query('BEGIN');
          await blocker.query('SELECT 1 FROM fair_outcomes WHERE fair_id = $1 FOR UPDATE', [target.fair.id]);
        },
        async () => {
          await blocker.query('COMMIT');
        },
      );
    }, 90_000);

    it("before the marks were captured (the fair's advisory lock held): exact", async () => {
      await writeDuringRefresh(
        async () => {
          await blocker.query("SELECT pg_advisory_lock(hashtextextended('outcomes:' || $1, 0))", [target.fair.id]);
        },
        async () => {
          await blocker.query("SELECT pg_advisory_unlock(hashtextextended('outcomes:' || $1, 0))", [target.fair.id]);
        },
      );
    }, 90_000);
  });

  // ---------------------------------------------------------------------------------------------
  // Scenarios 1 and 3, once BullMQ's stalled-job check has handed their orphaned jobs back
  // ---------------------------------------------------------------------------------------------
  it('1. converges: after the kills, every stored outcome equals the source exactly', async () => {
    expect(killsQuiet).toBeDefined();
    await killsQuiet;
    await expectExact(kills.test);
  }, STALL_RECOVERY_MS + 10_000);

  it('3. converges: after SIGCONT, the writes made during the freeze are in, exactly', async () => {
    expect(freezeQuiet).toBeDefined();
    await freezeQuiet;
    await expectExact(freeze.test);
    const { rows } = await freeze.test.db.query<{ cc: number }>('SELECT consultations_count AS cc FROM fair_outcomes WHERE fair_id = $1', [frozenFair.fair.id]);
    expect(rows[0].cc).toBe(await liveConsultations(freeze.test, frozenFair.fair.id));
  }, STALL_RECOVERY_MS + 10_000);
});

/** `promise`, or a failure naming `what` if it has not settled within `ms`. */
async function within<T>(ms: number, promise: Promise<T>, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what}: no answer within ${ms} ms`)), ms);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** Waits until no session holds a fair's refresh lock any more; false after `timeoutMs`. */
async function waitForNoRefresh(test: TestStore, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const { rows } = await test.db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM pg_locks l JOIN pg_database d ON d.oid = l.database
        WHERE l.locktype = 'advisory' AND d.datname = current_database()`,
    );
    if (rows[0].n === 0) return true;
    await sleep(20);
  }
  return false;
}

/** Waits until the fair has no stale mark left. */
async function waitForFairQuiet(test: TestStore, fairId: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while ((await outcomeChanges(test, fairId)) > 0) {
    if (Date.now() > deadline) throw new Error(`fair ${fairId} still stale after ${timeoutMs} ms`);
    await sleep(50);
  }
}

/** Waits until the sweeper's job scheduler is registered in Redis. */
async function waitForScheduler(queue: Queue, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await queue.getJobScheduler('outcomes:sweep'))) {
    if (Date.now() > deadline) throw new Error(`the sweeper's scheduler was not registered within ${timeoutMs} ms`);
    await sleep(100);
  }
}

/** Waits until `count` workers are connected to the queue. */
async function waitForWorkers(queue: Queue, count: number, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while ((await queue.getWorkersCount()) < count) {
    if (Date.now() > deadline) throw new Error(`fewer than ${count} workers on the queue after ${timeoutMs} ms`);
    await sleep(100);
  }
}

/** Waits until every job in `ids` has completed; fails on the first that failed. */
async function waitForJobs(queue: Queue, ids: string[], timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (const id of ids) {
    for (;;) {
      const state = await queue.getJobState(id);
      if (state === 'completed') break;
      if (state === 'failed') {
        const job = await queue.getJob(id);
        throw new Error(`duplicate refresh job ${id} failed: ${job?.failedReason ?? '?'}`);
      }
      if (state === 'unknown') throw new Error(`duplicate refresh job ${id} vanished`);
      if (Date.now() > deadline) throw new Error(`duplicate refresh job ${id} still ${state} after ${timeoutMs} ms`);
      await sleep(50);
    }
  }
}
