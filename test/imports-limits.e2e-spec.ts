import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'csv-stringify/sync';
import { JobsProducer } from '../src/jobs/jobs.producer.js';
import { importJobId } from '../src/jobs/jobs.js';
import { csvWithHugeLine, headerGap, lyingSizes, manyCells, manyEntries, sharedStringsBomb, xlsx } from './support/hostile-files.js';
import { insertExhibitor, insertFair, type FairRow } from './support/records.js';
import { seedAgency, startTestApp, type SeededAgency, type TestApp } from './support/test-app.js';
import { finished, importsDir, upload } from './support/uploads.js';
import { sleep, spawnWorker, stopWorker, type WorkerProcess } from './support/worker.js';

const BUDGET_MB = 192;
/** The worker's limits here: the defaults, but rows and cells lower so the files stay quick to make. */
const LIMITS = { IMPORT_READER_MEMORY_MB: String(BUDGET_MB), IMPORT_MAX_ROWS: '50000', IMPORT_MAX_CELLS: '200000' };

/** Kilobytes of one line of /proc/<pid>/status (VmRSS, VmHWM). */
const procStatus = (pid: number, field: 'VmRSS' | 'VmHWM'): number => {
  const line = readFileSync(`/proc/${pid}/status`, 'utf8').split('\n').find((l) => l.startsWith(`${field}:`));
  if (!line) throw new Error(`no ${field} in /proc/${pid}/status`);
  return Number.parseInt(line.split(/\s+/)[1], 10);
};

/**
 * The import's BullMQ job once BullMQ has settled it. The import row is marked failed before the
 * processor throws, so a test that saw the row fail can still find the job active for a moment (its
 * attemptsMade not yet counted): wait for BullMQ's own verdict before reading its attempts.
 */
async function settledJob(test: TestApp, importId: string, timeoutMs = 10_000) {
  const queue = test.app.get(JobsProducer).queue('imports');
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const state = await queue.getJobState(importJobId(importId));
    // Read once settled: a job fetched before would still show the attempts of its active state.
    if (state === 'failed' || state === 'completed') return queue.getJob(importJobId(importId));
    if (Date.now() > deadline) throw new Error(`import job ${importId} still ${state} after ${timeoutMs} ms`);
    await sleep(20);
  }
}

/**
 * Hostile uploads (issue 11), each made here and small on disk, against a real worker process: every
 * one ends its import `failed` with a message naming what is wrong, at its first attempt (BullMQ
 * fails the job without retries), its file removed, and the worker's peak resident memory within
 * its reader budget (VmHWM of the child, a resource assertion).
 */
