// The fair dashboard's render time for a fair of 1,000 consultations against one of 1,000,000.
//
//   npm run build && node bench/dashboard-render.js [--runs 9]
//
// One scratch database (bench/lib/service.js) with an API and a worker; one agency with two fairs
// whose consultations are inserted set-based (bench/lib/bulk.js) and whose outcomes the worker
// computes. Then Debian's Chromium (playwright-core, /usr/bin/chromium), per run and fair, in a fresh
// browser context (nothing cached): signs in on the fairs list and times the click on the fair until
// the published table shows its consultation count (first meaningful render). Medians and the
// ratio big ÷ small go to stdout.
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { insertConsultations } from './lib/bulk.js';
import { installSignalHandlers, runCleanup } from './lib/cleanup.js';
import { agencyWithFair } from './lib/fixtures.js';
import { prepareService } from './lib/service.js';

const log = (...args) => console.error(...args);
const { values } = parseArgs({ options: { runs: { type: 'string', default: '9' } } });
const RUNS = Number(values.runs);
const SMALL = 1_000;
const BIG = 1_000_000;
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

async function settled(call, url, token, fairId, count) {
  const until = Date.now() + 10 * 60_000;
  for (;;) {
    const outcome = await call(`${url}/v1/fairs/${fairId}/outcomes`, { token });
    if (outcome.consultations.count === count && !outcome.stale) return;
    if (Date.now() > until) throw new Error(`fair ${fairId}: the worker did not compute ${count} consultations in time`);
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

async function main() {
  installSignalHandlers(log);
  const ctx = await prepareService({ log });
  ctx.startWorker();
  const small = await agencyWithFair(ctx, { fair: { name: 'Bench Small 2017', series: 'bench-small' } });
  const { call, token } = small;
  const big = await call(`${ctx.service.url}/v1/fairs`, {
    method: 'POST',
    token,
    body: { series: 'bench-big', name: 'Bench Big 2017', year: 2017, city: 'Shanghai', country: 'CN', startsOn: '2017-05-15', endsOn: '2017-05-18', timezone: 'Asia/Shanghai' },
  });
  await call(`${ctx.service.url}/v1/fairs/${big.id}/participants`, { method: 'POST', token, body: { companyId: small.companyId } });

  log(`inserting ${SMALL.toLocaleString('en')} and ${BIG.toLocaleString('en')} consultations …`);
  await insertConsultations(ctx.databaseUrl, { ...small, count: SMALL });
  const started = Date.now();
  await insertConsultations(ctx.databaseUrl, { ...small, fairId: big.id, count: BIG });
  log(`inserted in ${((Date.now() - started) / 1000).toFixed(1)} s; waiting for the worker's outcomes …`);
  await settled(call, ctx.service.url, token, small.fairId, SMALL);
  await settled(call, ctx.service.url, token, big.id, BIG);

  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS, headless: true });
  try {
    // Each visit in a fresh context (no query cache, no HTTP cache): sign in on the fairs list, then
    // time the click on the fair until the published table shows its count. The outcome is fetched
    // then and there; the chart chunk loads after the table and does not hold it up.
    const visit = async (name, count) => {
      const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'en-US', serviceWorkers: 'block' });
      try {
        const page = await context.newPage();
        await page.goto(`${ctx.service.url}/app/fairs?year=2017`);
        await page.getByLabel('Email').fill(small.email);
        await page.getByLabel('Password', { exact: true }).fill(small.password);
        await page.getByRole('button', { name: 'Sign in' }).click();
        await page.getByRole('link', { name }).waitFor();
        const t0 = performance.now();
        await page.getByRole('link', { name }).click();
        const cell = page.locator('table.headline tr[data-row=consultations] td').first();
        await cell.filter({ hasText: new RegExp(`^${count.toLocaleString('en')}$`) }).waitFor({ timeout: 30_000 });
        return performance.now() - t0;
      } finally {
        await context.close();
      }
    };
    // Warm-up: the first visits let PostgreSQL and the API settle.
    await visit('Bench Small 2017', SMALL);
    await visit('Bench Big 2017', BIG);
    const times = { small: [], big: [] };
    for (let run = 0; run < RUNS; run++) {
      // Alternating order, so neither fair always goes first.
      const order = run % 2 ? ['big', 'small'] : ['small', 'big'];
      for (const which of order) times[which].push(await visit(which === 'small' ? 'Bench Small 2017' : 'Bench Big 2017', which === 'small' ? SMALL : BIG));
    }
    const result = {
      runs: RUNS,
      smallMs: Number(median(times.small).toFixed(1)),
      bigMs: Number(median(times.big).toFixed(1)),
      ratio: Number((median(times.big) / median(times.small)).toFixed(2)),
      samples: times,
    };
    process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
    process.stdout.write(
      `| dashboard first meaningful render (click → published table), median of ${RUNS} | ${SMALL.toLocaleString('en')}: ${result.smallMs} ms | ${BIG.toLocaleString('en')}: ${result.bigMs} ms | ratio ${result.ratio} |\n`,
    );
  } finally {
    await browser.close();
  }
}

main()
  .catch((error) => {
    log(error);
    process.exitCode = 1;
  })
  .finally(() => runCleanup(log));
