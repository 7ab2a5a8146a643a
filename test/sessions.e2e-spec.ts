import { createHash } from 'node:crypto';
import type { Response } from 'light-my-request';
import { issueKey } from './support/api-keys.js';
import { countTables, findInDatabase } from './support/database-grep.js';
import { nowSeconds, signToken } from './support/jwt.js';
import { bearer, seedAgency, startTestApp, TEST_JWT_SECRET, TEST_PASSWORD, type SeededAgency, type SeededUser, type TestApp } from './support/test-app.js';

const COOKIE = 'pavilion_refresh';
const sha256 = (value: string): string => createHash('sha256').update(value).digest('hex');

describe('sessions: refresh tokens, logout, revocation, password change', () => {
  let test: TestApp;
  let agency: SeededAgency;
  let address = 0;
  // Each test calls from its own address, so per-address failure counts never leak between tests.
  const from = (): Record<string, string> => ({ 'x-forwarded-for': `198.51.100.${++address}` });

  beforeAll(async () => {
    test = await startTestApp({ TRUST_PROXY: 'true', LOGIN_MAX_FAILURES_PER_ACCOUNT: '3', LOGIN_MAX_FAILURES_PER_ADDRESS: '4' });
    agency = await seedAgency(test, 'Sessions');
  });
  afterAll(() => test.close());

  const refreshCookie = (response: Response) => response.cookies.find((cookie) => cookie.name === COOKIE);
  const signIn = async (user: SeededUser, headers = from()) => {
    const response = await test.app.inject({ method: 'POST', url: '/v1/auth/login', payload: { email: user.email, password: TEST_PASSWORD }, headers });
    expect(response.statusCode).toBe(200);
    return { accessToken: response.json<{ accessToken: string }>().accessToken, refresh: refreshCookie(response)!.value };
  };
  const refresh = (token: string | undefined, headers = from()) =>
    test.app.inject({ method: 'POST', url: '/v1/auth/refresh', headers, ...(token === undefined ? {} : { cookies: { [COOKIE]: token } }) });
  const logout = (token: string) => test.app.inject({ method: 'DELETE', url: '/v1/auth/refresh', cookies: { [COOKIE]: token } });
  const me = (token: string) => test.app.inject({ method: 'GET', url: '/v1/auth/me', headers: bearer(token) });
  const patchUser = (id: string, payload: object) =>
    test.app.inject({ method: 'PATCH', url: `/v1/users/${id}`, headers: bearer(agency.admin.token), payload });
  const expectRefused = (response: Response) => {
    expect(response.statusCode).toBe(401);
    expect(response.headers['content-type']).toContain('application/problem+json');
    const cleared = refreshCookie(response);
    expect(cleared).toMatchObject({ value: '', path: '/v1/auth/refresh' });
    expect(cleared!.maxAge === 0 || (cleared!.expires !== undefined && cleared!.expires.getTime() <= Date.now())).toBe(true);
  };

  it('sets the refresh cookie at login: HttpOnly, Secure, SameSite=Strict, scoped to the refresh route, 7 days', async () => {
    const response = await test.app.inject({
      method: 'POST',
      url: '/v1/auth/login',
      payload: { email: agency.staff.email, password: TEST_PASSWORD },
      headers: from(),
    });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ accessToken: expect.any(String), tokenType: 'Bearer', expiresIn: 3600 });
    expect(response.headers['cache-control']).toBe('no-store');
    const header = String(response.headers['set-cookie']);
    expect(header).toMatch(new RegExp(`^${COOKIE}=[A-Za-z0-9_-]{43};`));
    for (const attribute of ['Max-Age=604800', 'Path=/v1/auth/refresh', 'HttpOnly', 'Secure', 'SameSite=Strict']) {
      expect(header.split('; ')).toContain(attribute);
    }
  });

  it('rotates the refresh token: a new cookie and a working access token; only hashes are stored', async () => {
    const first = await signIn(agency.staff);
    const response = await refresh(first.refresh);
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ accessToken: expect.any(String), tokenType: 'Bearer', expiresIn: 3600 });
    const next = refreshCookie(response)!;
    expect(next).toMatchObject({ path: '/v1/auth/refresh', httpOnly: true, secure: true, sameSite: 'Strict', maxAge: 604800 });
    expect(next.value).not.toBe(first.refresh);
    expect((await me(response.json().accessToken)).statusCode).toBe(200);

    const { rows } = await test.db.query<{ token_hash: string; replaced_by: string | null; family_id: string }>(
      `SELECT token_hash, replaced_by, family_id FROM refresh_tokens WHERE token_hash = ANY($1)`,
      [[sha256(first.refresh), sha256(next.value)]],
    );
    expect(rows).toHaveLength(2);
    expect(new Set(rows.map((row) => row.family_id)).size).toBe(1);
    expect(await countTables(test.db)).toBeGreaterThan(10);
    expect(await findInDatabase(test.db, first.refresh)).toEqual([]);
    expect(await findInDatabase(test.db, next.value)).toEqual([]);
    // The search finds what is there: the hash is stored.
    expect(await findInDatabase(test.db, sha256(next.value))).toEqual(['refresh_tokens']);
  });

  it('detects reuse: a rotated token presented after the grace window revokes its whole family', async () => {
    const first = await signIn(agency.staff);
    const rotated = await refresh(first.refresh);
    const second = refreshCookie(rotated)!.value;
    await test.db.query(`UPDATE refresh_tokens SET rotated_at = now() - interval '31 seconds' WHERE token_hash = $1`, [sha256(first.refresh)]);

    const reused = await refresh(first.refresh);
    expectRefused(reused);
    expect(reused.json().detail).toContain('already used');
    expectRefused(await refresh(second)); // the family went with it
  });

  it('accepts the just-rotated token within the grace window, issuing another token of the same family', async () => {
    const first = await signIn(agency.staff);
    const one = await refresh(first.refresh);
    const again = await refresh(first.refresh); // the first answer was lost on booth Wi-Fi
    expect(one.statusCode).toBe(200);
    expect(again.statusCode).toBe(200);
    const [a, b] = [refreshCookie(one)!.value, refreshCookie(again)!.value];
    expect(a).not.toBe(b);
    const { rows } = await test.db.query<{ family_id: string }>(`SELECT DISTINCT family_id FROM refresh_tokens WHERE token_hash = ANY($1)`, [
      [sha256(first.refresh), sha256(a), sha256(b)],
    ]);
    expect(rows).toHaveLength(1);
    // Both successors stay usable (two tabs).
    expect((await refresh(a)).statusCode).toBe(200);
    expect((await refresh(b)).statusCode).toBe(200);
  });

  it('answers two tabs refreshing the same token at once with two sessions, not a sign-out', async () => {
    const first = await signIn(agency.manager);
    const [one, two] = await Promise.all([refresh(first.refresh), refresh(first.refresh)]);
    expect([one.statusCode, two.statusCode]).toEqual([200, 200]);
    expect(refreshCookie(one)!.value).not.toBe(refreshCookie(two)!.value);
  });

  it('refuses a missing, unknown or expired refresh token with a 401 problem and clears the cookie', async () => {
    expectRefused(await refresh(undefined));
    expectRefused(await refresh('not-a-token-we-issued'));
    const session = await signIn(agency.staff);
    await test.db.query(`UPDATE refresh_tokens SET expires_at = now() - interval '1 second' WHERE token_hash = $1`, [sha256(session.refresh)]);
    const expired = await refresh(session.refresh);
    expectRefused(expired);
    expect(expired.json().detail).toContain('expired');
    // The user's next sign-in forgets the dead token; presenting it stays a 401.
    await signIn(agency.staff);
    expect((await test.db.query('SELECT 1 FROM refresh_tokens WHERE token_hash = $1', [sha256(session.refresh)])).rowCount).toBe(0);
    expectRefused(await refresh(session.refresh));
  });

  it('counts refused refresh attempts against the client address (429 past the limit)', async () => {
    const headers = { 'x-forwarded-for': '203.0.113.90' };
    // No cookie at all guesses nothing (a browser without a session yet): it is refused, not counted.
    for (let attempt = 0; attempt < 6; attempt++) expect((await refresh(undefined, headers)).statusCode).toBe(401);
    for (let attempt = 0; attempt < 4; attempt++) expect((await refresh(`guess-${attempt}`, headers)).statusCode).toBe(401);
    const session = await signIn(agency.staff);
    const blocked = await refresh(session.refresh, headers);
    expect(blocked.statusCode).toBe(429);
    expect(Number(blocked.headers['retry-after'])).toBeGreaterThan(0);
    expect((await refresh(session.refresh)).statusCode).toBe(200); // another address is unaffected
  });

  it('signs out: DELETE revokes the sign-in (its family) and clears the cookie; other sign-ins stay', async () => {
    const session = await signIn(agency.staff);
    const rotated = refreshCookie(await refresh(session.refresh))!.value;
    const otherDevice = await signIn(agency.staff);

    const response = await logout(rotated);
    expect(response.statusCode).toBe(204);
    expect(refreshCookie(response)).toMatchObject({ value: '', path: '/v1/auth/refresh' });
    expectRefused(await refresh(rotated));
    expectRefused(await refresh(session.refresh));
    expect((await refresh(otherDevice.refresh)).statusCode).toBe(200);
    // Without a cookie it is still a 204: signing out twice is harmless.
    expect((await test.app.inject({ method: 'DELETE', url: '/v1/auth/refresh' })).statusCode).toBe(204);
  });

  it('ends every session of a disabled user: refresh tokens and older access tokens, also after re-enabling', async () => {
    const victim = await seedAgency(test, 'Disable');
    const session = await signIn(victim.staff);
    const disable = await test.app.inject({
      method: 'PATCH',
      url: `/v1/users/${victim.staff.id}`,
      headers: bearer(victim.admin.token),
      payload: { disabled: true },
    });
    expect(disable.statusCode).toBe(200);
    expectRefused(await refresh(session.refresh));
    const enable = await test.app.inject({
      method: 'PATCH',
      url: `/v1/users/${victim.staff.id}`,
      headers: bearer(victim.admin.token),
      payload: { disabled: false },
    });
    expect(enable.statusCode).toBe(200);
    expect((await me(session.accessToken)).statusCode).toBe(401);
    expect((await me(victim.staff.token)).statusCode).toBe(401);
    const again = await signIn(victim.staff);
    expect((await me(again.accessToken)).statusCode).toBe(200);
  });

  it('ends every session on a role change: refresh tokens revoked, access tokens issued before refused', async () => {
    const session = await signIn(agency.manager);
    const tokenBefore = agency.manager.token;
    expect((await me(tokenBefore)).statusCode).toBe(200);
    expect((await patchUser(agency.manager.id, { role: 'staff' })).statusCode).toBe(200);

    const stale = await me(tokenBefore);
    expect(stale.statusCode).toBe(401);
    expect(stale.json().detail).toContain('session has ended');
    expect((await me(session.accessToken)).statusCode).toBe(401);
    expectRefused(await refresh(session.refresh));
    const fresh = await signIn(agency.manager);
    expect((await me(fresh.accessToken)).json()).toMatchObject({ role: 'staff' });
    // A name change is no reason to sign anyone out.
    expect((await patchUser(agency.manager.id, { name: 'Renamed' })).statusCode).toBe(200);
    expect((await me(fresh.accessToken)).statusCode).toBe(200);
    expect((await refresh(fresh.refresh)).statusCode).toBe(200);
  });

  it('refuses a correctly signed access token without exp', async () => {
    const claims = { sub: agency.admin.id, agencyId: agency.id, role: 'admin', iat: nowSeconds() };
    const noExp = await me(signToken(claims, TEST_JWT_SECRET));
    expect(noExp.statusCode).toBe(401);
    expect(noExp.json().detail).toBe('The access token has no expiry');
    expect((await me(signToken({ ...claims, exp: nowSeconds() + 600 }, TEST_JWT_SECRET))).statusCode).toBe(200);
  });
  describe('changing your own password', () => {
    const NEW_PASSWORD = 'a-brand-new-passphrase';
    const change = (token: string, payload: object, headers: Record<string, string> = from()) =>
      test.app.inject({ method: 'POST', url: '/v1/auth/password', headers: { ...bearer(token), ...headers }, payload });

    it('requires the current password: a wrong one is a 422 naming the field, counted like failed sign-ins', async () => {
      const user = (await seedAgency(test, 'Wrong')).staff;
      for (let attempt = 0; attempt < 3; attempt++) {
        const wrong = await change(user.token, { currentPassword: 'not-my-password', newPassword: NEW_PASSWORD });
        expect(wrong.statusCode).toBe(422);
        expect(wrong.headers['content-type']).toContain('application/problem+json');
        expect(wrong.json().errors).toEqual([expect.objectContaining({ field: 'currentPassword' })]);
      }
      const locked = await change(user.token, { currentPassword: TEST_PASSWORD, newPassword: NEW_PASSWORD });
      expect(locked.statusCode).toBe(429);
      // The account's sign-in is locked too: the same counter.
      const signInLocked = await test.app.inject({ method: 'POST', url: '/v1/auth/login', payload: { email: user.email, password: TEST_PASSWORD }, headers: from() });
      expect(signInLocked.statusCode).toBe(429);
      expect((await me(user.token)).statusCode).toBe(200); // nothing changed
    });

    it('applies the rules of user creation to the new password, naming the field', async () => {
      const short = await change(agency.staff.token, { currentPassword: TEST_PASSWORD, newPassword: 'short' });
      expect(short.statusCode).toBe(400);
      expect(short.json().errors).toEqual(expect.arrayContaining([expect.objectContaining({ field: 'newPassword' })]));
      const missing = await change(agency.staff.token, { newPassword: NEW_PASSWORD });
      expect(missing.statusCode).toBe(400);
      expect(missing.json().errors).toEqual(expect.arrayContaining([expect.objectContaining({ field: 'currentPassword' })]));
    });

    it('is for signed-in users: an API key gets 403', async () => {
      const key = await issueKey(test, agency.admin.token, ['fairs:read']);
      const response = await test.app.inject({
        method: 'POST',
        url: '/v1/auth/password',
        headers: { 'x-api-key': key.secret },
        payload: { currentPassword: TEST_PASSWORD, newPassword: NEW_PASSWORD },
      });
      expect(response.statusCode).toBe(403);
    });

    it('answers a fresh session and ends every other one: refresh tokens revoked, older access tokens refused; audited', async () => {
      const victim = await seedAgency(test, 'Change');
      const user = victim.manager;
      const otherDevice = await signIn(user);
      const response = await change(user.token, { currentPassword: TEST_PASSWORD, newPassword: NEW_PASSWORD });
      expect(response.statusCode).toBe(200);
      expect(response.json()).toEqual({ accessToken: expect.any(String), tokenType: 'Bearer', expiresIn: 3600 });
      const cookie = refreshCookie(response)!;
      expect(cookie).toMatchObject({ path: '/v1/auth/refresh', httpOnly: true, secure: true, sameSite: 'Strict' });

      expect((await me(user.token)).statusCode).toBe(401);
      expect((await me(otherDevice.accessToken)).statusCode).toBe(401);
      expectRefused(await refresh(otherDevice.refresh));
      expect((await me(response.json().accessToken)).statusCode).toBe(200);
      expect((await refresh(cookie.value)).statusCode).toBe(200);

      const login = (password: string) =>
        test.app.inject({ method: 'POST', url: '/v1/auth/login', payload: { email: user.email, password }, headers: from() });
      expect((await login(TEST_PASSWORD)).statusCode).toBe(401);
      expect((await login(NEW_PASSWORD)).statusCode).toBe(200);
      // Other users of the agency keep their sessions.
      expect((await me(victim.staff.token)).statusCode).toBe(200);

      const { rows } = await test.db.query<{ actor_id: string; after: Record<string, unknown> }>(
        `SELECT actor_id, after FROM audit_log WHERE entity = 'users' AND record_id = $1 AND actor_type = 'user' AND after ? 'password_hash'`,
        [user.id],
      );
      expect(rows).toEqual([{ actor_id: user.id, after: expect.objectContaining({ password_hash: '(personal data)' }) }]);
    });

    it('never stores its answer for an Idempotency-Key: a replay is a 409 and changes nothing', async () => {
      const user = (await seedAgency(test, 'Replay')).staff;
      const headers = { ...from(), 'idempotency-key': 'change-password-1' };
      const payload = { currentPassword: TEST_PASSWORD, newPassword: NEW_PASSWORD };
      const first = await change(user.token, payload, headers);
      expect(first.statusCode).toBe(200);
      const accessToken = first.json<{ accessToken: string }>().accessToken;
      const replay = await change(accessToken, payload, headers);
      expect(replay.statusCode).toBe(409);
      expect(replay.json().detail).toContain('shown only once');
      expect(refreshCookie(replay)).toBeUndefined();
      expect((await me(accessToken)).statusCode).toBe(200); // the replay ended no session
      expect(await findInDatabase(test.db, accessToken)).toEqual([]);
      expect(await findInDatabase(test.db, refreshCookie(first)!.value)).toEqual([]);
    });
  });
});