describe('imports: files that cannot be imported fail at once, within the memory budget', () => {
  let test: TestApp;
  let a: SeededAgency;
  let fair: FairRow;
  let companyName: string;
  let dir: string;
  let worker: WorkerProcess;
  let baselineRssKb: number;

  beforeAll(async () => {
    dir = importsDir();
    test = await startTestApp({ IMPORTS_DIR: dir });
    a = await seedAgency(test, 'Wonju');
    fair = await insertFair(test, a.id);
    const company = await insertExhibitor(test, a.id, fair.id);
    companyName = (await test.db.query<{ name: string }>('SELECT name FROM companies WHERE id = $1', [company])).rows[0].name;
    worker = spawnWorker(test, LIMITS);
    // A good file first: the worker is up and warm, and its resident memory then is the baseline.
    const good = await run({ name: 'good.xlsx', content: await xlsx([['Company', 'Country', 'Date'], [companyName, 'CN', '2017-05-16']]) });
    expect(good.view).toMatchObject({ state: 'completed', rows: { created: 1 } });
    baselineRssKb = procStatus(worker.child.pid as number, 'VmRSS');
  }, 60_000);

  afterAll(async () => {
    await stopWorker(worker);
    await test.close();
  });

  async function run(file: { name: string; content: Buffer | string }) {
    const response = await upload(test, a.manager.token, { fairId: fair.id, kind: 'consultations' }, file);
    expect(response.statusCode).toBe(201);
    const id = response.json<{ id: string }>().id;
    const storedAs = (await test.db.query<{ stored_as: string }>('SELECT stored_as FROM imports WHERE id = $1', [id])).rows[0].stored_as;
    const view = await finished(test, a.manager.token, id, 60_000);
    return { id, view, path: join(dir, storedAs) };
  }

  async function expectFailedAtOnce(file: { name: string; content: Buffer | string }, failure: RegExp) {
    const { id, view, path } = await run(file);
    expect(view.state).toBe('failed');
    expect(view.failure).toMatch(failure);
    expect(existsSync(path)).toBe(false);
    const job = await settledJob(test, id);
    // One attempt, failed for good: no retries of a file that cannot succeed.
    expect({ state: await job?.getState(), attemptsMade: job?.attemptsMade, attemptsStarted: job?.attemptsStarted }).toEqual({
      state: 'failed',
      attemptsMade: 1,
      attemptsStarted: 1,
    });
    expect(job?.failedReason).toBe(view.failure);
    expect(view.rows.created).toBe(0);
  }

  it('a zip bomb: shared strings of 110 MB uncompressed (6.5 million strings) in a file of a few hundred KB', async () => {
    const content = await sharedStringsBomb(6_500_000);
    expect(content.length).toBeLessThan(1024 * 1024);
    await expectFailedAtOnce({ name: 'bomb.xlsx', content }, /^the file is over a limit: xl\/sharedStrings\.xml is 110,500,\d+ bytes uncompressed, at most 67,108,864 \(IMPORT_MAX_PART_BYTES\)$/);
  });

  it('more shared strings than IMPORT_MAX_SHARED_STRINGS, within the size limit', async () => {
    await expectFailedAtOnce({ name: 'strings.xlsx', content: await sharedStringsBomb(1_200_000) }, /more than 1,000,000 shared strings \(IMPORT_MAX_SHARED_STRINGS\)/);
  });

  it('too many zip entries', async () => {
    await expectFailedAtOnce({ name: 'entries.xlsx', content: await manyEntries(1500) }, /1,50\d zip entries, at most 1,000 \(IMPORT_MAX_ZIP_ENTRIES\)/);
  });

  it('more rows than IMPORT_MAX_ROWS', async () => {
    await expectFailedAtOnce({ name: 'rows.xlsx', content: await manyCells(60_000, 1) }, /more than 50,000 rows \(IMPORT_MAX_ROWS\)/);
  });

  it('more cells than IMPORT_MAX_CELLS', async () => {
    await expectFailedAtOnce({ name: 'cells.xlsx', content: await manyCells(25_000, 10) }, /more than 200,000 cells \(IMPORT_MAX_CELLS\)/);
  });

  it('a zip whose declared sizes lie (small in the directory, large when inflated)', async () => {
    await expectFailedAtOnce({ name: 'liar.xlsx', content: lyingSizes(await manyCells(20_000, 5), 1000) }, /not a readable XLSX \(zip\) file: too many bytes in the stream/);
  });

  it('a truncated zip', async () => {
    const whole = await xlsx([['Company', 'Country', 'Date'], [companyName, 'CN', '2017-05-16']]);
    await expectFailedAtOnce({ name: 'truncated.xlsx', content: whole.subarray(0, Math.floor(whole.length / 2)) }, /not a readable XLSX \(zip\) file: end of central directory record signature not found/i);
  });

  it('a zip whose compressed data is corrupt', async () => {
    const whole = Buffer.from(await manyCells(20_000, 5));
    whole.fill(0xa5, Math.floor(whole.length / 2), Math.floor(whole.length / 2) + 256);
    await expectFailedAtOnce({ name: 'corrupt.xlsx', content: whole }, /XLSX/);
  });

  it('a file that is not a zip at all', async () => {
    await expectFailedAtOnce({ name: 'text.xlsx', content: 'Company,Country,Date\n' }, /not a readable XLSX \(zip\) file/);
  });

  it('a header row reaching column XFD (A1 and XFD1, nothing between)', async () => {
    await expectFailedAtOnce({ name: 'gap.xlsx', content: await headerGap() }, /^the header row \(row 1\) reaches column XFD \(16,384\); headers must be within the first 256 columns \(IMPORT_MAX_COLUMNS\)$/);
  });

  it('a header holding a NUL character (it would be kept where PostgreSQL cannot store one)', async () => {
    await expectFailedAtOnce({ name: 'nul-header.csv', content: `Company,Notes\u0000,Country,Date\n${companyName},x,CN,2017-05-16\n` }, /^the header in column B contains a NUL character \(U\+0000\); headers must be plain text$/);
  });

  it('a CSV with a 3 MB line', async () => {
    await expectFailedAtOnce({ name: 'line.csv', content: csvWithHugeLine(3 * 1024 * 1024) }, /a record \(line\) longer than 1,048,576 bytes \(IMPORT_MAX_RECORD_BYTES\)/);
  });

  it('a CSV whose quote never closes', async () => {
    const content = `${stringify([['Company', 'Country', 'Date']])}"${'never closed,'.repeat(200_000)}\n`;
    await expectFailedAtOnce({ name: 'quote.csv', content }, /a record \(line\) longer than 1,048,576 bytes/);
  });

  it('a malformed CSV (a quote inside an unquoted field)', async () => {
    await expectFailedAtOnce({ name: 'bad.csv', content: `Company,Country,Date\n${companyName},C"N,2017-05-16\n` }, /^the file could not be read as CSV: /);
  });

  it('kept the worker within its reader budget through all of them', () => {
    const pid = worker.child.pid as number;
    expect(worker.child.exitCode).toBeNull();
    const peakKb = procStatus(pid, 'VmHWM');
    process.stdout.write(`worker peak ${peakKb} kB, baseline ${baselineRssKb} kB\n`);
    expect(peakKb).toBeLessThanOrEqual(baselineRssKb + BUDGET_MB * 1024);
  });
});

/**
 * The memory budget itself: a file within every count and size limit whose shared strings still
 * need more memory than a (deliberately small) IMPORT_READER_MEMORY_MB fails with that message.
 */
describe('imports: the reader memory budget', () => {
  let test: TestApp;
  let a: SeededAgency;
  let fair: FairRow;
  let worker: WorkerProcess;

  beforeAll(async () => {
    test = await startTestApp({ IMPORTS_DIR: importsDir() });
    a = await seedAgency(test, 'Wonju');
    fair = await insertFair(test, a.id);
    worker = spawnWorker(test, { IMPORT_READER_MEMORY_MB: '16' });
  });
  afterAll(async () => {
    await stopWorker(worker);
    await test.close();
  });

  it('fails a file whose shared strings outgrow it, at the first attempt', async () => {
    const response = await upload(test, a.manager.token, { fairId: fair.id, kind: 'consultations' }, { name: 'strings.xlsx', content: await sharedStringsBomb(900_000, true) });
    const id = response.json<{ id: string }>().id;
    const view = await finished(test, a.manager.token, id, 60_000);
    expect(view).toMatchObject({ state: 'failed', failure: 'the file needs more memory to read than the reader may use (16 MB, IMPORT_READER_MEMORY_MB)' });
    const job = await settledJob(test, id);
    expect({ state: await job?.getState(), attemptsMade: job?.attemptsMade }).toEqual({ state: 'failed', attemptsMade: 1 });
    expect(worker.child.exitCode).toBeNull();
  });
});
