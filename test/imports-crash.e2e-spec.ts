import { stringify } from 'csv-stringify/sync';
import { insertExhibitor, insertFair, insertRate } from './support/records.js';
import { seedAgency, startTestApp, type SeededAgency, type TestApp } from './support/test-app.js';
import { finished, importsDir, upload } from './support/uploads.js';
import { sleep, spawnWorker, type WorkerProcess } from './support/worker.js';

const ROWS = 20_000;
const FAST = { JOB_LOCK_DURATION_MS: '1000', IMPORT_BATCH_ROWS: '100' };

/**
 * A real worker process SIGKILLed in the middle of an import; a new worker resumes it from the
 * checkpoint committed with the last batch. The result must equal an uninterrupted import of the same
 * file into another fair: same records (by import key and USD value), same rejected rows, nothing twice.
 */
describe('imports: a worker killed mid-import', () => {
  let test: TestApp;
  let a: SeededAgency;
  const workers: WorkerProcess[] = [];

  beforeAll(async () => {
    test = await startTestApp({ ...FAST, IMPORTS_DIR: importsDir() });
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
});
