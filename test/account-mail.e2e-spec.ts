import { createHash } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { INestApplicationContext } from '@nestjs/common';
import { SweepMailJob } from '../src/mail/jobs/sweep-mail.job.js';
import { Mailer } from '../src/mail/mailer.js';
import { PasswordResetsService } from '../src/password-resets/password-resets.service.js';
import { findInDatabase } from './support/database-grep.js';
import { client, type Client } from './support/http.js';
import { startSmtpServer, tokenOf, type TestSmtpServer } from './support/smtp-server.js';
import { bearer, login, TEST_PASSWORD, type SeededAgency, type TestApp } from './support/test-app.js';
import { startTwoAgencies } from './support/two-agencies.js';
import { sleep, startWorker } from './support/worker.js';

const PUBLIC_URL = 'https://pavilion.example';
const NEW_PASSWORD = 'a-brand-new-password-1';
let counter = 0;
const uniqueEmail = (label: string) => `${label}.${Date.now().toString(36)}${(counter += 1)}@mail.test`;
/** Each "forgot password" caller its own client address, so the per-address limit is the rate-limit test's alone. */
const nextAddress = () => `10.1.0.${(counter += 1) % 250}`;
/** The controllable clock (TEST_CLOCK_FILE): links expire by it, as follow-up links do. Empty: the real time. */
const clockFile = join(mkdtempSync(join(tmpdir(), 'pavilion-clock-')), 'now');
const setClock = (at: number | null) => writeFileSync(clockFile, at === null ? '' : new Date(at).toISOString());
setClock(null);

interface Invitation {
  id: string;
  email: string;
  role: string;
  language: string;
  status: string;
  expiresAt: string;
  createdAt: string;
}

/**
 * Invitations and password resets by mail: the API, a real in-process worker and a real SMTP server
 * (smtp-server) on this file's own database and Redis prefix.
 */
