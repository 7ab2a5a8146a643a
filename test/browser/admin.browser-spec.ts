import { expect, jest } from '@jest/globals';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ARTIFACTS_DIR, newPage, startBrowserEnv, type BrowserEnv } from '../support/browser.js';
import { demoFair, outcomesSettled, seriousViolations, signInAt } from '../support/dashboard.js';

// A browser page waits on real processes; the whole environment starts in beforeAll.
jest.setTimeout(90_000);

const DESKTOP = { viewport: { width: 1440, height: 900 } };

describe('records, imports and admin pages (browser)', () => {
  let env: BrowserEnv;
  beforeAll(async () => {
    env = await startBrowserEnv();
    await outcomesSettled(env);
  }, 180_000);
  afterAll(async () => {
    await env?.close();
  });

  it('an admin creates an API key, sees its secret once, and the key works against the API until revoked in the page', async () => {
    const { context, page } = await newPage(env, DESKTOP);
    try {
      await signInAt(env, page, 'admin', 'admin/keys');
      const nav = page.getByRole('navigation', { name: 'Main' });
      await nav.getByRole('link', { name: 'API keys' }).waitFor();
      expect(await nav.getByRole('link').allTextContents()).toEqual(['Booth', 'Fairs', 'Consultations', 'Contracts', 'Imports', 'Users', 'API keys']);
      expect(await seriousViolations(page)).toEqual([]);
      await page.getByLabel('Partner name').fill('KOTRA Frankfurt');
      await page.getByRole('checkbox', { name: 'CMEF 2017' }).check();
      await page.getByRole('button', { name: 'Create' }).click();
      const secret = (await page.getByTestId('api-key-secret').textContent()) ?? '';
      expect(secret).toMatch(/^pvk_/);
      expect(await seriousViolations(page)).toEqual([]);

      const asPartner = (path: string) => fetch(`${env.apiUrl}${path}`, { headers: { 'x-api-key': secret } });
      const rollup = (await (await asPartner('/v1/outcomes')).json()) as { data: { fair: { name: string } }[] };
      expect(rollup.data.map((row) => row.fair.name)).toEqual(['CMEF 2017']);

      // Once: after "I have copied it" the secret is nowhere on the page, only the key's prefix.
      await page.getByRole('button', { name: 'I have copied it' }).click();
      await page.getByTestId('api-key-secret').waitFor({ state: 'detached' });
      expect(await page.content()).not.toContain(secret);
      const row = page.locator('tbody tr', { has: page.getByRole('rowheader', { name: 'KOTRA Frankfurt' }) });
      await expect(row.locator('code').textContent()).resolves.toBe(secret.split('_').slice(0, 2).join('_'));

      page.once('dialog', (dialog) => void dialog.accept());
      await row.getByRole('button', { name: 'Revoke KOTRA Frankfurt' }).click();
      await row.getByRole('cell', { name: 'Revoked' }).waitFor();
      expect((await asPartner('/v1/outcomes')).status).toBe(401);
    } finally {
      await context.close();
    }
  });

  it('staff see neither the manager nor the admin navigation, /app/fairs tells them it is not allowed, and the booth never loads the charts', async () => {
    const { context, page } = await newPage(env, DESKTOP);
    const scripts: string[] = [];
    page.on('request', (request) => void (request.resourceType() === 'script' && scripts.push(new URL(request.url()).pathname)));
    try {
      await signInAt(env, page, 'staff', 'booth');
      const nav = page.getByRole('navigation', { name: 'Main' });
      await nav.getByRole('link', { name: 'Booth' }).waitFor();
      expect(await nav.getByRole('link').allTextContents()).toEqual(['Booth', 'Consultations', 'Contracts']);
      expect(scripts.some((path) => /echarts/.test(path))).toBe(false);
      expect(scripts.length).toBeGreaterThan(0);

      await page.evaluate(() => window.history.pushState({}, '', '/app/fairs'));
      await page.evaluate(() => window.dispatchEvent(new PopStateEvent('popstate')));
      await expect(page.getByRole('alert').textContent()).resolves.toBe('Your role cannot open this page.');
      expect(scripts.some((path) => /echarts/.test(path))).toBe(false);

      // Their records: the agency's consultations, theirs marked; a page they may open passes axe.
      await nav.getByRole('link', { name: 'Consultations' }).click();
      await page.getByRole('table', { name: 'Consultations' }).waitFor();
      expect(await seriousViolations(page)).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('records filter by fair and country, page on with the cursor, and pass axe', async () => {
    const { context, page } = await newPage(env, DESKTOP);
    try {
      await signInAt(env, page, 'manager', 'records/consultations');
      const table = page.getByRole('table', { name: 'Consultations' });
      await table.waitFor();
      expect(await seriousViolations(page)).toEqual([]);
      await page.getByLabel('Fair').selectOption({ label: 'CMEF 2017' });
      await page.getByLabel('Buyer country').fill('cn');
      await page.getByRole('button', { name: 'Apply' }).click();
      await page.waitForFunction(() => new URL(window.location.href).searchParams.get('country') === 'CN');
      await page.getByRole('status').filter({ hasText: '50 shown' }).waitFor();
      // CMEF 2017 has 198 consultations with Chinese buyers: 50, 100, … by cursor, until no next page.
      for (const shown of [100, 150, 198]) {
        await page.getByRole('button', { name: 'Load more' }).click();
        await page.getByRole('status').filter({ hasText: `${shown} shown` }).waitFor();
      }
      expect(await page.getByRole('button', { name: 'Load more' }).count()).toBe(0);
      const countries = await table.locator('tbody tr td:nth-child(4)').allTextContents();
      expect(new Set(countries)).toEqual(new Set(['CN']));
      const fairs = await table.locator('tbody tr td:nth-child(2)').allTextContents();
      expect(new Set(fairs)).toEqual(new Set(['CMEF 2017']));

      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Contracts' }).click();
      await page.getByLabel('Status').selectOption({ label: 'Signed' });
      await page.getByLabel('Fair').selectOption({ label: 'CMEF 2017' });
      await page.getByRole('button', { name: 'Apply' }).click();
      await page.getByRole('status').filter({ hasText: '38 shown' }).waitFor();
      expect(await seriousViolations(page)).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('imports: upload with a progress bar while the job runs, then the per-row error file', async () => {
    const { context, page } = await newPage(env, { ...DESKTOP, acceptDownloads: true });
    try {
      const cmef = await demoFair(env, 'CMEF 2017');
      await signInAt(env, page, 'manager', 'imports');
      expect(await seriousViolations(page)).toEqual([]);
      const csv = join(ARTIFACTS_DIR, 'dashboard-import.csv');
      writeFileSync(
        csv,
        ['Company,Country,Date,Amount,Currency,Stage,Type', '"Pulsemate Co., Ltd.",CN,2017-05-16 10:00:00,1000.00,USD,consulted,booth', 'No Such Company,CN,2017-05-16 11:00:00,5.00,USD,consulted,booth', ''].join('\n'),
      );
      // The first status answer is shown as "running, half done", so the bar is seen however fast the worker is.
      let held = false;
      await page.route('**/v1/imports/*', async (route) => {
        const response = await route.fetch();
        if (held || route.request().method() !== 'GET') return route.fulfill({ response });
        held = true;
        const body = { ...((await response.json()) as Record<string, unknown>), state: 'running', progress: 0.5 };
        return route.fulfill({ response, json: body });
      });
      const posts: { key: string | undefined }[] = [];
      page.on('request', (request) => void (request.method() === 'POST' && request.url().endsWith('/v1/imports') && posts.push({ key: request.headers()['idempotency-key'] })));

      await page.getByLabel('Fair').selectOption(cmef.id);
      await page.getByLabel('File (.csv or .xlsx)').setInputFiles(csv);
      await page.getByRole('button', { name: 'Upload' }).click();
      const bar = page.getByRole('progressbar', { name: 'Import progress' });
      await bar.waitFor();
      await expect(bar.getAttribute('value')).resolves.toBe('50');
      await page.getByText('Completed').waitFor();
      await bar.waitFor({ state: 'detached' });
      await page.getByText(/^2 of 2 rows · 1 created · 0 duplicates · 1 rejected$/).waitFor();
      expect(posts).toHaveLength(1);
      expect(posts[0].key).toMatch(/^[0-9a-f-]{36}$/);

      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download the rejected rows (CSV)' }).click()]);
      expect(download.suggestedFilename()).toBe('import-errors.csv');
      const errors = readFileSync(await download.path(), 'utf8');
      expect(errors).toMatch(/No Such Company|company/i);
      expect(errors.trim().split('\n')).toHaveLength(2);
    } finally {
      await context.close();
    }
  });

  it('users: an admin creates a user, changes the role and disables them; the page passes axe', async () => {
    const { context, page } = await newPage(env, DESKTOP);
    try {
      await signInAt(env, page, 'admin', 'admin/users');
      await page.getByRole('table', { name: 'Users' }).waitFor();
      expect(await seriousViolations(page)).toEqual([]);
      await page.getByLabel('Email').fill('new.staff@wonju.demo');
      await page.getByLabel('Name').fill('New Staff');
      await page.getByLabel('Password').fill('a-long-enough-password');
      await page.getByRole('button', { name: 'Create' }).click();
      await page.getByRole('status').filter({ hasText: 'Created new.staff@wonju.demo.' }).waitFor();
      const row = page.locator('tbody tr', { has: page.getByRole('rowheader', { name: 'new.staff@wonju.demo' }) });
      await row.getByLabel('Role of new.staff@wonju.demo').selectOption('manager');
      await expect(row.getByLabel('Role of new.staff@wonju.demo').inputValue()).resolves.toBe('manager');
      await row.getByRole('button', { name: 'Disable new.staff@wonju.demo' }).click();
      await row.getByText('Disabled').waitFor();

      const login = await fetch(`${env.apiUrl}/v1/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: 'new.staff@wonju.demo', password: 'a-long-enough-password' }),
      });
      expect(login.status).toBe(401);
    } finally {
      await context.close();
    }
  });
});
