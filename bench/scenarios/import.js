// Spreadsheet import: a BENCH_IMPORT_ROWS-row CSV (default 100,000) uploaded to POST /v1/imports and
// run by a real worker process to completion, against the baseline of the same file in the same run:
// COPY into a staging table, then one INSERT … SELECT into consultations (its indexes, checks, foreign
// keys and audit trigger; rolled back afterwards). The worker's peak RSS is its VmHWM from /proc. Then
// a BENCH_IMPORT_LARGE_ROWS file (default 1,000,000; 0 skips it) through a fresh worker, whose VmHWM
// must stay within the same bound.
import { createReadStream, createWriteStream, openAsBlob, readFileSync, rmSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { setTimeout as sleep } from 'node:timers/promises';
import pg from 'pg';
import copyStreams from 'pg-copy-streams';
import { defer } from '../lib/cleanup.js';
import { agencyWithFair } from '../lib/fixtures.js';
import { prepareService } from '../lib/service.js';

export const description = 'CSV import (upload → worker job → committed rows) vs COPY into a staging table + one INSERT … SELECT into consultations; worker peak RSS';

const COUNTRIES = ['CN', 'VN', 'AE', 'IN', 'US', 'DE', 'JP', 'SA'];
const STAGES = ['consulted', 'follow_up', 'negotiating', 'won', 'lost'];

async function writeCsv(path, rows, company) {
  const out = createWriteStream(path);
  const write = (line) => (out.write(line) ? null : new Promise((resolve) => out.once('drain', resolve)));
  await write('Ref,Company,Country,Date,Amount,Currency,Stage\n');
  for (let i = 0; i < rows; i++) {
    const krw = i % 5 === 0;
    const amount = krw ? `${1130 * (1 + (i % 997))}.00` : `${1 + (i % 99991)}.${String(i % 100).padStart(2, '0')}`;
    const time = `2017-05-${15 + (i % 4)} ${10 + (i % 8)}:${String(i % 60).padStart(2, '0')}:${String((i * 7) % 60).padStart(2, '0')}`;
    await write(`R${i},${company},${COUNTRIES[i % 8]},${time},${amount},${krw ? 'KRW' : 'USD'},${STAGES[i % 5]}\n`);
  }
  await new Promise((resolve, reject) => out.end((error) => (error ? reject(error) : resolve())));
}

/** Resident set size of a process in MB (`VmRSS`, or `VmHWM`: its peak so far), from /proc (Linux). */
const statusMb = (pid, field) => {
  const match = new RegExp(`${field}:\\s+(\\d+) kB`).exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return match ? Number(match[1]) / 1024 : 0;
};
const rssMb = (pid) => statusMb(pid, 'VmRSS');

async function runImport(ctx, fixture, path, rows, log) {
  const worker = ctx.startWorker({
    LOG_LEVEL: 'warn',
    // A file of IMPORT_MAX_ROWS data rows has one more record, its header.
    IMPORT_MAX_ROWS: String(Math.max(rows + 1, 1_000_000)),
    ...(process.env.BENCH_IMPORT_BATCH_ROWS ? { IMPORT_BATCH_ROWS: process.env.BENCH_IMPORT_BATCH_ROWS } : {}),
  });
  await sleep(1500); // the worker's start-up is not part of the import
  const samples = [];
  const sampler = setInterval(() => {
    try {
      samples.push(rssMb(worker.pid));
    } catch {
      // the worker has exited
    }
  }, 100);
  const start = performance.now();
  const form = new FormData();
  form.set('fairId', fixture.fairId);
  form.set('kind', 'consultations');
  form.set('file', await openAsBlob(path), 'bench.csv');
  const response = await fetch(`${ctx.service.url}/v1/imports`, { method: 'POST', headers: { authorization: `Bearer ${fixture.token}` }, body: form });
  if (response.status !== 201) throw new Error(`upload → ${response.status} ${await response.text()}`);
  const { id } = await response.json();
  const uploadedMs = performance.now() - start;
  let view;
  const progress = [];
  for (;;) {
    view = await fixture.call(`${ctx.service.url}/v1/imports/${id}`, { token: fixture.token });
    if (view.state === 'completed' || view.state === 'failed') break;
    progress.push({ processed: view.rows.processed, rss: samples.at(-1) ?? 0 });
    await sleep(100);
  }
  const ms = performance.now() - start;
  clearInterval(sampler);
  const hwmMb = statusMb(worker.pid, 'VmHWM');
  // Waited for, so that a worker started with --cpu-prof (BENCH_WORKER_NODE_OPTIONS) writes its profile.
  await new Promise((resolve) => (worker.exitCode !== null ? resolve() : (worker.once('exit', resolve), worker.kill('SIGTERM'))));
  if (view.state !== 'completed' || view.rows.created !== rows) throw new Error(`import ended ${view.state}: ${JSON.stringify(view.rows)} ${view.failure ?? ''}`);
  log(`  ${rows.toLocaleString('en')} rows imported in ${(ms / 1000).toFixed(1)} s (upload ${(uploadedMs / 1000).toFixed(1)} s)`);
  // RSS at each quarter of the rows, to show it does not grow with the file.
  const quarters = [0.25, 0.5, 0.75, 1].map((q) => progress.find((p) => p.processed >= q * rows * 0.999)?.rss ?? samples.at(-1));
  return { ms, rowsPerSec: rows / (ms / 1000), peakRssMb: hwmMb, sampledPeakMb: Math.max(...samples), quarters };
}

/**
 * The baseline: COPY of the same file into a staging table (temporary, as the import's), then one
 * INSERT … SELECT of those rows into consultations itself — its indexes, checks, foreign keys and
 * audit trigger — at another agency's fair, in a transaction rolled back afterwards. The bare COPY's
 * own rate is kept for context.
 */
async function copyBaseline(databaseUrl, path, fixture) {
  const db = new pg.Client({ connectionString: databaseUrl });
  await db.connect();
  try {
    await db.query('BEGIN');
    await db.query('CREATE TEMPORARY TABLE bench_import_copy (ref text, company text, country char(2), at timestamp, amount numeric(18,2), currency char(3), stage text)');
    const start = performance.now();
    await pipeline(createReadStream(path), db.query(copyStreams.from('COPY bench_import_copy FROM STDIN WITH (FORMAT csv, HEADER true)')));
    const copyMs = performance.now() - start;
    const insertStart = performance.now();
    await db.query(
      `INSERT INTO consultations (agency_id, fair_id, company_id, buyer_country, occurred_at, local_date, type, estimated_amount,
                                  estimated_currency, estimated_usd, stage, logged_by, import_key, version)
       SELECT $1, $2, $3, country, at AT TIME ZONE 'Asia/Shanghai', at::date, 'booth', amount, currency,
              CASE currency WHEN 'USD' THEN amount ELSE round(amount / 1130, 2) END, stage, $4, 'ref:' || ref, 1
         FROM bench_import_copy
       ON CONFLICT (agency_id, fair_id, import_key) WHERE import_key IS NOT NULL DO NOTHING`,
      [fixture.agencyId, fixture.fairId, fixture.companyId, fixture.userId],
    );
    const insertMs = performance.now() - insertStart;
    await db.query('ROLLBACK');
    return { copyMs, insertMs };
  } finally {
    await db.end();
  }
}

const RATIO_TARGET = 0.7;
const RSS_TARGET_MB = 200;

export async function standalone({ log }) {
  const rows = Number(process.env.BENCH_IMPORT_ROWS ?? 100_000);
  const largeRows = Number(process.env.BENCH_IMPORT_LARGE_ROWS ?? 1_000_000);
  const ctx = await prepareService({ log });
  const withRate = async (fixture) => {
    await fixture.call(`${ctx.service.url}/v1/exchange-rates`, { method: 'POST', token: fixture.token, body: { currency: 'KRW', date: '2017-01-01', unitsPerUsd: '1130.00' } });
    return fixture;
  };
  const fixture = await withRate(await agencyWithFair(ctx));
  const baselineFixture = await agencyWithFair(ctx, { fair: { series: 'cmef-baseline' } });
  const dir = await mkdtemp(join(tmpdir(), 'pavilion-bench-import-'));
  defer(`remove ${dir}`, () => rmSync(dir, { recursive: true, force: true }));

  const path = join(dir, 'rows.csv');
  log(`writing a ${rows.toLocaleString('en')}-row CSV …`);
  await writeCsv(path, rows, 'Wonju Medical Devices');
  log('baseline: COPY into a staging table, then INSERT … SELECT into consultations …');
  const { copyMs, insertMs } = await copyBaseline(ctx.databaseUrl, path, baselineFixture);
  log('import …');
  const run = await runImport(ctx, fixture, path, rows, log);
  const baselineRate = rows / ((copyMs + insertMs) / 1000);
  const ratio = run.rowsPerSec / baselineRate;
  const lines = [
    description,
    `${rows.toLocaleString('en')} rows: import ${Math.round(run.rowsPerSec).toLocaleString('en')} rows/s (${(run.ms / 1000).toFixed(1)} s, upload to completed); ` +
      `baseline ${Math.round(baselineRate).toLocaleString('en')} rows/s (${((copyMs + insertMs) / 1000).toFixed(2)} s: COPY ${(copyMs / 1000).toFixed(2)} s + INSERT … SELECT ${(insertMs / 1000).toFixed(2)} s); ` +
      `ratio ${(ratio * 100).toFixed(0)}% (target ≥ ${RATIO_TARGET * 100}%)`,
    `for context, the bare COPY alone: ${Math.round(rows / (copyMs / 1000)).toLocaleString('en')} rows/s`,
    `worker peak RSS (VmHWM) ${run.peakRssMb.toFixed(0)} MB (target ≤ ${RSS_TARGET_MB} MB); RSS at 25/50/75/100% of rows: ${run.quarters.map((mb) => mb.toFixed(0)).join(' / ')} MB`,
  ];
  for (const line of lines.slice(1)) log(line);
  let large = null;
  if (largeRows > 0) {
    const second = await withRate(await agencyWithFair(ctx, { fair: { series: 'cmef-large' } }));
    const largePath = join(dir, 'large.csv');
    log(`writing a ${largeRows.toLocaleString('en')}-row CSV …`);
    await writeCsv(largePath, largeRows, 'Wonju Medical Devices');
    log('large import …');
    large = await runImport(ctx, second, largePath, largeRows, log);
    lines.push(
      `${largeRows.toLocaleString('en')} rows: import ${Math.round(large.rowsPerSec).toLocaleString('en')} rows/s; worker peak RSS (VmHWM) ${large.peakRssMb.toFixed(0)} MB; ` +
        `RSS at 25/50/75/100% of rows: ${large.quarters.map((mb) => mb.toFixed(0)).join(' / ')} MB`,
    );
  }
  const targetsMet = ratio >= RATIO_TARGET && run.peakRssMb <= RSS_TARGET_MB && (!large || large.peakRssMb <= RSS_TARGET_MB);
  lines.push(`targets ${targetsMet ? 'met' : 'missed'}`);
  return { ok: true, targetsMet, text: lines.join('\n'), rows, importRowsPerSec: run.rowsPerSec, baselineRowsPerSec: baselineRate, copyRowsPerSec: rows / (copyMs / 1000), ratio, peakRssMb: run.peakRssMb, large };
}
