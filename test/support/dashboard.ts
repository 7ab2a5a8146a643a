import { AxeBuilder } from '@axe-core/playwright';
import type { Locator, Page } from 'playwright-core';
import type { BrowserEnv } from './browser.js';

type Role = 'staff' | 'manager' | 'admin';

/** A bearer token for `role`, straight from the API (for arranging and asserting beside the browser). */
export async function tokenFor(env: BrowserEnv, role: Role): Promise<string> {
  const { email, password } = env.user(role);
  const response = await fetch(`${env.apiUrl}/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  if (!response.ok) throw new Error(`login failed: ${response.status}`);
  return ((await response.json()) as { accessToken: string }).accessToken;
}

/** Calls the API as `token`; returns the parsed body, throws on a non-2xx answer. */
export async function call<T>(env: BrowserEnv, token: string, method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<T> {
  const response = await fetch(`${env.apiUrl}${path}`, {
    method,
    headers: { authorization: `Bearer ${token}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...headers },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${text}`);
  return (text ? JSON.parse(text) : undefined) as T;
}

/**
 * Opens `path` (under /app/) and signs in on the page it sends us to; the app then returns to `path`.
 * The access token lives in memory only, so later pages are reached by clicking, not by page.goto.
 */
export async function signInAt(env: BrowserEnv, page: Page, role: Role, path: string): Promise<void> {
  const { email, password } = env.user(role);
  await page.goto(`${env.appUrl}${path}`);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL((url) => url.pathname === `/app/${path}`);
}

/** The demo fair called `name` (read through the API as the manager). */
export async function demoFair(env: BrowserEnv, name: string): Promise<{ id: string; startsOn: string; timezone: string }> {
  const token = await tokenFor(env, 'manager');
  const page = await call<{ data: { id: string; name: string; startsOn: string; timezone: string }[] }>(env, token, 'GET', '/v1/fairs?limit=500');
  const fair = page.data.find((f) => f.name === name);
  if (!fair) throw new Error(`the demo has no fair ${name}`);
  return fair;
}

/** axe-core's serious and critical findings on the page as it is now (rule id and the nodes' targets). */
export async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
}

/** Waits until the worker has computed every fair's outcome and none is stale (the demo seed leaves them to it). */
export async function outcomesSettled(env: BrowserEnv, timeoutMs = 60_000): Promise<void> {
  const token = await tokenFor(env, 'manager');
  const until = Date.now() + timeoutMs;
  for (;;) {
    const rollup = await call<{ data: { computedAt: string | null; stale: boolean }[] }>(env, token, 'GET', '/v1/outcomes');
    if (rollup.data.length > 0 && rollup.data.every((row) => row.computedAt !== null && !row.stale)) return;
    if (Date.now() > until) throw new Error('the worker did not compute the outcomes in time');
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

/** A table's body as text, row by row: the row header then each cell, as a person reads it. */
export async function tableRows(table: Locator): Promise<string[][]> {
  return table.locator('tbody tr').evaluateAll((rows) => rows.map((row) => [...row.children].map((cell) => cell.textContent ?? '')));
}

/** Asks `read` again every 250 ms until it returns something, then returns that (a condition, not a time, ends the wait). */
export async function eventually<T>(what: string, read: () => Promise<T | undefined>, timeoutMs = 60_000): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const found = await read();
    if (found !== undefined) return found;
    if (Date.now() > until) throw new Error(`gave up waiting: ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}
