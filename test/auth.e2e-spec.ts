import { bearer, login, seedAgency, startTestApp, TEST_JWT_SECRET, TEST_PASSWORD, type SeededAgency, type TestApp } from './support/test-app.js';
import { nowSeconds, signToken, unsignedToken } from './support/jwt.js';

describe('auth', () => {
  let test: TestApp;
  let agency: SeededAgency;
  let address = 0;
  // Each test signs in from its own address, so per-address failure counts never leak between tests.
  const from = (): Record<string, string> => ({ 'x-forwarded-for': `198.51.100.${++address}` });

  beforeAll(async () => {
    test = await startTestApp({
      TRUST_PROXY: 'true',
      LOGIN_MAX_FAILURES_PER_ACCOUNT: '3',
      LOGIN_MAX_FAILURES_PER_ADDRESS: '5',
      LOGIN_LOCKOUT_SECONDS: '600',
    });
    agency = await seedAgency(test, 'Wonju');
  });
  afterAll(() => test.close());

  const postLogin = (payload: unknown, headers: Record<string, string> = from()) =>
    test.app.inject({ method: 'POST', url: '/v1/auth/login', payload: payload as object, headers });

  const me = (token: string) => test.app.inject({ method: 'GET', url: '/v1/auth/me', headers: bearer(token) });

  it('signs in with email and password and returns a bearer token that works', async () => {
    const response = await postLogin({ email: agency.manager.email, password: TEST_PASSWORD });
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body).toEqual({ accessToken: expect.any(String), tokenType: 'Bearer', expiresIn: 3600 });

    const profile = await me(body.accessToken);
    expect(profile.statusCode).toBe(200);
    expect(profile.json()).toMatchObject({ id: agency.manager.id, agencyId: agency.id, role: 'manager' });
    expect(profile.json()).not.toHaveProperty('passwordHash');
  });

  it('treats the email case-insensitively', async () => {
    const response = await postLogin({ email: agency.staff.email.toUpperCase(), password: TEST_PASSWORD });
    expect(response.statusCode).toBe(200);
  });

  it('answers a wrong password and an unknown email with the same 401 problem', async () => {
    const wrong = await postLogin({ email: agency.staff.email, password: 'not-the-password' });
    const unknown = await postLogin({ email: 'nobody@nowhere.test', password: TEST_PASSWORD });
    for (const response of [wrong, unknown]) {
      expect(response.statusCode).toBe(401);
      expect(response.headers['content-type']).toContain('application/problem+json');
      expect(response.json()).toMatchObject({ status: 401, detail: 'Invalid email or password' });
    }
  });

  it('rejects a login body without a password as a 400 naming the field', async () => {
    const response = await postLogin({ email: agency.staff.email });
    expect(response.statusCode).toBe(400);
    expect(response.json().errors).toEqual(expect.arrayContaining([expect.objectContaining({ field: 'password' })]));
  });

  it('rejects requests without a token, and with expired, wrongly signed or alg:none tokens', async () => {
    const claims = { sub: agency.admin.id, agencyId: agency.id, role: 'admin' };
    const tokens = {
      expired: signToken({ ...claims, iat: nowSeconds() - 7200, exp: nowSeconds() - 3600 }, TEST_JWT_SECRET),
      wronglySigned: signToken({ ...claims, iat: nowSeconds(), exp: nowSeconds() + 3600 }, 'some-other-secret-of-sufficient-length'),
      algNone: unsignedToken({ ...claims, iat: nowSeconds(), exp: nowSeconds() + 3600 }),
      hs512: signToken({ ...claims, iat: nowSeconds(), exp: nowSeconds() + 3600 }, TEST_JWT_SECRET, { alg: 'HS512', typ: 'JWT' }),
    };
    const valid = signToken({ ...claims, iat: nowSeconds(), exp: nowSeconds() + 3600 }, TEST_JWT_SECRET);
    expect((await me(valid)).statusCode).toBe(200); // the hand-made token is otherwise acceptable

    const none = await test.app.inject({ method: 'GET', url: '/v1/auth/me' });
    expect(none.statusCode).toBe(401);
    expect(none.headers['www-authenticate']).toContain('Bearer');
    const expired = await me(tokens.expired);
    expect(expired.statusCode).toBe(401);
    expect(expired.json().detail).toBe('The access token has expired');
    expect((await me(tokens.wronglySigned)).statusCode).toBe(401);
    expect((await me(tokens.algNone)).statusCode).toBe(401);
    expect((await me(tokens.hs512)).statusCode).toBe(401);
  });

  it('shuts out a disabled user: the login fails and tokens issued before stop working', async () => {
    const victim = await seedAgency(test, 'Disabled');
    const tokenBefore = victim.staff.token;
    expect((await me(tokenBefore)).statusCode).toBe(200);

    const disable = await test.app.inject({
      method: 'PATCH',
      url: `/v1/users/${victim.staff.id}`,
      headers: bearer(victim.admin.token),
      payload: { disabled: true },
    });
    expect(disable.statusCode).toBe(200);

    expect((await me(tokenBefore)).statusCode).toBe(401);
    expect((await postLogin({ email: victim.staff.email, password: TEST_PASSWORD })).statusCode).toBe(401);
  });

  it('answers 429 with Retry-After once an account has too many failed logins, even to the right password', async () => {
    const target = await seedAgency(test, 'Locked');
    for (let attempt = 0; attempt < 3; attempt++) {
      expect((await postLogin({ email: target.staff.email, password: 'wrong-password' })).statusCode).toBe(401);
    }
    const locked = await postLogin({ email: target.staff.email, password: TEST_PASSWORD });
    expect(locked.statusCode).toBe(429);
    expect(Number(locked.headers['retry-after'])).toBeGreaterThan(0);
    expect(locked.headers['content-type']).toContain('application/problem+json');

    // Other accounts are unaffected.
    expect((await postLogin({ email: target.manager.email, password: TEST_PASSWORD })).statusCode).toBe(200);
  });

  it('answers 429 to an address that failed against many accounts', async () => {
    const headers = { 'x-forwarded-for': '203.0.113.77' };
    for (let attempt = 0; attempt < 5; attempt++) {
      const response = await postLogin({ email: `guess${attempt}@nowhere.test`, password: 'guess' }, headers);
      expect(response.statusCode).toBe(401);
    }
    const blocked = await postLogin({ email: agency.admin.email, password: TEST_PASSWORD }, headers);
    expect(blocked.statusCode).toBe(429);
    expect((await postLogin({ email: agency.admin.email, password: TEST_PASSWORD })).statusCode).toBe(200);
  });

  it('resets the failure count after a successful login', async () => {
    const target = await seedAgency(test, 'Reset');
    for (let round = 0; round < 2; round++) {
      for (let attempt = 0; attempt < 2; attempt++) {
        expect((await postLogin({ email: target.staff.email, password: 'wrong-password' })).statusCode).toBe(401);
      }
      expect(await login(test, target.staff.email, TEST_PASSWORD)).toEqual(expect.any(String));
    }
  });
});
