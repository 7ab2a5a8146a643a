import { expect, jest } from '@jest/globals';
import { newPage, signIn, startBrowserEnv, type BrowserEnv } from '../support/browser.js';
import { startSmtpServer, type TestSmtpServer } from '../support/smtp-server.js';

// A browser page waits on real processes; the whole environment starts in beforeAll.
jest.setTimeout(60_000);

const PUBLIC_URL = 'https://pavilion.example';
const NEW_PASSWORD = 'a-new-password-from-the-mail';

/** "Forgot password?" from the sign-in page to a new password, reading the mail from an in-process SMTP server. */
describe('password reset (browser)', () => {
  let smtp: TestSmtpServer;
  let env: BrowserEnv;
  beforeAll(async () => {
    smtp = await startSmtpServer();
    env = await startBrowserEnv({ SMTP_URL: smtp.url, PUBLIC_URL });
  }, 120_000);
  afterAll(async () => {
    await env?.close();
    await smtp?.close();
  });

  it('asks for a link on the sign-in page, sets a new password with the mailed link once, and signs in with it', async () => {
    const staff = env.user('staff');
    const { context, page } = await newPage(env);
    try {
      await page.goto(env.appUrl);
      await page.getByRole('link', { name: 'Forgot password?' }).click();
      await page.getByRole('heading', { name: 'Reset your password' }).waitFor();
      expect(new URL(page.url()).pathname).toBe('/app/reset-password');
      await page.getByLabel('Email', { exact: true }).fill(staff.email);
      await page.getByRole('button', { name: 'Send the link' }).click();
      await expect(page.getByRole('status').textContent()).resolves.toMatch(/If an account has this email/);

      // The demo users read Pavilion in Korean: so does the mail.
      const [mail] = await smtp.waitForMails(staff.email);
      expect(mail.language).toBe('ko');
      expect(mail.subject).toBe('[Pavilion] 비밀번호 재설정');
      expect(mail.link).toMatch(new RegExp(`^${PUBLIC_URL}/app/reset-password#token=`));
      // PUBLIC_URL names the deployment; here the app runs on a test port, so open the link's path there.
      const link = new URL(mail.link ?? '');
      const local = `${new URL(env.appUrl).origin}${link.pathname}${link.hash}`;

      await page.goto(local);
      await page.getByLabel('New password', { exact: true }).fill(NEW_PASSWORD);
      await page.getByLabel('Repeat the new password', { exact: true }).fill(NEW_PASSWORD);
      await page.getByRole('button', { name: 'Set the new password' }).click();
      await expect(page.getByRole('status').textContent()).resolves.toMatch(/Your password is changed/);

      // The link works once (reloaded: the page is at this very URL already).
      await page.reload();
      await page.getByLabel('New password', { exact: true }).fill('yet-another-new-password');
      await page.getByLabel('Repeat the new password', { exact: true }).fill('yet-another-new-password');
      await page.getByRole('button', { name: 'Set the new password' }).click();
      await expect(page.getByRole('alert').textContent()).resolves.toMatch(/used already/);

      await signIn(env, page, { email: staff.email, password: staff.password });
      await expect(page.getByRole('alert').textContent()).resolves.toMatch(/Wrong email or password/);
      await signIn(env, page, { email: staff.email, password: NEW_PASSWORD });
      await page.getByRole('heading', { name: 'Booth' }).waitFor();
      expect(smtp.mailsTo(staff.email)).toHaveLength(1);
    } finally {
      await context.close();
    }
  });

  it('speaks Korean to a Korean browser', async () => {
    const { context, page } = await newPage(env, { locale: 'ko-KR' });
    try {
      await page.goto(env.appUrl);
      await page.getByRole('link', { name: '비밀번호를 잊으셨나요?' }).click();
      await page.getByRole('heading', { name: '비밀번호 재설정' }).waitFor();
      await page.getByRole('button', { name: '링크 보내기' }).waitFor();
    } finally {
      await context.close();
    }
  });
});
