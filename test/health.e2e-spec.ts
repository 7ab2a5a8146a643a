import { startTestApp, type TestApp } from './support/test-app.js';

describe('health', () => {
  describe('with PostgreSQL and Redis up', () => {
    let test: TestApp;
    beforeAll(async () => {
      test = await startTestApp();
    });
    afterAll(() => test.close());

    it('is ready (200) and reports both dependencies up, without a token', async () => {
      const response = await test.app.inject({ method: 'GET', url: '/health' });
      expect(response.statusCode).toBe(200);
      expect(response.json()).toMatchObject({ status: 'ok', info: { database: { status: 'up' }, redis: { status: 'up' } } });
    });

    it('is live (200) without I/O or a token', async () => {
      const response = await test.app.inject({ method: 'GET', url: '/health/live' });
      expect(response.statusCode).toBe(200);
      expect(response.json()).toEqual({ status: 'ok' });
    });
  });

  describe('with Redis unreachable', () => {
    let test: TestApp;
    beforeAll(async () => {
      // Nothing listens on port 1: connections are refused at once.
      test = await startTestApp({ REDIS_URL: 'redis://127.0.0.1:1' });
    });
    afterAll(() => test.close());

    it('answers /health with a 503 problem naming redis, not the database', async () => {
      const response = await test.app.inject({ method: 'GET', url: '/health' });
      expect(response.statusCode).toBe(503);
      expect(response.headers['content-type']).toContain('application/problem+json');
      const body = response.json();
      expect(body.detail).toBe('Unhealthy: redis');
      expect(body.checks.error).toHaveProperty('redis');
      expect(body.checks.error).not.toHaveProperty('database');
    });

    it('stays live', async () => {
      expect((await test.app.inject({ method: 'GET', url: '/health/live' })).statusCode).toBe(200);
    });

    it('answers a login with 503 rather than letting it through unthrottled', async () => {
      const response = await test.app.inject({
        method: 'POST',
        url: '/v1/auth/login',
        payload: { email: 'someone@wonju.test', password: 'whatever-password' },
      });
      expect(response.statusCode).toBe(503);
      expect(response.json().detail).toContain('redis');
    });
  });
});
