import { execFile } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { promisify } from 'node:util';
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core';
import { spawnApi, type ApiProcess } from './api-process.js';
import { startTestStore, type TestStore } from './test-app.js';
import { spawnWorker, stopWorker, type WorkerProcess } from './worker.js';

const run = promisify(execFile);
const CLI_JS = new URL('../../dist/src/cli.js', import.meta.url).pathname;
/** Screenshots and other files a browser test leaves for people to look at (gitignored). */
export const ARTIFACTS_DIR = new URL('../../test-artifacts/', import.meta.url).pathname;

/** Debian's Chromium (`apt-get install chromium`): Playwright cannot download its own browser here. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** Root needs --no-sandbox; the rest stop Chromium's background traffic, which this closed network refuses. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export const PHONE: BrowserContextOptions = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true };
export const LAPTOP: BrowserContextOptions = { viewport: { width: 1366, height: 900 } };

export interface DemoUsers {
  agencyId: string;
  users: { email: string; role: 'staff' | 'manager' | 'admin'; password: string }[];
}

export interface BrowserEnv {
  store: TestStore;
  api: ApiProcess;
  worker: WorkerProcess;
  /** Headless Chromium; a test may close it and launch another (a browser restart). */
  browser: Browser;
  /** The app's address: http://localhost:<port>/app/ (localhost is a secure context: service workers, Secure cookies). */
  appUrl: string;
  /** The API's own address, for asserting through HTTP what the browser did. */
  apiUrl: string;
  demo: DemoUsers;
  user(role: 'staff' | 'manager' | 'admin'): { email: string; password: string };
  close(): Promise<void>;
}

export const launchChromium = (): Promise<Browser> =>
  chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true });

/**
 * A real API process and a real worker process on this file's own database (cloned from the migrated
 * template, then seeded with the demo by the real `seed:demo` command) and Redis prefix, on a free
 * port, plus a headless Chromium. Needs `npm run build` (the API serves dist/web at /app/).
 */
export async function startBrowserEnv(env: Record<string, string> = {}): Promise<BrowserEnv> {
  const store = await startTestStore(env);
  const seeded = await run(process.execPath, [CLI_JS, 'seed:demo'], {
    env: { PATH: process.env.PATH ?? '', ...store.env, NODE_OPTIONS: '' },
    maxBuffer: 16 * 1024 * 1024,
  });
  const demo = JSON.parse(seeded.stdout) as DemoUsers;
  const api = await spawnApi(store, { HOST: 'localhost', ...env });
  const worker = spawnWorker(store, env);
  const browser = await launchChromium();
  const port = new URL(api.url).port;
  mkdirSync(ARTIFACTS_DIR, { recursive: true });
  const browserEnv: BrowserEnv = {
    store,
    api,
    worker,
    browser,
    appUrl: `http://localhost:${port}/app/`,
    apiUrl: `http://localhost:${port}`,
    demo,
    user(role) {
      const found = demo.users.find((u) => u.role === role);
      if (!found) throw new Error(`the demo has no ${role}`);
      return found;
    },
    async close() {
      // The current browser: a test may have restarted it.
      await browserEnv.browser.close();
      await stopWorker(worker);
      await api.stop();
      await store.close();
    },
  };
  return browserEnv;
}

/** A fresh browser context (its own cookies, storage and service workers) with one page. */
export async function newPage(env: BrowserEnv, options: BrowserContextOptions = PHONE): Promise<{ context: BrowserContext; page: Page }> {
  const context = await env.browser.newContext({ locale: 'en-US', timezoneId: 'UTC', ...options });
  const page = await context.newPage();
  return { context, page };
}

/** Signs in through the sign-in page, by the names the contract fixes ("Email", "Password", "Sign in"). */
export async function signIn(
  env: BrowserEnv,
  page: Page,
  who: 'staff' | 'manager' | 'admin' | { email: string; password: string },
  labels = { email: 'Email', password: 'Password', submit: 'Sign in' },
): Promise<void> {
  const { email, password } = typeof who === 'string' ? env.user(who) : who;
  await page.goto(env.appUrl);
  await page.getByLabel(labels.email, { exact: true }).fill(email);
  await page.getByLabel(labels.password, { exact: true }).fill(password);
  await page.getByRole('button', { name: labels.submit }).click();
}

