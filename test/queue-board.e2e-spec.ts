import { getQueueToken } from '@nestjs/bullmq';
import type { Queue } from 'bullmq';
import { bearer, createAppFor, seedAgency, startTestApp, TEST_PASSWORD, type SeededAgency, type TestApp } from './support/test-app.js';

const OPERATOR = { QUEUE_BOARD_USERNAME: 'operator', QUEUE_BOARD_PASSWORD: 'an-operator-password-of-length' };
const basic = (username: string, password: string) => ({ authorization: `Basic ${Buffer.from(`${username}:${password}`).toString('base64')}` });
const operator = basic(OPERATOR.QUEUE_BOARD_USERNAME, OPERATOR.QUEUE_BOARD_PASSWORD);

describe('queue board (/admin/queues): an operator tool', () => {
  let test: TestApp;
  let agency: SeededAgency;

  beforeAll(async () => {
    test = await startTestApp(OPERATOR);
    agency = await seedAgency(test, 'Wonju');
  });
  afterAll(() => test.close());

  const get = (url: string, headers: Record<string, string> = {}) => test.app.inject({ method: 'GET', url, headers });

  it("refuses agency admins, by their bearer token, by their password, and by the old ?token= link", async () => {
    for (const response of [
      await get('/admin/queues'),
      await get('/admin/queues', bearer(agency.admin.token)),
      await get('/admin/queues/api/queues', bearer(agency.admin.token)),
      await get('/admin/queues/api/queues', basic(agency.admin.email, TEST_PASSWORD)),
      await get(`/admin/queues?token=${agency.admin.token}`),
      await get('/admin/queues/api/queues', basic(OPERATOR.QUEUE_BOARD_USERNAME, 'a-wrong-operator-password')),
    ]) {
      expect(response.statusCode).toBe(401);
      expect(response.headers['content-type']).toContain('application/problem+json');
      expect(response.headers['www-authenticate']).toContain('Basic');
      expect(response.headers['set-cookie']).toBeUndefined();
    }
  });

  it('lets the operator read the board and its queues, read-only by default', async () => {
    const page = await get('/admin/queues', operator);
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-type']).toContain('text/html');
    const api = await get('/admin/queues/api/queues', operator);
    expect(api.statusCode).toBe(200);
    const queues = api.json<{ queues: { name: string; readOnlyMode: boolean }[] }>().queues;
    expect(queues.map((q) => q.name)).toEqual(expect.arrayContaining(['outcomes', 'maintenance', 'imports', 'matchmaking']));
    expect(queues.every((q) => q.readOnlyMode)).toBe(true);
  });

  it('refuses write actions while read-only: pausing, retrying and cleaning change nothing', async () => {
    const maintenance = test.app.get<Queue>(getQueueToken('maintenance'));
    for (const [method, url] of [
      ['PUT', '/admin/queues/api/queues/maintenance/pause'],
      ['PUT', '/admin/queues/api/queues/pause'],
      ['PUT', '/admin/queues/api/queues/imports/retry/failed'],
      ['PUT', '/admin/queues/api/queues/outcomes/clean/completed'],
    ] as const) {
      const response = await test.app.inject({ method, url, headers: operator });
      expect({ url, status: response.statusCode }).toEqual({ url, status: 405 });
      expect(response.headers['content-type']).toContain('application/problem+json');
    }
    expect(await maintenance.isPaused()).toBe(false);
  });

  it('is not mounted without an operator credential (404)', async () => {
    // Empty values count as unset (this file's own app put the credential in process.env).
    const bare = await createAppFor(test.databaseUrl, { QUEUE_BOARD_USERNAME: '', QUEUE_BOARD_PASSWORD: '' });
    try {
      for (const headers of [{}, bearer(agency.admin.token), operator]) {
        expect((await bare.app.inject({ method: 'GET', url: '/admin/queues', headers })).statusCode).toBe(404);
      }
    } finally {
      await bare.close();
    }
  });

  it('lets the operator act on jobs when QUEUE_BOARD_READ_ONLY=false', async () => {
    const writable = await createAppFor(test.databaseUrl, { ...OPERATOR, QUEUE_BOARD_READ_ONLY: 'false', REDIS_PREFIX: test.redisPrefix });
    const maintenance = writable.app.get<Queue>(getQueueToken('maintenance'));
    try {
      const pause = await writable.app.inject({ method: 'PUT', url: '/admin/queues/api/queues/maintenance/pause', headers: operator });
      expect(pause.statusCode).toBe(200);
      expect(await maintenance.isPaused()).toBe(true);
      const refused = await writable.app.inject({ method: 'PUT', url: '/admin/queues/api/queues/maintenance/resume', headers: bearer(agency.admin.token) });
      expect(refused.statusCode).toBe(401);
    } finally {
      await maintenance.resume();
      await writable.close();
    }
  });
});
