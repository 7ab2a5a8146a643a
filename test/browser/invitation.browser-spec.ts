import { expect, jest } from '@jest/globals';
import { apiCall, apiToken, newPage, signIn, startBrowserEnv, type BrowserEnv } from '../support/browser.js';
import { seriousViolations } from '../support/dashboard.js';
import { startSmtpServer, type ReceivedMail, type TestSmtpServer } from '../support/smtp-server.js';

// A browser page waits on real processes; the whole environment starts in beforeAll.
jest.setTimeout(60_000);

const PUBLIC_URL = 'https://pavilion.example';
const PASSWORD = 'the-invitees-own-password';

/** An admin invites by email (through the API); the invitee opens the mailed link, sets a password once and signs in. */
describe('invitation (browser)', () => {
  let smtp: TestSmtpServer;
  let env: BrowserEnv;
  let adminToken: string;
  beforeAll(async () => {
    smtp = await startSmtpServer();
    env = await startBrowserEnv({ SMTP_URL: smtp.url, PUBLIC_URL });
    adminToken = await apiToken(env, 'admin');
  }, 120_000);
  afterAll(async () => {
    await env?.close();
    await smtp?.close();
  });

  const invite = (email: string, language: 'ko' | 'en') =>
    apiCall<{ id: string; status: string }>(env, adminToken, 'POST', '/v1/invitations', { email, role: 'staff', language, name: 'Invited Person' });
  /** PUBLIC_URL names the deployment; here the app runs on a test port, so open the link's path there. */
  const localLink = (mail: ReceivedMail) => {
    const link = new URL(mail.link ?? '');
    return `${new URL(env.appUrl).origin}${link.pathname}${link.hash}`;
  };

  it('sets a password with the mailed link, signs in with it, and says the link was used when it is opened again', async () => {
    const email = `invitee.${Date.now().toString(36)}@mail.test`;
    const invitation = await invite(email, 'en');
    expect(invitation.status).toBe('pending');
    const [mail] = await smtp.waitForMails(email);
    expect(mail.language).toBe('en');
    expect(mail.subject).toMatch(/^\[Pavilion\] You are invited to /);
    expect(mail.link).toMatch(new RegExp(`^${PUBLIC_URL}/app/invitation#token=[A-Za-z0-9_-]{43}$`));
    const link = localLink(mail);

    const { context, page } = await newPage(env);
    try {
      await page.goto(link);
      await page.getByRole('heading', { name: 'Welcome to Pavilion' }).waitFor();
      expect(await seriousViolations(page)).toEqual([]);
      await page.getByLabel('New password', { exact: true }).fill(PASSWORD);
      await page.getByLabel('Repeat the new password', { exact: true }).fill(PASSWORD);
      await page.getByRole('button', { name: 'Set password and activate' }).click();
      await expect(page.getByRole('status').textContent()).resolves.toMatch(/Your account is active/);
      expect(await seriousViolations(page)).toEqual([]);

      await signIn(env, page, { email, password: PASSWORD });
      await page.getByRole('heading', { name: 'Booth' }).waitFor();
    } finally {
      await context.close();
    }
    expect(await apiCall(env, adminToken, 'GET', `/v1/invitations/${invitation.id}`)).toMatchObject({ status: 'accepted' });

    // Opened again from the mail, in another browser context: refused, and the password stays.
    const again = await newPage(env);
    try {
      await again.page.goto(link);
      await again.page.getByLabel('New password', { exact: true }).fill('a-password-set-twice-1');
      await again.page.getByLabel('Repeat the new password', { exact: true }).fill('a-password-set-twice-1');
      await again.page.getByRole('button', { name: 'Set password and activate' }).click();
      await expect(again.page.getByRole('alert').textContent()).resolves.toMatch(/used already/);
      expect(await seriousViolations(again.page)).toEqual([]);

      await signIn(env, again.page, { email, password: 'a-password-set-twice-1' });
      await expect(again.page.getByRole('alert').textContent()).resolves.toMatch(/Wrong email or password/);
    } finally {
      await again.context.close();
    }
    expect(smtp.mailsTo(email)).toHaveLength(1);
  });

  it('speaks Korean to a Korean invitee, in the mail and on the page', async () => {
    const email = `korean.${Date.now().toString(36)}@mail.test`;
    await invite(email, 'ko');
    const [mail] = await smtp.waitForMails(email);
    expect(mail.language).toBe('ko');
    expect(mail.subject).toMatch(/초대되었습니다$/);

    const { context, page } = await newPage(env, { locale: 'ko-KR' });
    try {
      await page.goto(localLink(mail));
      await page.getByRole('heading', { name: 'Pavilion에 오신 것을 환영합니다' }).waitFor();
      await page.getByLabel('새 비밀번호', { exact: true }).fill(PASSWORD);
      await page.getByLabel('새 비밀번호 확인', { exact: true }).fill(PASSWORD);
      await page.getByRole('button', { name: '비밀번호 설정 및 계정 활성화' }).click();
      await expect(page.getByRole('status').textContent()).resolves.toMatch(/계정이 활성화되었습니다/);
    } finally {
      await context.close();
    }
  });
});
