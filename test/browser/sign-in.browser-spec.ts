import { expect, jest } from '@jest/globals';
import { apiCall, apiToken, launchChromium, newPage, PHONE, signIn, startBrowserEnv, type BrowserEnv } from '../support/browser.js';

// A browser page waits on real processes; the whole environment starts in beforeAll.
jest.setTimeout(60_000);

describe('signing in (browser)', () => {
  let env: BrowserEnv;
  beforeAll(async () => {
    env = await startBrowserEnv();
  }, 120_000);
  afterAll(async () => {
    await env?.close();
  });

  it('staff signs in on a phone (390×844) and lands on the booth, with the staff navigation only', async () => {
    const { context, page } = await newPage(env);
    try {
      const page0 = await page.goto(env.appUrl);
      // The app runs under a policy with no inline script at all.
      expect(page0?.headers()['content-security-policy']).toMatch(/script-src 'self';/);
      expect(page0?.headers()['content-security-policy']).not.toMatch(/unsafe-inline/);
      // Not signed in: the app shows sign-in (the refresh attempt on load found no session).
      await page.getByRole('button', { name: 'Sign in' }).waitFor();
      expect(page.url()).toBe(`${env.appUrl}sign-in`);

      await signIn(env, page, 'staff');
      await page.getByRole('heading', { name: 'Booth' }).waitFor();
      expect(new URL(page.url()).pathname).toBe('/app/booth');
      const nav = page.getByRole('navigation', { name: 'Main' });
      expect(await nav.getByRole('link').allTextContents()).toEqual(['Booth', 'Consultations', 'Contracts']);
      expect(await page.evaluate(() => window.innerWidth)).toBe(390);
      // Nothing secret in storage: the access token lives in memory only.
      const stored = await page.evaluate(() => JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage }));
      expect(stored).not.toMatch(/eyJ/);
    } finally {
      await context.close();
    }
  });

  it('a wrong password is refused on the page, and a manager sees the dashboard navigation', async () => {
    const { context, page } = await newPage(env);
    try {
      await page.goto(env.appUrl);
      await page.getByLabel('Email').fill(env.user('manager').email);
      await page.getByLabel('Password').fill('not-the-password');
      await page.getByRole('button', { name: 'Sign in' }).click();
      await expect(page.getByRole('alert').textContent()).resolves.toMatch(/Wrong email or password/);

      await signIn(env, page, 'manager');
      await page.getByRole('heading', { name: 'Fairs by year' }).waitFor();
      const nav = page.getByRole('navigation', { name: 'Main' });
      expect(await nav.getByRole('link').allTextContents()).toEqual(['Booth', 'Fairs', 'Consultations', 'Contracts', 'Imports']);
    } finally {
      await context.close();
    }
  });

  it('a refresh token survives a browser restart within its lifetime; after logout or disabling the user it is refused', async () => {
    // Signed in, then the browser is closed and started again with the cookies it had on disk.
    const first = await newPage(env);
    await signIn(env, first.page, 'staff');
    await first.page.getByRole('heading', { name: 'Booth' }).waitFor();
    const saved = await first.context.storageState();
    expect(saved.cookies.find((c) => c.name === 'pavilion_refresh')).toMatchObject({ httpOnly: true, secure: true, sameSite: 'Strict', path: '/v1/auth/refresh' });
    await env.browser.close();
    env.browser = await launchChromium();

    const restarted = await newPage(env, { ...PHONE, storageState: saved });
    await restarted.page.goto(env.appUrl);
    await restarted.page.getByRole('heading', { name: 'Booth' }).waitFor();
    expect(await restarted.page.getByRole('button', { name: 'Sign in' }).count()).toBe(0);

    // Sign out revokes it: the cookie as it was just before (already rotated once) opens nothing.
    const beforeLogout = await restarted.context.storageState();
    await restarted.page.getByRole('button', { name: 'Sign out' }).click();
    await restarted.page.getByRole('button', { name: 'Sign in' }).waitFor();
    const replayed = await newPage(env, { ...PHONE, storageState: beforeLogout });
    await replayed.page.goto(env.appUrl);
    await replayed.page.getByRole('button', { name: 'Sign in' }).waitFor();
    expect(new URL(replayed.page.url()).pathname).toBe('/app/sign-in');
    await Promise.all([first.context.close(), restarted.context.close(), replayed.context.close()]);

    // A disabled user's refresh token is refused too.
    const admin = await apiToken(env, 'admin');
    const user = { email: `booth.${Date.now()}@wonju.demo`, password: 'a-long-enough-password' };
    const created = await apiCall<{ id: string; version: number }>(env, admin, 'POST', '/v1/users', { ...user, role: 'staff', name: 'Temporary Staff' });
    const own = await newPage(env);
    await signIn(env, own.page, user);
    await own.page.getByRole('heading', { name: 'Booth' }).waitFor();
    const ownState = await own.context.storageState();
    await own.context.close();
    await apiCall(env, admin, 'PATCH', `/v1/users/${created.id}`, { disabled: true });
    const again = await newPage(env, { ...PHONE, storageState: ownState });
    await again.page.goto(env.appUrl);
    await again.page.getByRole('button', { name: 'Sign in' }).waitFor();
    expect(new URL(again.page.url()).pathname).toBe('/app/sign-in');
    await again.context.close();
  });
});