describe('account mail: invitations and password reset', () => {
  let smtp: TestSmtpServer;
  let test: TestApp;
  let a: SeededAgency;
  let b: SeededAgency;
  let adminA: Client;
  let adminB: Client;
  let worker: INestApplicationContext;

  const invite = async (body: Record<string, unknown>) => {
    const response = await adminA.post('/v1/invitations', body);
    expect(response.statusCode).toBe(201);
    return response.json<Invitation>();
  };
  const accept = (token: string, password = NEW_PASSWORD) =>
    test.app.inject({ method: 'POST', url: '/v1/invitations/accept', payload: { token, password } });
  const forgot = (email: string, remoteAddress = nextAddress()) =>
    test.app.inject({ method: 'POST', url: '/v1/auth/password-reset', payload: { email }, remoteAddress });
  const resetWith = (token: string, newPassword = NEW_PASSWORD) =>
    test.app.inject({ method: 'POST', url: '/v1/auth/password-reset/confirm', payload: { token, newPassword } });
  const tryLogin = (email: string, password: string) => test.app.inject({ method: 'POST', url: '/v1/auth/login', payload: { email, password } });
  /** A user of agency A, made by the admin, with a known password. */
  const newUser = async (language: 'ko' | 'en') => {
    const email = uniqueEmail('user');
    const response = await adminA.post('/v1/users', { email, password: 'the-first-password-0', role: 'staff', language });
    expect(response.statusCode).toBe(201);
    return { id: response.json<{ id: string }>().id, email, password: 'the-first-password-0' };
  };
  /** What an invitation must never change about an existing account. */
  const accountOf = async (email: string) =>
    (await test.db.query('SELECT id, agency_id, role, language, password_hash, version, disabled_at, session_version FROM users WHERE email = $1', [email])).rows;
  const mailRow = async (recipient: string) =>
    (await test.db.query<{ status: string; attempts: number; params: unknown }>('SELECT status, attempts, params FROM mail_messages WHERE recipient = $1', [recipient])).rows;
  /** The outbox rows of the recipient once none is pending (the worker records a send just after the SMTP server took it). */
  const settledMail = async (recipient: string) => {
    for (let i = 0; ; i += 1) {
      const rows = await mailRow(recipient);
      if (rows.length > 0 && rows.every((row) => row.status !== 'pending')) return rows;
      if (i > 400) throw new Error(`mail to ${recipient} still pending: ${JSON.stringify(rows)}`);
      await sleep(50);
    }
  };

  beforeAll(async () => {
    smtp = await startSmtpServer();
    ({ test, a, b } = await startTwoAgencies({
      SMTP_URL: smtp.url,
      PUBLIC_URL,
      PASSWORD_RESET_MAX_PER_EMAIL: '3',
      PASSWORD_RESET_MAX_PER_ADDRESS: '5',
      TEST_CLOCK_FILE: clockFile,
    }));
    adminA = client(test, a.admin.token);
    adminB = client(test, b.admin.token);
    worker = await startWorker();
  });
  afterEach(() => setClock(null));
  afterAll(async () => {
    await worker.close();
    await test.close();
    await smtp.close();
  });

  describe('invitations', () => {
    it('mails a link in the invitee\'s language that sets the password once and activates the account', async () => {
      const email = uniqueEmail('invitee');
      const invitation = await invite({ email, role: 'manager', language: 'en', name: 'Park Ji-woo' });
      expect(invitation).toMatchObject({ email, role: 'manager', language: 'en', status: 'pending' });
      const pending = (await adminA.get('/v1/invitations')).json<{ data: Invitation[] }>().data;
      expect(pending.map((row) => row.id)).toContain(invitation.id);

      const [mail] = await smtp.waitForMails(email);
      expect(mail.subject).toMatch(/^\[Pavilion\] You are invited to Wonju /);
      expect(mail.language).toBe('en');
      expect(mail.text).toContain('as a manager');
      expect(mail.link).toMatch(new RegExp(`^${PUBLIC_URL}/app/invitation#token=[A-Za-z0-9_-]{43}$`));
      expect(mail.html).toContain(mail.link);
      const token = tokenOf(mail);
      // Only the token's hash is stored, and the outbox forgets the token once sent.
      expect(await settledMail(email)).toEqual([{ status: 'sent', attempts: 1, params: null }]);
      expect(await findInDatabase(test.db, token)).toEqual([]);
      expect(await findInDatabase(test.db, createHash('sha256').update(token).digest('hex'))).toEqual(['invitations']);

      expect((await accept(token)).statusCode).toBe(204);
      const signedIn = await tryLogin(email, NEW_PASSWORD);
      expect(signedIn.statusCode).toBe(200);
      const me = (await test.app.inject({ method: 'GET', url: '/v1/auth/me', headers: bearer(signedIn.json<{ accessToken: string }>().accessToken) })).json();
      expect(me).toMatchObject({ email, role: 'manager', language: 'en', name: 'Park Ji-woo', agencyId: a.id });

      const again = await accept(token, 'another-password-entirely');
      expect(again.statusCode).toBe(410);
      expect(again.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(again.json()).toMatchObject({ reason: 'used', errors: [{ field: 'token' }] });
      expect((await tryLogin(email, 'another-password-entirely')).statusCode).toBe(401);
      expect((await adminA.get('/v1/invitations')).json<{ data: Invitation[] }>().data.map((row) => row.id)).not.toContain(invitation.id);

      // Audited: the admin's invitation, the new user's own account creation (sign-ins, also audited, left out).
      const { rows } = await test.db.query<{ entity: string; action: string; actor_id: string }>(
        `SELECT entity, action, actor_id FROM audit_log
          WHERE agency_id = $1 AND record_id IN ($2, $3) AND NOT (entity = 'users' AND after ? 'last_login_at') ORDER BY id`,
        [a.id, invitation.id, me.id],
      );
      expect(rows).toEqual([
        { entity: 'invitations', action: 'create', actor_id: a.admin.id },
        { entity: 'users', action: 'create', actor_id: me.id },
        { entity: 'invitations', action: 'update', actor_id: me.id },
      ]);
    });

    it('writes in Korean to a Korean invitee', async () => {
      const email = uniqueEmail('korean');
      await invite({ email, role: 'staff', language: 'ko' });
      const [mail] = await smtp.waitForMails(email);
      expect(mail.language).toBe('ko');
      expect(mail.subject).toMatch(/초대되었습니다$/);
      expect(mail.text).toContain('직원');
      expect(mail.text).toContain('비밀번호 설정하기');
    });

    it('expires by the clock: pending until INVITATION_TTL_HOURS have passed, then refused, and no account is created', async () => {
      const email = uniqueEmail('late');
      const invitation = await invite({ email, role: 'staff', language: 'en' });
      const token = tokenOf((await smtp.waitForMails(email))[0]);
      const expiresAt = Date.parse(invitation.expiresAt);
      expect(expiresAt - Date.parse(invitation.createdAt)).toBe(7 * 24 * 3600 * 1000);
      const listed = async () => (await adminA.get('/v1/invitations')).json<{ data: Invitation[] }>().data.map((row) => row.id);

      setClock(expiresAt - 1000);
      expect((await adminA.get(`/v1/invitations/${invitation.id}`)).json()).toMatchObject({ status: 'pending' });
      expect(await listed()).toContain(invitation.id);

      setClock(expiresAt + 1000);
      expect((await adminA.get(`/v1/invitations/${invitation.id}`)).json()).toMatchObject({ status: 'expired' });
      expect(await listed()).not.toContain(invitation.id);
      const refused = await accept(token);
      expect(refused.statusCode).toBe(410);
      expect(refused.json()).toMatchObject({ reason: 'expired' });
      expect((await test.db.query('SELECT 1 FROM users WHERE email = $1', [email])).rowCount).toBe(0);
    });

    it('lets the admin revoke a pending invitation; its link is refused; another agency gets a 404', async () => {
      const email = uniqueEmail('revoked');
      const invitation = await invite({ email, role: 'staff', language: 'ko' });
      const token = tokenOf((await smtp.waitForMails(email))[0]);

      expect((await adminB.delete(`/v1/invitations/${invitation.id}`)).statusCode).toBe(404);
      expect((await adminB.get(`/v1/invitations/${invitation.id}`)).statusCode).toBe(404);
      expect((await adminB.get('/v1/invitations')).json<{ data: Invitation[] }>().data.map((row) => row.id)).not.toContain(invitation.id);
      expect((await adminA.get('/v1/invitations')).json<{ data: Invitation[] }>().data.map((row) => row.id)).toContain(invitation.id);

      expect((await adminA.delete(`/v1/invitations/${invitation.id}`)).statusCode).toBe(204);
      expect((await adminA.get(`/v1/invitations/${invitation.id}`)).json()).toMatchObject({ status: 'revoked' });
      const refused = await accept(token);
      expect(refused.statusCode).toBe(410);
      expect(refused.json()).toMatchObject({ reason: 'revoked' });
      expect((await test.db.query('SELECT 1 FROM users WHERE email = $1', [email])).rowCount).toBe(0);
    });

    it('replaces a pending invitation when the same email is invited again', async () => {
      const email = uniqueEmail('twice');
      await invite({ email, role: 'staff', language: 'en' });
      const first = tokenOf((await smtp.waitForMails(email, 1))[0]);
      await invite({ email, role: 'manager', language: 'en' });
      const second = tokenOf((await smtp.waitForMails(email, 2))[1]);
      expect((await accept(first)).json()).toMatchObject({ reason: 'revoked' });
      expect((await accept(second)).statusCode).toBe(204);
    });

    it("answers an email with an account in another agency exactly as a new one, mails it a notice in its holder's language, and changes no account", async () => {
      const fresh = uniqueEmail('fresh');
      const english = uniqueEmail('elsewhere-en');
      expect((await adminB.post('/v1/users', { email: english, password: 'the-b-password-00', role: 'manager', language: 'en' })).statusCode).toBe(201);
      const before = { ko: await accountOf(b.staff.email), en: await accountOf(english) };

      const [answer, ...elsewhere] = await Promise.all(
        [fresh, b.staff.email, english].map((email) => adminA.post('/v1/invitations', { email, role: 'admin', language: 'en', name: 'Someone' })),
      );
      const shape = (response: typeof answer) => {
        const body = response.json<Invitation & Record<string, unknown>>();
        return {
          status: response.statusCode,
          headers: Object.keys(response.headers).sort(),
          contentType: response.headers['content-type'],
          location: response.headers.location === `/v1/invitations/${body.id}`,
          body: { ...body, id: typeof body.id, email: typeof body.email, expiresAt: typeof body.expiresAt, createdAt: typeof body.createdAt },
        };
      };
      expect(shape(answer)).toMatchObject({ status: 201, location: true, body: { status: 'pending', role: 'admin', language: 'en' } });
      for (const response of elsewhere) expect(shape(response)).toEqual(shape(answer));
      const pending = (await adminA.get('/v1/invitations?limit=500')).json<{ data: Invitation[] }>().data.map((row) => row.id);
      expect(pending).toEqual(expect.arrayContaining([answer, ...elsewhere].map((response) => response.json<Invitation>().id)));

      // The new email gets its link; the accounts get a notice with no token, in their own language.
      tokenOf((await smtp.waitForMails(fresh))[0]);
      const [ko] = await smtp.waitForMails(b.staff.email);
      expect(ko.language).toBe('ko');
      expect(ko.subject).toMatch(/^\[Pavilion\] Wonju .*초대를 받으셨습니다$/);
      expect(ko.text).toContain('이미 Pavilion 계정이 있어 초대를 수락할 수 없습니다');
      const [en] = await smtp.waitForMails(english);
      expect(en.language).toBe('en');
      expect(en.subject).toMatch(/^\[Pavilion\] Wonju .* invited you$/);
      expect(en.text).toContain('already has a Pavilion account, so the invitation cannot be accepted');
      for (const notice of [ko, en]) {
        expect(notice.link).toBe(`${PUBLIC_URL}/app/`);
        expect(`${notice.text}${notice.html}`).not.toMatch(/token/i);
      }
      expect(await settledMail(english)).toEqual([{ status: 'sent', attempts: 1, params: null }]);

      // Nothing about the accounts changed: same agency, role, password, sessions; they still sign in.
      expect({ ko: await accountOf(b.staff.email), en: await accountOf(english) }).toEqual(before);
      expect((await tryLogin(b.staff.email, TEST_PASSWORD)).statusCode).toBe(200);
      expect((await tryLogin(english, 'the-b-password-00')).statusCode).toBe(200);
    });

    it('refuses a link whose email has an account by now (made elsewhere after the invitation), creating and changing nothing', async () => {
      const email = uniqueEmail('taken-later');
      const invitation = await invite({ email, role: 'admin', language: 'en' });
      const token = tokenOf((await smtp.waitForMails(email))[0]);
      expect((await adminB.post('/v1/users', { email, password: 'the-b-password-00', role: 'staff', language: 'ko' })).statusCode).toBe(201);
      const before = await accountOf(email);

      const refused = await accept(token);
      expect(refused.statusCode).toBe(409);
      expect(refused.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(refused.json()).toMatchObject({ status: 409, detail: expect.stringMatching(/exists already: sign in, or reset the password/) });
      expect(await accountOf(email)).toEqual(before);
      expect(before).toEqual([expect.objectContaining({ agency_id: b.id, role: 'staff' })]);
      expect((await tryLogin(email, NEW_PASSWORD)).statusCode).toBe(401);
      expect((await tryLogin(email, 'the-b-password-00')).statusCode).toBe(200);
      expect((await adminA.get(`/v1/invitations/${invitation.id}`)).json()).toMatchObject({ status: 'pending' });
    });

    it('is for admins only, refuses an email of its own agency, and names each bad field', async () => {
      for (const role of ['staff', 'manager'] as const) {
        expect((await client(test, a[role].token).post('/v1/invitations', { email: uniqueEmail('x'), role: 'staff', language: 'en' })).statusCode).toBe(403);
      }
      // The admin lists their agency's users anyway: this 409 tells them nothing new.
      const own = await adminA.post('/v1/invitations', { email: a.staff.email, role: 'staff', language: 'en' });
      expect(own.statusCode).toBe(409);
      expect(own.json()).toMatchObject({ detail: `A user of your agency has email ${a.staff.email}` });
      expect(smtp.mailsTo(a.staff.email)).toEqual([]);

      const before = (await test.db.query('SELECT count(*)::int AS n FROM invitations')).rows[0];
      const bad = await adminA.post('/v1/invitations', { email: 'not-an-email', role: 'boss', language: 'fr', extra: 1 });
      expect(bad.statusCode).toBe(400);
      expect(bad.headers['content-type']).toMatch(/^application\/problem\+json/);
      const fields = bad.json<{ errors: { field: string }[] }>().errors.map((error) => error.field);
      expect(fields).toEqual(expect.arrayContaining(['email', 'role', 'language', 'extra']));
      expect((await test.db.query('SELECT count(*)::int AS n FROM invitations')).rows[0]).toEqual(before);

      const badAccept = await test.app.inject({ method: 'POST', url: '/v1/invitations/accept', payload: { token: 'short', password: 'short' } });
      expect(badAccept.statusCode).toBe(400);
      expect(badAccept.json<{ errors: { field: string }[] }>().errors.map((error) => error.field).sort()).toEqual(['password', 'token']);
      expect((await accept('A'.repeat(43))).json()).toMatchObject({ status: 410, reason: 'unknown' });
    });
  });

  describe('password reset', () => {
    it('answers the same for an email with and without an account, and mails only the account', async () => {
      const user = await newUser('en');
      const stranger = uniqueEmail('nobody');
      const known = await forgot(user.email);
      const unknown = await forgot(stranger);
      expect(unknown.statusCode).toBe(202);
      expect(known.statusCode).toBe(202);
      expect(unknown.body).toBe(known.body);
      expect(unknown.headers['content-type']).toBe(known.headers['content-type']);
      await test.app.get(PasswordResetsService).settled();
      expect((await test.db.query('SELECT 1 FROM mail_messages WHERE recipient = $1', [stranger])).rowCount).toBe(0);
      const [mail] = await smtp.waitForMails(user.email);
      expect(mail.language).toBe('en');
      expect(mail.link).toMatch(new RegExp(`^${PUBLIC_URL}/app/reset-password#token=`));
      expect(smtp.mailsTo(stranger)).toEqual([]);
    });

    it('resets once with the link, in the user\'s language; the old password and every session end', async () => {
      const user = await newUser('ko');
      const signedIn = await tryLogin(user.email, user.password);
      const accessToken = signedIn.json<{ accessToken: string }>().accessToken;
      expect((await forgot(user.email)).statusCode).toBe(202);
      const [mail] = await smtp.waitForMails(user.email);
      expect(mail.language).toBe('ko');
      expect(mail.subject).toBe('[Pavilion] 비밀번호 재설정');
      const token = tokenOf(mail);
      await settledMail(user.email);
      expect(await findInDatabase(test.db, token)).toEqual([]);

      expect((await resetWith(token)).statusCode).toBe(204);
      expect((await tryLogin(user.email, user.password)).statusCode).toBe(401);
      expect((await tryLogin(user.email, NEW_PASSWORD)).statusCode).toBe(200);
      expect((await test.app.inject({ method: 'GET', url: '/v1/auth/me', headers: bearer(accessToken) })).statusCode).toBe(401);
      const live = await test.db.query(
        `SELECT 1 FROM refresh_tokens WHERE user_id = $1 AND revoked_at IS NULL AND created_at < (SELECT max(used_at) FROM password_resets WHERE user_id = $1)`,
        [user.id],
      );
      expect(live.rowCount).toBe(0);

      const again = await resetWith(token, 'yet-another-password-2');
      expect(again.statusCode).toBe(410);
      expect(again.json()).toMatchObject({ reason: 'used', errors: [{ field: 'token' }] });
      expect((await tryLogin(user.email, 'yet-another-password-2')).statusCode).toBe(401);

      const audit = await test.db.query<{ actor_id: string; after: Record<string, unknown> }>(
        `SELECT actor_id, after FROM audit_log WHERE entity = 'users' AND record_id = $1 AND action = 'update'`,
        [user.id],
      );
      expect(audit.rows).toContainEqual(expect.objectContaining({ actor_id: user.id, after: expect.objectContaining({ password_hash: '(personal data)' }) }));
    });

    it('refuses a link once the clock passes PASSWORD_RESET_TTL_MINUTES', async () => {
      const user = await newUser('en');
      await forgot(user.email);
      const token = tokenOf((await smtp.waitForMails(user.email))[0]);
      const [issued] = (await test.db.query<{ created_at: Date; expires_at: Date }>('SELECT created_at, expires_at FROM password_resets WHERE user_id = $1', [user.id])).rows;
      expect(issued.expires_at.getTime() - issued.created_at.getTime()).toBe(60 * 60 * 1000);
      setClock(issued.expires_at.getTime() + 1000);
      const refused = await resetWith(token);
      expect(refused.statusCode).toBe(410);
      expect(refused.json()).toMatchObject({ reason: 'expired' });
      expect((await tryLogin(user.email, user.password)).statusCode).toBe(200);
    });

    it('refuses a link once the password has changed by other means', async () => {
      const user = await newUser('en');
      await forgot(user.email);
      const token = tokenOf((await smtp.waitForMails(user.email))[0]);
      const accessToken = await login(test, user.email, user.password);
      const changed = await test.app.inject({
        method: 'POST',
        url: '/v1/auth/password',
        headers: bearer(accessToken),
        payload: { currentPassword: user.password, newPassword: 'changed-by-the-user-3' },
      });
      expect(changed.statusCode).toBe(200);
      const refused = await resetWith(token);
      expect(refused.statusCode).toBe(410);
      expect(refused.json()).toMatchObject({ reason: 'superseded' });
      expect((await tryLogin(user.email, 'changed-by-the-user-3')).statusCode).toBe(200);
    });

    it('limits requests per email and per client address, whether or not the email has an account', async () => {
      const user = await newUser('en');
      const stranger = uniqueEmail('limited');
      for (const email of [user.email, stranger]) {
        for (let i = 0; i < 3; i += 1) expect((await forgot(email)).statusCode).toBe(202);
        const limited = await forgot(email);
        expect(limited.statusCode).toBe(429);
        expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
      }
      const address = '10.2.0.1';
      for (let i = 0; i < 5; i += 1) expect((await forgot(uniqueEmail('from-one-address'), address)).statusCode).toBe(202);
      expect((await forgot(uniqueEmail('from-one-address'), address)).statusCode).toBe(429);
      expect((await forgot(uniqueEmail('from-another-address'), '10.2.0.2')).statusCode).toBe(202);
    });

    it('names the bad field and changes nothing', async () => {
      const bad = await forgot('not an email');
      expect(bad.statusCode).toBe(400);
      expect(bad.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(bad.json<{ errors: { field: string }[] }>().errors.map((error) => error.field)).toEqual(['email']);
      const badReset = await test.app.inject({ method: 'POST', url: '/v1/auth/password-reset/confirm', payload: { token: 'A'.repeat(43), newPassword: 'short' } });
      expect(badReset.statusCode).toBe(400);
      expect(badReset.json<{ errors: { field: string }[] }>().errors.map((error) => error.field)).toEqual(['newPassword']);
      expect((await resetWith('B'.repeat(43))).json()).toMatchObject({ status: 410, reason: 'unknown' });
    });
  });

  describe('delivery', () => {
    it('delivers exactly one mail when the SMTP server first answers 451, then accepts', async () => {
      const email = uniqueEmail('retried');
      smtp.failNext(email, 1, 451);
      await invite({ email, role: 'staff', language: 'en' });
      const [mail] = await smtp.waitForMails(email);
      expect(await settledMail(email)).toEqual([{ status: 'sent', attempts: 2, params: null }]);
      // The job has completed: nothing is left to send it again.
      expect(smtp.mailsTo(email)).toEqual([mail]);
    });

    it('fails a mail the SMTP server refuses for good (550) without retrying, and forgets its parameters', async () => {
      const email = uniqueEmail('refused');
      smtp.failNext(email, 1, 550);
      await invite({ email, role: 'staff', language: 'en' });
      expect(await settledMail(email)).toEqual([{ status: 'failed', attempts: 1, params: null }]);
      expect(smtp.mailsTo(email)).toEqual([]);
    });

    it('sends a mail whose job was lost (Redis flushed, down at commit) once the sweep finds it', async () => {
      const email = uniqueEmail('orphan');
      await test.db.query(
        `INSERT INTO mail_messages (agency_id, dedupe_key, recipient, language, template, params, created_at)
         VALUES ($1, $2, $3, 'en', 'password-reset', $4, now() - interval '2 minutes')`,
        [a.id, `orphan:${email}`, email, JSON.stringify({ token: 'D'.repeat(43), validMinutes: 60 })],
      );
      await worker.get(SweepMailJob).handle();
      await smtp.waitForMails(email);
      expect(await settledMail(email)).toEqual([{ status: 'sent', attempts: 1, params: null }]);
    });

    it('sends a dedupe key once, however often it is enqueued', async () => {
      const email = uniqueEmail('deduped');
      const mailer = test.app.get(Mailer);
      const request = { agencyId: a.id, to: email, language: 'en' as const, template: 'password-reset' as const, params: { token: 'C'.repeat(43), validMinutes: 60 }, dedupeKey: `test:${email}` };
      const [first, second] = await Promise.all([mailer.enqueue(request), mailer.enqueue(request)]);
      expect(second).toBe(first);
      await smtp.waitForMails(email);
      expect(await mailer.enqueue(request)).toBe(first);
      expect(await settledMail(email)).toEqual([{ status: 'sent', attempts: 1, params: null }]);
      expect(smtp.mailsTo(email)).toHaveLength(1);
    });
  });
});