/** A bearer token for asserting through the API what the browser wrote. */
export async function apiToken(env: BrowserEnv, role: 'staff' | 'manager' | 'admin'): Promise<string> {
  const response = await fetch(`${env.apiUrl}/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: env.user(role).email, password: env.user(role).password }),
  });
  if (!response.ok) throw new Error(`login failed: ${response.status}`);
  return ((await response.json()) as { accessToken: string }).accessToken;
}

/** Calls the API as `token` and returns the parsed JSON body (throws on a non-2xx answer). */
export async function apiCall<T = unknown>(env: BrowserEnv, token: string, method: string, path: string, body?: unknown): Promise<T> {
  const response = await fetch(`${env.apiUrl}${path}`, {
    method,
    headers: { authorization: `Bearer ${token}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${text}`);
  return (text ? JSON.parse(text) : undefined) as T;
}

/** Fair time zones of the product's markets, from Honolulu to Auckland. */
const ZONES = ['Pacific/Honolulu', 'America/Los_Angeles', 'America/New_York', 'UTC', 'Europe/Berlin', 'Asia/Dubai', 'Asia/Seoul', 'Pacific/Auckland'];

/**
 * Of those zones, the one whose local time is now farthest from midnight, and its local date: a test
 * that logs consultations "today" at a fair in it cannot see the day change under it (a CI run that
 * crossed midnight UTC once split a booth's tally in two).
 */
function zoneFarFromMidnight(now = new Date()): { timezone: string; today: string } {
  const local = (timeZone: string) => {
    const parts = Object.fromEntries(
      new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })
        .formatToParts(now)
        .map((part) => [part.type, part.value]),
    );
    const minutes = Number(parts.hour) * 60 + Number(parts.minute);
    return { timezone: timeZone, today: `${parts.year}-${parts.month}-${parts.day}`, margin: Math.min(minutes, 24 * 60 - minutes) };
  };
  const [best] = ZONES.map(local).sort((a, b) => b.margin - a.margin);
  return { timezone: best.timezone, today: best.today };
}

/**
 * A fair on today (the API takes a consultation dated now only during its fair, ± 1 day) with two of
 * the demo's companies exhibiting, made by the demo manager through the API.
 */
export async function fairOnToday(env: BrowserEnv, name: string): Promise<{ fairId: string; companies: { id: string; name: string }[] }> {
  const token = await apiToken(env, 'manager');
  const { timezone, today } = zoneFarFromMidnight();
  const day = (offset: number) => new Date(Date.parse(`${today}T00:00:00Z`) + offset * 86_400_000).toISOString().slice(0, 10);
  const fair = await apiCall<{ id: string }>(env, token, 'POST', '/v1/fairs', {
    series: name.toLowerCase().replace(/[^a-z0-9]+/g, '-'),
    name,
    year: Number(today.slice(0, 4)),
    city: 'Seoul',
    country: 'KR',
    startsOn: day(-1),
    endsOn: day(2),
    timezone,
  });
  const { data } = await apiCall<{ data: { id: string; name: string }[] }>(env, token, 'GET', '/v1/companies?limit=2');
  for (const company of data) await apiCall(env, token, 'POST', `/v1/fairs/${fair.id}/participants`, { companyId: company.id });
  return { fairId: fair.id, companies: data.map(({ id, name }) => ({ id, name })) };
}

/** Consultations of a fair as the API holds them (read as the manager). */
export async function consultationsOf(env: BrowserEnv, fairId: string): Promise<{ id: string; buyerCountry: string; estimatedValue: { amount: string; currency: string } | null; loggedBy: string }[]> {
  const token = await apiToken(env, 'manager');
  const page = await apiCall<{ data: never[] }>(env, token, 'GET', `/v1/consultations?fairId=${fairId}&limit=500`);
  return page.data;
}
