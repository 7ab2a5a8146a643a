/* global document, MutationObserver -- the timing function runs in the page (page.evaluate) */
// Booth capture, end to end in Debian's Chromium: a staff member on a phone viewport logs
// consultations online, one at a time; each is timed from the tap on "Log consultation" to the status
// line reading "All synced" (outbox write in IndexedDB, POST with its Idempotency-Key, answer, outbox
// cleared). The service runs on a scratch database with the demo seed and a worker, as `npm start` does.
import { chromium } from 'playwright-core';
import { prepareService } from '../lib/service.js';
import { runNode } from '../lib/process.js';

export const description = 'booth: tap on "Log consultation" to "All synced", p50/p95/max, in Chromium on a phone viewport (budget p95 ≤ 300 ms)';

const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const BUDGET_MS = 300;

async function call(url, { method = 'GET', token, body } = {}) {
  const res = await fetch(url, {
    method,
    headers: { ...(body ? { 'content-type': 'application/json' } : {}), ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: body ? JSON.stringify(body) : undefined,
  });
  const text = await res.text();
  if (res.status >= 300) throw new Error(`${method} ${url} → ${res.status} ${text.slice(0, 300)}`);
  return text ? JSON.parse(text) : null;
}

const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];

export async function standalone({ log }) {
  const count = Number(process.env.BENCH_BOOTH_COUNT ?? 100);
  const warmup = Number(process.env.BENCH_BOOTH_WARMUP ?? 5);
  const ctx = await prepareService({ log });
  ctx.startWorker();
  log('seeding the demo …');
  // seed:demo refuses production; the service itself still runs as deployed.
  const output = await runNode('seed:demo', [new URL('../../dist/src/cli.js', import.meta.url).pathname, 'seed:demo'], { ...ctx.serviceEnv, NODE_ENV: 'development' });
  const seeded = JSON.parse(output.split('\n').find((line) => line.startsWith('{')));
  const staff = seeded.users.find((u) => u.role === 'staff');
  const manager = seeded.users.find((u) => u.role === 'manager');
  // The browser needs a secure context (service worker, Secure cookie): localhost is one.
  const url = ctx.service.url.replace('127.0.0.1', 'localhost');
  const { accessToken } = await call(`${url}/v1/auth/login`, { method: 'POST', body: { email: manager.email, password: manager.password } });
  const today = new Date().toISOString().slice(0, 10);
  const fair = await call(`${url}/v1/fairs`, {
    method: 'POST',
    token: accessToken,
    body: { series: 'bench', name: 'Bench Fair', year: Number(today.slice(0, 4)), city: 'Seoul', country: 'KR', startsOn: today, endsOn: today, timezone: 'UTC' },
  });
  const [company] = (await call(`${url}/v1/companies?limit=1`, { token: accessToken })).data;
  await call(`${url}/v1/fairs/${fair.id}/participants`, { method: 'POST', token: accessToken, body: { companyId: company.id } });

  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS, headless: true });
  try {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, locale: 'en-US' });
    const page = await context.newPage();
    await page.goto(`${url}/app/`);
    await page.getByLabel('Email', { exact: true }).fill(staff.email);
    await page.getByLabel('Password', { exact: true }).fill(staff.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByLabel('Fair').selectOption({ label: 'Bench Fair' });
    await page.getByLabel('Company').selectOption({ label: company.name });

    const samples = [];
    log(`logging ${warmup} + ${count} consultations …`);
    for (let i = 0; i < warmup + count; i++) {
      await page.getByLabel('Buyer country').selectOption(i % 2 ? 'CN' : 'VN');
      await page.getByLabel('Amount').fill(`${1000 + i}.50`);
      // Timed in the page: from the click to the status line's "All synced" after it left it.
      const ms = await page.evaluate(
        () =>
          new Promise((resolve) => {
            const status = document.querySelector('[role=status]');
            const button = [...document.querySelectorAll('button')].find((b) => b.textContent === 'Log consultation');
            let left = false;
            const start = performance.now();
            const observer = new MutationObserver(() => {
              if (status.textContent !== 'All synced') left = true;
              else if (left) {
                observer.disconnect();
                resolve(performance.now() - start);
              }
            });
            observer.observe(status, { childList: true, characterData: true, subtree: true });
            button.click();
          }),
      );
      if (i >= warmup) samples.push(ms);
    }
    const held = await call(`${url}/v1/consultations?fairId=${fair.id}&limit=500`, { token: accessToken });
    const sorted = [...samples].sort((a, b) => a - b);
    const [p50, p95, max] = [percentile(sorted, 50), percentile(sorted, 95), sorted.at(-1)];
    const ok = held.data.length === warmup + count && p95 <= BUDGET_MS;
    const text =
      `booth: ${count} consultations (after ${warmup} warm-up), tap → "All synced": ` +
      `p50 ${p50.toFixed(0)} ms, p95 ${p95.toFixed(0)} ms, max ${max.toFixed(0)} ms (budget p95 ≤ ${BUDGET_MS} ms); ` +
      `the API holds ${held.data.length} of ${warmup + count}`;
    return { ok, text, samples: { count, p50, p95, max }, held: held.data.length };
  } finally {
    await browser.close();
  }
}
