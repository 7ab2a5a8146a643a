import { randomBytes } from 'node:crypto';
import { hashKeySecret } from '../src/api-keys/api-key-secret.js';
import { spawnApi, type ApiProcess } from './support/api-process.js';
import { insertAgency } from './support/records.js';
import { startTestApp, startTestStore, type TestApp, type TestStore } from './support/test-app.js';

const LIMIT = 8;

/** Two API processes on one database and one Redis share each key's count. */
describe('rate limit across API processes', () => {
  let store: TestStore;
  let apis: ApiProcess[] = [];

  const insertKey = async (agencyId: string, userId: string): Promise<string> => {
    const secret = `pvk_${randomBytes(4).toString('hex')}_${randomBytes(32).toString('base64url')}`;
    await store.db.query(
      `INSERT INTO api_keys (agency_id, name, prefix, secret_hash, scopes, created_by, version)
       VALUES ($1, 'Partner', $2, $3, '{fairs:read}', $4, 1)`,
      [agencyId, secret.slice(0, 12), hashKeySecret(secret), userId],
    );
    return secret;
  };

  beforeAll(async () => {
    store = await startTestStore({ RATE_LIMIT_PER_API_KEY: String(LIMIT), RATE_LIMIT_WINDOW_SECONDS: '600' });
    apis = await Promise.all([spawnApi(store), spawnApi(store)]);
  }, 60_000);
  afterAll(async () => {
    await Promise.all(apis.map((api) => api.stop()));
    await store.close();
  });

  it('answers 429 with Retry-After once one key has made its limit of requests across both processes', async () => {
    const agency = await insertAgency(store, 'Wonju');
    const secret = await insertKey(agency.id, agency.userId);
    const other = await insertKey(agency.id, agency.userId);
    const get = (api: ApiProcess, key: string) => fetch(`${api.url}/v1/fairs`, { headers: { 'x-api-key': key } });

    const statuses: number[] = [];
    for (let i = 0; i < LIMIT; i += 1) statuses.push((await get(apis[i % 2], secret)).status);
    expect(statuses).toEqual(Array(LIMIT).fill(200));

    for (const api of apis) {
      const refused = await get(api, secret);
      expect(refused.status).toBe(429);
      expect(refused.headers.get('content-type')).toContain('application/problem+json');
      const retryAfter = Number(refused.headers.get('retry-after'));
      expect(retryAfter).toBeGreaterThan(0);
      expect(retryAfter).toBeLessThanOrEqual(600);
    }
    // Counted per key: another key of the same agency is unaffected.
    expect((await get(apis[1], other)).status).toBe(200);
  });
});

describe('refused credentials', () => {
  let test: TestApp;
  beforeAll(async () => {
    test = await startTestApp({ RATE_LIMIT_PER_ADDRESS: '5' });
  });
  afterAll(() => test.close());

  it('count against the client address: guessing keys or tokens ends in 429', async () => {
    const guess = (n: number) =>
      test.app.inject({ method: 'GET', url: '/v1/fairs', headers: n % 2 ? { 'x-api-key': `pvk_guess_${n}` } : { authorization: `Bearer guess.${n}.x` } });
    const statuses: number[] = [];
    for (let n = 0; n < 7; n += 1) statuses.push((await guess(n)).statusCode);
    expect(statuses).toEqual([401, 401, 401, 401, 401, 429, 429]);
    expect((await guess(8)).headers['retry-after']).toMatch(/^\d+$/);
  });
});
