import { expect, jest } from '@jest/globals';
import { newPage, signIn, startBrowserEnv, type BrowserEnv } from '../support/browser.js';

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
      await page.goto(env.appUrl);
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
});
