import { AxeBuilder } from '@axe-core/playwright';
import { expect, jest } from '@jest/globals';
import type { Page } from 'playwright-core';
import { apiCall, apiToken, ARTIFACTS_DIR, consultationsOf, fairOnToday, newPage, PHONE, signIn, startBrowserEnv, type BrowserEnv } from '../support/browser.js';

// A browser page waits on real processes; the whole environment starts in beforeAll.
jest.setTimeout(90_000);

/** Picks the booth's fair and company (once: the app remembers them). */
async function setUpBooth(page: Page, fairName: string, companyName: string): Promise<void> {
  await page.getByLabel('Fair').selectOption({ label: fairName });
  await page.getByLabel('Company').selectOption({ label: companyName });
}

async function logConsultation(page: Page, input: { country?: string; email?: string; amount?: string; currency?: string }): Promise<void> {
  if (input.email) await page.getByLabel('Buyer email').fill(input.email);
  if (input.country) await page.getByLabel('Buyer country').selectOption(input.country);
  if (input.amount) await page.getByLabel('Amount').fill(input.amount);
  if (input.currency) await page.getByLabel('Currency').selectOption(input.currency);
  await page.getByRole('button', { name: 'Log consultation' }).click();
}

async function waitForStatus(page: Page, text: string): Promise<void> {
  await page.waitForFunction((expected) => document.querySelector('[role=status]')?.textContent === expected, text, { timeout: 30_000 });
}

