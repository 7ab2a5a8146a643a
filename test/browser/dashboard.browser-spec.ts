import { expect, jest } from '@jest/globals';
import { parse as parseContentDisposition } from 'content-disposition';
import ExcelJS from 'exceljs';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { ARTIFACTS_DIR, newPage, startBrowserEnv, type BrowserEnv } from '../support/browser.js';
import { call, demoFair, outcomesSettled, seriousViolations, signInAt, tokenFor } from '../support/dashboard.js';

// A browser page waits on real processes; the whole environment starts in beforeAll.
jest.setTimeout(90_000);

const DESKTOP = { viewport: { width: 1440, height: 900 } };

/** The cells (after the row header) of the published table's row named `label`. */
const headlineRow = (page: Page, label: string) =>
  page.locator('table.headline tbody tr', { has: page.getByRole('rowheader', { name: label, exact: true }) }).getByRole('cell');

/** Every sheet of a workbook as rows of cell values, so two files written at different moments compare by content. */
async function sheets(bytes: Buffer): Promise<Record<string, unknown[][]>> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  const out: Record<string, unknown[][]> = {};
  workbook.eachSheet((sheet) => {
    const rows: unknown[][] = [];
    sheet.eachRow({ includeEmpty: true }, (row) => rows.push(JSON.parse(JSON.stringify(row.values)) as unknown[]));
    out[sheet.name] = rows;
  });
  return out;
}

/** A report as the API serves it: its bytes and the file name its Content-Disposition gives. */
async function apiFile(env: BrowserEnv, path: string): Promise<{ bytes: Buffer; fileName: string }> {
  const response = await fetch(`${env.apiUrl}${path}`, { headers: { authorization: `Bearer ${await tokenFor(env, 'manager')}` } });
  expect(response.status).toBe(200);
  const fileName = String(parseContentDisposition(response.headers.get('content-disposition') ?? '').parameters.filename);
  return { bytes: Buffer.from(await response.arrayBuffer()), fileName };
}

