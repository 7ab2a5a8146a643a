import { randomUUID } from 'node:crypto';
import { bearer, login, seedAgency, type SeededAgency, type TestApp } from './support/test-app.js';
import { startTwoAgencies } from './support/two-agencies.js';

describe('users', () => {
  let test: TestApp;
  let a: SeededAgency;
  let b: SeededAgency;

  beforeAll(async () => {
    ({ test, a, b } = await startTwoAgencies());
  });
  afterAll(() => test.close());

  const call = (method: 'GET' | 'POST' | 'PATCH', url: string, token: string, payload?: object, headers = {}) =>
    test.app.inject({ method, url, headers: { ...bearer(token), ...headers }, ...(payload ? { payload } : {}) });

  const newUser = (role = 'staff') => ({
    email: `new.${randomUUID().slice(0, 8)}@wonju.test`,
    password: 'a-long-enough-password',
    role,
    name: 'Park Ji-hoon',
  });

  describe('as an admin', () => {
    it('creates a user who can then sign in, and never returns the password hash', async () => {
      const input = newUser('manager');
      const created = await call('POST', '/v1/users', a.admin.token, input);
      expect(created.statusCode).toBe(201);
      expect(created.json()).toMatchObject({ email: input.email, role: 'manager', agencyId: a.id, disabled: false, version: 1 });
      expect(created.body).not.toMatch(/password/i);
      expect(await login(test, input.email, input.password)).toEqual(expect.any(String));
    });

    it('answers 409 for an email that is taken, in any letter case', async () => {
      const input = newUser();
      expect((await call('POST', '/v1/users', a.admin.token, input)).statusCode).toBe(201);
      const again = await call('POST', '/v1/users', a.admin.token, { ...input, email: input.email.toUpperCase() });
      expect(again.statusCode).toBe(409);
      expect(again.headers['content-type']).toContain('application/problem+json');
    });

    it('rejects each invalid field with a 400 naming it, and creates nothing', async () => {
      const before = await test.db.query('SELECT count(*)::int AS n FROM users');
      const cases: [object, string][] = [
        [{ ...newUser(), email: 'not-an-email' }, 'email'],
        [{ ...newUser(), password: 'short' }, 'password'],
        [{ ...newUser(), role: 'owner' }, 'role'],
        [{ ...newUser(), agencyId: b.id }, 'agencyId'],
        [{ ...newUser(), id: randomUUID() }, 'id'],
      ];
      for (const [payload, field] of cases) {
        const response = await call('POST', '/v1/users', a.admin.token, payload);
        expect(response.statusCode).toBe(400);
        expect(response.json().errors).toEqual(expect.arrayContaining([expect.objectContaining({ field })]));
      }
      const after = await test.db.query('SELECT count(*)::int AS n FROM users');
      expect(after.rows[0].n).toBe(before.rows[0].n);
    });

    it('changes a role, bumps the version and sends an ETag', async () => {
      const created = (await call('POST', '/v1/users', a.admin.token, newUser('staff'))).json();
      const updated = await call('PATCH', `/v1/users/${created.id}`, a.admin.token, { role: 'manager' }, { 'if-match': '"1"' });
      expect(updated.statusCode).toBe(200);
      expect(updated.json()).toMatchObject({ role: 'manager', version: 2 });
      expect(updated.headers.etag).toBe('"2"');

      const read = await call('GET', `/v1/users/${created.id}`, a.admin.token);
      expect(read.json().role).toBe('manager');
      expect(read.headers.etag).toBe('"2"');
    });

    it('answers 412 to a PATCH with a stale If-Match and changes nothing', async () => {
      const created = (await call('POST', '/v1/users', a.admin.token, newUser('staff'))).json();
      await call('PATCH', `/v1/users/${created.id}`, a.admin.token, { name: 'First edit' });
      const stale = await call('PATCH', `/v1/users/${created.id}`, a.admin.token, { role: 'admin' }, { 'if-match': '"1"' });
      expect(stale.statusCode).toBe(412);
      const read = (await call('GET', `/v1/users/${created.id}`, a.admin.token)).json();
      expect(read).toMatchObject({ role: 'staff', name: 'First edit', version: 2 });
    });

    it('keeps at least one active admin and refuses to disable oneself', async () => {
      const solo = await seedAgency(test, 'Solo');
      const demote = await call('PATCH', `/v1/users/${solo.admin.id}`, solo.admin.token, { role: 'manager' });
      expect(demote.statusCode).toBe(409);
      const disableSelf = await call('PATCH', `/v1/users/${solo.admin.id}`, solo.admin.token, { disabled: true });
      expect(disableSelf.statusCode).toBe(409);
      const row = await test.db.query('SELECT role, disabled_at FROM users WHERE id = $1', [solo.admin.id]);
      expect(row.rows[0]).toEqual({ role: 'admin', disabled_at: null });
    });

    it('disables and re-enables a user', async () => {
      const input = newUser();
      const created = (await call('POST', '/v1/users', a.admin.token, input)).json();
      const disabled = await call('PATCH', `/v1/users/${created.id}`, a.admin.token, { disabled: true });
      expect(disabled.json().disabled).toBe(true);
      await expect(login(test, input.email, input.password)).rejects.toThrow(/401/);
      const enabled = await call('PATCH', `/v1/users/${created.id}`, a.admin.token, { disabled: false });
      expect(enabled.json().disabled).toBe(false);
      expect(await login(test, input.email, input.password)).toEqual(expect.any(String));
    });

    it('pages through its users with a cursor, in creation order', async () => {
      const agency = await seedAgency(test, 'Paging');
      for (let i = 0; i < 3; i++) await call('POST', '/v1/users', agency.admin.token, newUser());
      const seen: string[] = [];
      let url = '/v1/users?limit=2';
      for (;;) {
        const page = (await call('GET', url, agency.admin.token)).json();
        expect(page.data.length).toBeLessThanOrEqual(2);
        seen.push(...page.data.map((u: { id: string }) => u.id));
        if (!page.nextCursor) break;
        url = `/v1/users?limit=2&cursor=${encodeURIComponent(page.nextCursor)}`;
      }
      const expected = await test.db.query('SELECT id FROM users WHERE agency_id = $1 ORDER BY created_at, id', [agency.id]);
      expect(seen).toEqual(expected.rows.map((r) => r.id));
      expect(seen).toHaveLength(6);
    });

    it('rejects a page size over 500, a bad cursor and a non-UUID id with 400s naming them', async () => {
      const tooBig = await call('GET', '/v1/users?limit=501', a.admin.token);
      expect(tooBig.statusCode).toBe(400);
      expect(tooBig.json().errors[0].field).toBe('limit');
      const badCursor = await call('GET', '/v1/users?cursor=nonsense', a.admin.token);
      expect(badCursor.statusCode).toBe(400);
      expect(badCursor.json().errors[0].field).toBe('cursor');
      const badId = await call('GET', '/v1/users/123', a.admin.token);
      expect(badId.statusCode).toBe(400);
      expect(badId.json().errors[0].field).toBe('id');
    });
  });

  describe('roles', () => {
    it('forbids staff and managers from managing users (403)', async () => {
      for (const user of [a.staff, a.manager]) {
        expect((await call('GET', '/v1/users', user.token)).statusCode).toBe(403);
        expect((await call('POST', '/v1/users', user.token, newUser())).statusCode).toBe(403);
        expect((await call('GET', `/v1/users/${a.staff.id}`, user.token)).statusCode).toBe(403);
        expect((await call('PATCH', `/v1/users/${a.staff.id}`, user.token, { role: 'admin' })).statusCode).toBe(403);
      }
      const row = await test.db.query('SELECT role FROM users WHERE id = $1', [a.staff.id]);
      expect(row.rows[0].role).toBe('staff');
    });

    it('lets any signed-in user read their own profile', async () => {
      const response = await call('GET', '/v1/auth/me', a.staff.token);
      expect(response.statusCode).toBe(200);
      expect(response.json().id).toBe(a.staff.id);
    });
  });

  describe('tenancy', () => {
    it("never lists another agency's users", async () => {
      const list = (await call('GET', '/v1/users?limit=500', b.admin.token)).json();
      const agencies = new Set(list.data.map((u: { agencyId: string }) => u.agencyId));
      expect([...agencies]).toEqual([b.id]);
      const ids = list.data.map((u: { id: string }) => u.id);
      for (const user of [a.admin, a.manager, a.staff]) expect(ids).not.toContain(user.id);
    });

    it("answers 404 to reading or changing another agency's user, exactly as for a missing one", async () => {
      const read = await call('GET', `/v1/users/${a.staff.id}`, b.admin.token);
      const missing = await call('GET', `/v1/users/${randomUUID()}`, b.admin.token);
      expect(read.statusCode).toBe(404);
      expect(missing.statusCode).toBe(404);
      expect(Object.keys(read.json()).sort()).toEqual(Object.keys(missing.json()).sort());

      const change = await call('PATCH', `/v1/users/${a.staff.id}`, b.admin.token, { role: 'admin', disabled: true });
      expect(change.statusCode).toBe(404);
      const row = await test.db.query('SELECT role, disabled_at, version FROM users WHERE id = $1', [a.staff.id]);
      expect(row.rows[0]).toEqual({ role: 'staff', disabled_at: null, version: 1 });
    });

    it("creates users only in the admin's own agency", async () => {
      const created = (await call('POST', '/v1/users', b.admin.token, newUser())).json();
      const row = await test.db.query('SELECT agency_id FROM users WHERE id = $1', [created.id]);
      expect(row.rows[0].agency_id).toBe(b.id);
    });
  });
});