/** No serious or critical accessibility violation on the page as it is now. */
async function seriousViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).analyze();
  return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.help}`);
}

describe('booth capture (browser, phone)', () => {
  let env: BrowserEnv;
  let fair: Awaited<ReturnType<typeof fairOnToday>>;
  let offlineFair: Awaited<ReturnType<typeof fairOnToday>>;
  let refusedFair: Awaited<ReturnType<typeof fairOnToday>>;
  let koreanFair: Awaited<ReturnType<typeof fairOnToday>>;
  let editFair: Awaited<ReturnType<typeof fairOnToday>>;
  let slowFair: Awaited<ReturnType<typeof fairOnToday>>;
  beforeAll(async () => {
    env = await startBrowserEnv();
    // One fair per test, so each counts exactly what it logged.
    fair = await fairOnToday(env, 'Booth Test Fair');
    offlineFair = await fairOnToday(env, 'Offline Fair');
    refusedFair = await fairOnToday(env, 'Refusal Fair');
    koreanFair = await fairOnToday(env, 'Korean Fair');
    editFair = await fairOnToday(env, 'Edit Fair');
    slowFair = await fairOnToday(env, 'Slow Phone Fair');
  }, 120_000);
  afterAll(async () => {
    await env?.close();
  });

  it('logs a consultation online: it shows in today’s tally and the API holds it', async () => {
    const { context, page } = await newPage(env);
    try {
      await signIn(env, page, 'staff');
      await setUpBooth(page, 'Booth Test Fair', fair.companies[0].name);
      await logConsultation(page, { country: 'CN', amount: '12500.50', currency: 'USD' });
      await waitForStatus(page, 'All synced');
      await page.getByTestId('tally-booth').getByText('1 consultation · $12,500.50').waitFor();
      await page.getByTestId('tally-mine').getByText('1 consultation · $12,500.50').waitFor();

      const held = await consultationsOf(env, fair.fairId);
      expect(held.map((c) => [c.buyerCountry, c.estimatedValue])).toEqual([['CN', { amount: '12500.50', currency: 'USD' }]]);

      // The second one, after a reload: the session (refresh cookie) and the fair and company are
      // remembered, so two fields and one tap.
      await page.reload();
      await logConsultation(page, { country: 'VN', amount: '1000' });
      await waitForStatus(page, 'All synced');
      await page.getByTestId('tally-booth').getByText('2 consultations · $13,500.50').waitFor();

      // A colleague (the manager, through the API) logs one at the same booth: the booth's tally counts it, "mine" does not.
      const manager = await apiToken(env, 'manager');
      await apiCall(env, manager, 'POST', '/v1/consultations', {
        fairId: fair.fairId,
        companyId: fair.companies[0].id,
        buyerCountry: 'IN',
        estimatedValue: { amount: '0.10', currency: 'USD' },
      });
      await page.reload();
      await page.getByTestId('tally-booth').getByText('3 consultations · $13,500.60').waitFor();
      await page.getByTestId('tally-mine').getByText('2 consultations · $13,500.50').waitFor();
      await page.screenshot({ path: `${ARTIFACTS_DIR}booth-phone.png`, fullPage: true });
    } finally {
      await context.close();
    }
  });

  it('offline: three logged, a reload offline keeps them, back online the server holds exactly three, though the first answer was lost', async () => {
    const { context, page } = await newPage(env);
    try {
      await signIn(env, page, 'staff');
      await setUpBooth(page, 'Offline Fair', offlineFair.companies[0].name);
      // The service worker has cached the app shell once it is active.
      await page.evaluate(async () => void (await navigator.serviceWorker.ready));

      await context.setOffline(true);
      await logConsultation(page, { country: 'KR', amount: '100' });
      await logConsultation(page, { country: 'JP', amount: '200' });
      await logConsultation(page, { country: 'DE', amount: '300.25' });
      await waitForStatus(page, '3 waiting to sync');

      await page.reload(); // still offline: the shell comes from the service worker, the queue from IndexedDB
      await waitForStatus(page, '3 waiting to sync');
      expect(await page.getByRole('heading', { name: 'Booth' }).isVisible()).toBe(true);

      // The first send reaches the server, which logs it, but its answer never arrives.
      let lost = 0;
      // context.route: the page's fetches pass through the service worker, which page.route does not see.
      await context.route('**/v1/consultations', async (route) => {
        if (route.request().method() === 'POST' && lost === 0) {
          lost += 1;
          await route.fetch();
          await route.abort('connectionreset');
          return;
        }
        await route.fallback();
      });
      // Back online: the refresh cookie brings the session back and the outbox is sent, no sign-in.
      await context.setOffline(false);
      await waitForStatus(page, 'All synced');
      expect(await page.getByRole('button', { name: 'Sign in' }).count()).toBe(0);

      expect(lost).toBe(1);
      const held = await consultationsOf(env, offlineFair.fairId);
      expect(held.map((c) => `${c.buyerCountry} ${c.estimatedValue?.amount}`).sort()).toEqual(['DE 300.25', 'JP 200.00', 'KR 100.00']);
    } finally {
      await context.close();
    }
  });

  it('a slow phone: what staff type for the next buyer while one is being stored is kept and logged', async () => {
    const { context, page } = await newPage(env);
    try {
      // IndexedDB answers each write 800 ms late, as on a busy phone (a CI run once did so by itself).
      await context.addInitScript(() => {
        const put = IDBObjectStore.prototype.put;
        IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
          const request = put.apply(this, args);
          const listen = request.addEventListener.bind(request);
          request.addEventListener = ((type: string, listener: (event: Event) => void, options?: AddEventListenerOptions) =>
            listen(type, type === 'success' ? (event: Event) => setTimeout(() => listener(event), 800) : listener, options)) as typeof request.addEventListener;
          return request;
        };
      });
      await signIn(env, page, 'staff');
      await setUpBooth(page, 'Slow Phone Fair', slowFair.companies[0].name);
      await logConsultation(page, { country: 'KR', amount: '100' });
      // At once, while the first is still being stored: the form is already clear for the next buyer.
      expect(await page.getByLabel('Amount').inputValue()).toBe('');
      await logConsultation(page, { country: 'JP', amount: '200' });
      await waitForStatus(page, 'All synced');
      await page.getByTestId('tally-booth').getByText('2 consultations · $300.00').waitFor();

      const held = await consultationsOf(env, slowFair.fairId);
      expect(held.map((c) => `${c.buyerCountry} ${c.estimatedValue?.amount}`).sort()).toEqual(['JP 200.00', 'KR 100.00']);
    } finally {
      await context.close();
    }
  });

  it('a consultation the server refuses shows "needs attention" with the field it named, survives a reload, and is sent once corrected', async () => {
    const { context, page } = await newPage(env);
    try {
      await signIn(env, page, 'staff');
      await setUpBooth(page, 'Refusal Fair', refusedFair.companies[0].name);
      // The demo agency has no EUR rate: the API answers 422 naming estimatedValue.currency.
      await logConsultation(page, { country: 'FR', amount: '5000', currency: 'EUR' });
      await waitForStatus(page, '1 needs attention');
      const item = page.locator('li.attention');
      await item.getByText('needs attention').waitFor();
      expect(await item.textContent()).toMatch(/Currency: no EUR rate dated on or before/);

      await page.reload(); // the refused item is still there
      await waitForStatus(page, '1 needs attention');
      await item.getByRole('button', { name: 'Edit and resend' }).click();
      await item.getByLabel('Currency').selectOption('USD');
      await item.getByRole('button', { name: 'Resend' }).click();
      await waitForStatus(page, 'All synced');
      const held = await consultationsOf(env, refusedFair.fairId);
      expect(held.map((c) => [c.buyerCountry, c.estimatedValue])).toEqual([['FR', { amount: '5000.00', currency: 'USD' }]]);
    } finally {
      await context.close();
    }
  });

  it('the Korean locale shows Korean labels and KRW without decimals', async () => {
    const { context, page } = await newPage(env, { ...PHONE, locale: 'ko-KR' });
    try {
      await signIn(env, page, 'staff', { email: '이메일', password: '비밀번호', submit: '로그인' });
      await page.getByLabel('전시회').selectOption({ label: 'Korean Fair' });
      await page.getByLabel('참가기업').selectOption({ label: koreanFair.companies[0].name });
      await page.getByLabel('바이어 국가').selectOption('CN');
      await page.getByLabel('상담액').fill('1500000');
      await page.getByLabel('통화').selectOption('KRW');
      await page.getByRole('button', { name: '상담 기록' }).click();
      await waitForStatus(page, '모두 동기화됨');
      const entry = page.locator('section[aria-labelledby=entries-title] li').first();
      await entry.getByText('₩1,500,000').waitFor();
      expect(await entry.textContent()).not.toMatch(/1,500,000\./);
      // 1,500,000 KRW at the demo's KRW 1130.00 per USD.
      await page.getByTestId('tally-booth').getByText('US$1,327.43').waitFor();
    } finally {
      await context.close();
    }
  });

  it('axe finds no serious or critical violation on the sign-in and booth pages', async () => {
    const { context, page } = await newPage(env);
    try {
      await page.goto(env.appUrl);
      await page.getByRole('button', { name: 'Sign in' }).waitFor();
      expect(await seriousViolations(page)).toEqual([]);
      await signIn(env, page, 'staff');
      await page.getByLabel('Fair').waitFor();
      expect(await seriousViolations(page)).toEqual([]);
      await setUpBooth(page, 'Booth Test Fair', fair.companies[0].name);
      await page.getByRole('button', { name: 'Log consultation' }).waitFor();
      expect(await seriousViolations(page)).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it("today's entries: edit with If-Match, a 412 says someone else changed it and offers a reload, delete", async () => {
    const { context, page } = await newPage(env);
    try {
      await signIn(env, page, 'staff');
      await setUpBooth(page, 'Edit Fair', editFair.companies[0].name);
      await logConsultation(page, { country: 'AE', amount: '100', currency: 'USD' });
      await waitForStatus(page, 'All synced');
      const entry = page.locator('section[aria-labelledby=entries-title] li').first();
      await entry.getByText('$100.00').waitFor();

      await entry.getByRole('button', { name: 'Edit' }).click();
      await entry.getByLabel('Amount').fill('150');
      await entry.getByRole('button', { name: 'Save' }).click();
      await entry.getByText('$150.00').waitFor();
      const [held] = await consultationsOf(env, editFair.fairId);
      expect(held.estimatedValue).toEqual({ amount: '150.00', currency: 'USD' });

      // A manager changes it meanwhile; the booth still shows the version it read.
      const manager = await apiToken(env, 'manager');
      const current = await apiCall<{ version: number }>(env, manager, 'GET', `/v1/consultations/${held.id}`);
      const response = await fetch(`${env.apiUrl}/v1/consultations/${held.id}`, {
        method: 'PATCH',
        headers: { authorization: `Bearer ${manager}`, 'content-type': 'application/json', 'if-match': `"${current.version}"` },
        body: JSON.stringify({ estimatedValue: { amount: '999.00', currency: 'USD' } }),
      });
      expect(response.status).toBe(200);
      await entry.getByRole('button', { name: 'Edit' }).click();
      await entry.getByLabel('Amount').fill('175');
      await entry.getByRole('button', { name: 'Save' }).click();
      await entry.getByText('Someone else changed this consultation').waitFor();
      await entry.getByRole('button', { name: 'Reload' }).click();
      await entry.getByText('$999.00').waitFor();
      expect((await consultationsOf(env, editFair.fairId))[0].estimatedValue).toEqual({ amount: '999.00', currency: 'USD' });

      await entry.getByRole('button', { name: 'Delete' }).click();
      await entry.getByRole('button', { name: 'Yes, delete' }).click();
      await page.getByText('No consultations yet today.').waitFor();
      expect(await consultationsOf(env, editFair.fairId)).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