describe('managers’ outcome dashboard (browser)', () => {
  let env: BrowserEnv;
  let cmef: { id: string; startsOn: string; timezone: string };
  beforeAll(async () => {
    env = await startBrowserEnv();
    cmef = await demoFair(env, 'CMEF 2017');
    await outcomesSettled(env);
  }, 180_000);
  afterAll(async () => {
    await env?.close();
  });

  it('fairs by year lists the demo fairs of 2017 with their headline figures and links to each', async () => {
    const { context, page } = await newPage(env, DESKTOP);
    try {
      await signInAt(env, page, 'manager', 'fairs');
      await expect(page.getByLabel('Year').inputValue()).resolves.toBe('2017');
      const row = page.locator('table.fairs tbody tr', { has: page.getByRole('link', { name: 'CMEF 2017' }) });
      await row.waitFor();
      expect(await row.getByRole('cell').allTextContents()).toEqual([
        'May 15, 2017 – May 18, 2017',
        '7',
        '360',
        '$10,450,000.00',
        '38',
        '$3,090,000.00',
        '0',
        '$0.00',
      ]);
      expect(await page.locator('table.fairs tbody tr').count()).toBe(3);
      expect(await seriousViolations(page)).toEqual([]);
      await page.getByRole('link', { name: 'CMEF 2017' }).click();
      await page.getByRole('heading', { name: 'CMEF 2017', level: 1 }).waitFor();
      expect(new URL(page.url()).pathname).toBe(`/app/fairs/${cmef.id}`);
    } finally {
      await context.close();
    }
  });

  it('the CMEF 2017 page reads 7 companies, 360 consultations, $10,450,000.00, 38 signed, $3,090,000.00, and a consultation logged elsewhere shows within 5 s without a reload', async () => {
    const { context, page } = await newPage(env, DESKTOP);
    try {
      await signInAt(env, page, 'manager', `fairs/${cmef.id}`);
      await headlineRow(page, 'Companies').first().waitFor();
      expect(await headlineRow(page, 'Companies').first().textContent()).toBe('7');
      expect(await headlineRow(page, 'Consultations').allTextContents()).toEqual(['360', '$10,450,000.00', '₩11,808,500,000']);
      expect((await headlineRow(page, 'Contracts signed').allTextContents()).slice(0, 2)).toEqual(['38', '$3,090,000.00']);
      await expect(page.locator('.freshness').textContent()).resolves.toMatch(/^Computed \d+ (second|minute|hour)s? ago · Up to date$/);
      // Home currency at the fair's pinned rate, with the rate's date.
      await expect(page.getByText(/^In KRW at 1,130 per US dollar, the rate of Jan 1, 2017/).count()).resolves.toBe(1);

      await page.evaluate(() => ((window as unknown as { notReloaded: boolean }).notReloaded = true));
      const staff = await tokenFor(env, 'staff');
      const participants = await call<{ data: { companyId: string }[] }>(env, staff, 'GET', `/v1/fairs/${cmef.id}/participants`);
      await call(env, staff, 'POST', '/v1/consultations', {
        fairId: cmef.id,
        companyId: participants.data[0].companyId,
        buyerCountry: 'VN',
        occurredAt: `${cmef.startsOn}T03:00:00Z`,
        estimatedValue: { amount: '1234.56', currency: 'USD' },
      });
      // The requirement: the new count shows within 5 seconds, with no reload.
      await headlineRow(page, 'Consultations').first().filter({ hasText: /^361$/ }).waitFor({ timeout: 5000 });
      await headlineRow(page, 'Consultations').nth(1).filter({ hasText: '$10,451,234.56' }).waitFor({ timeout: 5000 });
      expect(await page.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded)).toBe(true);
    } finally {
      await context.close();
    }
  });

  it('the XLSX download from the page is, sheet for sheet, the report the API serves, and the CSV is the same bytes', async () => {
    const { context, page } = await newPage(env, { ...DESKTOP, acceptDownloads: true });
    try {
      await signInAt(env, page, 'manager', `fairs/${cmef.id}`);
      await page.locator('.freshness', { hasText: 'Up to date' }).waitFor();

      const [xlsx] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download XLSX report' }).click()]);
      const fromPage = readFileSync(await xlsx.path());
      const fromApi = await apiFile(env, `/v1/fairs/${cmef.id}/outcomes/report.xlsx`);
      expect(fromApi.fileName).toMatch(/^cmef-2017-.+\.xlsx$/);
      expect(xlsx.suggestedFilename()).toBe(fromApi.fileName);
      const pageSheets = await sheets(fromPage);
      expect(Object.keys(pageSheets).length).toBeGreaterThan(1);
      expect(pageSheets).toEqual(await sheets(fromApi.bytes));

      const [csv] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download CSV report' }).click()]);
      const csvFromPage = readFileSync(await csv.path());
      const csvFromApi = await apiFile(env, `/v1/fairs/${cmef.id}/outcomes/report.csv`);
      expect(csv.suggestedFilename()).toBe(csvFromApi.fileName);
      expect(csvFromPage.length).toBeGreaterThan(0);
      expect(csvFromPage.equals(csvFromApi.bytes)).toBe(true);
    } finally {
      await context.close();
    }
  });

  it('every chart has its numbers as a table; the fair page has no serious axe violation; a 1440×900 screenshot is written', async () => {
    const { context, page } = await newPage(env, DESKTOP);
    try {
      await signInAt(env, page, 'manager', `fairs/${cmef.id}`);
      const figures = page.locator('figure.chart-figure');
      await figures.nth(4).locator('table').waitFor({ state: 'attached' });
      expect(await page.locator('figure.chart-figure figcaption h3').allTextContents()).toEqual([
        'By company',
        'By buyer country',
        'By fair-local day',
        'Matchmaking meetings',
        'CMEF year over year',
      ]);
      // The charts are drawn (SVG) and each figure carries a real table, reachable by name.
      await page.locator('figure.chart-figure .chart svg').first().waitFor();
      const byCompany = page.getByRole('table', { name: 'By company' });
      expect(await byCompany.getByRole('row').count()).toBe(1 + 7);
      expect(await page.getByRole('table', { name: 'Matchmaking meetings' }).getByRole('rowheader').allTextContents()).toEqual(['Requested', 'Held', 'No-show']);
      await page.getByRole('button', { name: 'Show the numbers' }).first().click();
      await expect(byCompany.isVisible()).resolves.toBe(true);
      await page.getByRole('button', { name: 'Hide the numbers' }).click();

      expect(await seriousViolations(page)).toEqual([]);
      await page.screenshot({ path: join(ARTIFACTS_DIR, 'fair-dashboard-desktop.png') });
    } finally {
      await context.close();
    }
  });
});
