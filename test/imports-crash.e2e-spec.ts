import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { UnrecoverableError, Worker } from 'bullmq';
import { stringify } from 'csv-stringify/sync';
import { Redis } from 'ioredis';
import { JobsProducer } from '../src/jobs/jobs.producer.js';
import { importJobId } from '../src/jobs/jobs.js';
import { insertExhibitor, insertFair, insertRate } from './support/records.js';
import { REDIS_URL, seedAgency, startTestApp, type SeededAgency, type TestApp } from './support/test-app.js';
import { finished, importsDir, upload } from './support/uploads.js';
import { sleep, spawnWorker, stopWorker, type WorkerProcess } from './support/worker.js';

const ROWS = 20_000;
const FAST = { JOB_LOCK_DURATION_MS: '1000', IMPORT_BATCH_ROWS: '100', OUTCOME_SWEEP_INTERVAL_MS: '500' };

/**
 * A real worker process SIGKILLed in the middle of an import; a new worker resumes it from the
 * checkpoint committed with the last batch. The result must equal an uninterrupted import of the same
 * file into another fair: same records (by import key and USD value), same rejected rows, nothing twice.
 */
describe('imports: a worker killed mid-import', () => {
  let test: TestApp;
  let a: SeededAgency;
  const workers: WorkerProcess[] = [];

  let dir: string;

  beforeAll(async () => {
    dir = importsDir();
    test = await startTestApp({ ...FAST, IMPORTS_DIR: dir });
    a = await seedAgency(test, 'Wonju');
    await insertRate(test, a.id, 'KRW', '2017-05-01', '1130.00', a.admin.id);
  });
  afterAll(async () => {
    for (const worker of workers) if (worker.child.exitCode === null && worker.child.signalCode === null) worker.child.kill('SIGTERM');
    await Promise.all(workers.map((worker) => worker.exited));
    await test.close();
  });

  const start = () => {
    const worker = spawnWorker(test, FAST);
    workers.push(worker);
    return worker;
  };

  async function fairWithCompany(series: string) {
    const fair = await insertFair(test, a.id, { series });
    const company = await insertExhibitor(test, a.id, fair.id);
    const { rows } = await test.db.query<{ name: string }>('SELECT name FROM companies WHERE id = $1', [company]);
    return { fair, name: rows[0].name };
  }

  const file = (companyName: string) => {
    const rows = Array.from({ length: ROWS }, (_, index) => [
      `R${index}`,
      companyName,
      index % 7 === 0 ? 'Atlantis' : 'CN', // every seventh row is rejected
      `2017-05-${15 + (index % 4)} 1${index % 8}:${String(index % 60).padStart(2, '0')}`,
      `${(index * 37) % 100000}.${String(index % 100).padStart(2, '0')}`,
      index % 3 === 0 ? 'KRW' : 'USD',
    ]);
    return { name: 'big.csv', content: stringify([['Ref', 'Company', 'Country', 'Date', 'Amount', 'Currency'], ...rows]) };
  };

  const result = async (fairId: string) => {
    const records = await test.db.query<{ n: number; usd: string; keys: string }>(
      `SELECT count(*)::int AS n, sum(estimated_usd)::text AS usd, md5(string_agg(import_key || ':' || estimated_usd, ',' ORDER BY import_key)) AS keys
         FROM consultations WHERE fair_id = $1`,
      [fairId],
    );
    const errors = await test.db.query<{ n: number; rows: string }>(
      `SELECT count(*)::int AS n, md5(string_agg(e.row_number || e."column" || e.message, ',' ORDER BY e.row_number)) AS rows
         FROM import_errors e JOIN imports i ON i.id = e.import_id WHERE i.fair_id = $1`,
      [fairId],
    );
    return { records: records.rows[0], errors: errors.rows[0] };
  };

  it('resumes from its checkpoint to exactly the result of an uninterrupted import', async () => {
    const interrupted = await fairWithCompany('crash');
    const reference = await fairWithCompany('reference');

    const victim = start();
    const response = await upload(test, a.manager.token, { fairId: interrupted.fair.id, kind: 'consultations' }, file(interrupted.name));
    expect(response.statusCode).toBe(201);
    const id = response.json<{ id: string }>().id;
    let processed = 0;
    for (;;) {
      const { rows } = await test.db.query<{ processed_rows: number }>('SELECT processed_rows FROM imports WHERE id = $1', [id]);
      processed = rows[0].processed_rows;
      if (processed >= 2000) break;
      await sleep(5);
    }
    victim.child.kill('SIGKILL');
    await victim.exited;
    expect(victim.child.signalCode).toBe('SIGKILL');
    const atKill = (await test.db.query<{ processed_rows: number; state: string }>('SELECT processed_rows, state FROM imports WHERE id = $1', [id])).rows[0];
    expect(atKill.state).toBe('running');
    expect(atKill.processed_rows).toBeLessThan(ROWS);

    start();
    const resumed = await finished(test, a.manager.token, id, 120_000);
    expect(resumed).toMatchObject({ state: 'completed', rows: { total: ROWS, processed: ROWS } });
    expect(resumed.rows.created + resumed.rows.rejected + resumed.rows.duplicates).toBe(ROWS);

    const straight = await finished(
      test,
      a.manager.token,
      (await upload(test, a.manager.token, { fairId: reference.fair.id, kind: 'consultations' }, file(reference.name))).json<{ id: string }>().id,
      120_000,
    );
    expect(straight.rows).toEqual(resumed.rows);
    expect(resumed.rows).toMatchObject({ duplicates: 0, rejected: Math.ceil(ROWS / 7) });
    expect(await result(interrupted.fair.id)).toEqual(await result(reference.fair.id));
  }, 180_000);

  /** Waits until the import's checkpoint has moved past `past` rows (a worker is reading it). */
  async function processedPast(id: string, past: number): Promise<number> {
    for (;;) {
      const { rows } = await test.db.query<{ processed_rows: number; state: string }>('SELECT processed_rows, state FROM imports WHERE id = $1', [id]);
      if (rows[0].state !== 'queued' && rows[0].state !== 'running') throw new Error(`import ${id} is ${rows[0].state}`);
      if (rows[0].processed_rows > past) return rows[0].processed_rows;
      await sleep(5);
    }
  }

  it('fails an import whose workers keep dying on it (stalled more than BullMQ allows), and removes its file', async () => {
    // Only the workers started here take the job.
    for (const worker of workers) await stopWorker(worker);
    const target = await fairWithCompany('crash-loop');
    const first = start();
    const response = await upload(test, a.manager.token, { fairId: target.fair.id, kind: 'consultations' }, file(target.name));
    const id = response.json<{ id: string }>().id;
    const path = join(dir, (await test.db.query<{ stored_as: string }>('SELECT stored_as FROM imports WHERE id = $1', [id])).rows[0].stored_as);

    // As an out-of-memory kill does: the worker dies on the file, is restarted, takes it again, dies again.
    const processed = await processedPast(id, 0);
    first.child.kill('SIGKILL');
    await first.exited;
    const second = start();
    await processedPast(id, processed);
    second.child.kill('SIGKILL');
    await second.exited;

    start();
    const result = await finished(test, a.manager.token, id, 60_000);
    expect(result.state).toBe('failed');
    expect(result.failure).toBe(
      'the import could not be completed: its worker stopped while reading it too many times (the job stalled more than BullMQ allows)',
    );
    expect(result.rows.processed).toBeLessThan(ROWS);
    expect(existsSync(path)).toBe(false);
    const job = await test.app.get(JobsProducer).queue('imports').getJob(importJobId(id));
    expect({ state: await job?.getState(), reason: job?.failedReason }).toEqual({ state: 'failed', reason: 'job stalled more than allowable limit' });
  }, 120_000);

  describe('the imports sweep (every 6 sweep intervals)', () => {
    const small = (companyName: string) => ({
      name: 'small.csv',
      content: stringify([['Ref', 'Company', 'Country', 'Date'], ['S1', companyName, 'CN', '2017-05-16 10:00']]),
    });

    async function queuedWithoutWorker(series: string) {
      for (const worker of workers) await stopWorker(worker);
      const target = await fairWithCompany(series);
      const response = await upload(test, a.manager.token, { fairId: target.fair.id, kind: 'consultations' }, small(target.name));
      const id = response.json<{ id: string }>().id;
      const path = join(dir, (await test.db.query<{ stored_as: string }>('SELECT stored_as FROM imports WHERE id = $1', [id])).rows[0].stored_as);
      return { id, path };
    }

    it('enqueues again an import whose job was lost (Redis flushed), which then completes', async () => {
      const { id } = await queuedWithoutWorker('sweep-lost');
      const queue = test.app.get(JobsProducer).queue('imports');
      await queue.remove(importJobId(id));
      expect(await queue.getJobState(importJobId(id))).toBe('unknown');
      start();
      expect(await finished(test, a.manager.token, id, 60_000)).toMatchObject({ state: 'completed', rows: { created: 1 } });
    }, 90_000);

    it('fails an import whose job failed for good while no worker recorded it, and removes its file', async () => {
      const { id, path } = await queuedWithoutWorker('sweep-failed');
      // Fail the job the way a worker that died right after would leave it: failed in BullMQ, the import untouched.
      const connection = new Redis(REDIS_URL, { maxRetriesPerRequest: null });
      const taker = new Worker('imports', null, { connection, prefix: `${test.redisPrefix}:bull`, autorun: false });
      const job = await taker.getNextJob('test-token');
      expect(job?.id).toBe(importJobId(id));
      await job?.moveToFailed(new UnrecoverableError('the disk went away'), 'test-token');
      await taker.close();
      connection.disconnect();
      expect((await test.db.query<{ state: string }>('SELECT state FROM imports WHERE id = $1', [id])).rows[0].state).toBe('queued');

      start();
      expect(await finished(test, a.manager.token, id, 60_000)).toMatchObject({ state: 'failed', failure: 'the import could not be completed: the disk went away' });
      expect(existsSync(path)).toBe(false);
    }, 90_000);
  });
});
