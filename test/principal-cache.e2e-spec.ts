import { randomUUID } from 'node:crypto';
import { spawnApi, type ApiProcess } from './support/api-process.js';
import { nowSeconds, signToken } from './support/jwt.js';
import { startTestStore, TEST_JWT_SECRET, type TestStore } from './support/test-app.js';

/**
 * Each API process keeps its users' active role and session version in memory (no database round trip
 * per request); a change made through one process must take effect in every other at once, on the
 * very next request, not after a cache expiry.
 */
describe('user changes across API processes', () => {
  let store: TestStore;
  let apis: ApiProcess[] = [];

  beforeAll(async () => {
    store = await startTestStore();
    apis = await Promise.all([spawnApi(store), spawnApi(store)]);
  }, 90_000);
  afterAll(async () => {
    await Promise.all(apis.map((api) => api.stop()));
    await store.close();
  });

  const tokenFor = (agencyId: string, userId: string, role: string) =>
    signToken({ sub: userId, agencyId, role, sv: 0, iat: nowSeconds(), exp: nowSeconds() + 600 }, TEST_JWT_SECRET);

  /** An agency with an admin and a staff member, and a token for each. */
  async function agency(): Promise<{ admin: string; staff: string; staffId: string }> {
    const suffix = randomUUID().slice(0, 8);
    const { rows } = await store.db.query<{ id: string }>('INSERT INTO agencies (name) VALUES ($1) RETURNING id', [`Cache ${suffix}`]);
    const agencyId = rows[0].id;
    const user = async (role: string) =>
      (
        await store.db.query<{ id: string }>(
          `INSERT INTO users (agency_id, email, role, password_hash, version) VALUES ($1, $2, $3, 'not-a-hash', 1) RETURNING id`,
          [agencyId, `${role}.${suffix}@cache.test`, role],
        )
      ).rows[0].id;
    const adminId = await user('admin');
    const staffId = await user('staff');
    return { admin: tokenFor(agencyId, adminId, 'admin'), staff: tokenFor(agencyId, staffId, 'staff'), staffId };
  }

  const get = (api: ApiProcess, token: string) => fetch(`${api.url}/v1/fairs`, { headers: { authorization: `Bearer ${token}` } });
  const patchUser = (api: ApiProcess, token: string, id: string, body: object) =>
    fetch(`${api.url}/v1/users/${id}`, { method: 'PATCH', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body: JSON.stringify(body) });

  it('a user disabled through one process is refused by the other on the next request', async () => {
    const { admin, staff, staffId } = await agency();
    // Both processes have answered for the staff member, so both hold the user in memory.
    for (const api of apis) expect((await get(api, staff)).status).toBe(200);

    expect((await patchUser(apis[0], admin, staffId, { disabled: true })).status).toBe(200);

    for (const api of [apis[1], apis[0]]) {
      const refused = await get(api, staff);
      expect(refused.status).toBe(401);
      expect(refused.headers.get('content-type')).toContain('application/problem+json');
    }
  });

  it('a role change through one process ends the sessions the other had admitted', async () => {
    const { admin, staff, staffId } = await agency();
    expect((await get(apis[0], staff)).status).toBe(200);

    expect((await patchUser(apis[1], admin, staffId, { role: 'manager' })).status).toBe(200);

    expect((await get(apis[0], staff)).status).toBe(401);
  });

  it('keeps serving from memory: a user admitted once is not read from the database again', async () => {
    const { staff, staffId } = await agency();
    expect((await get(apis[0], staff)).status).toBe(200);
    // Disabled behind the API's back (no process told): the process keeps its answer, which is the
    // point of the cache; changes made through the API are what the tests above cover.
    await store.db.query('UPDATE users SET disabled_at = now() WHERE id = $1', [staffId]);
    expect((await get(apis[0], staff)).status).toBe(200);
    expect((await get(apis[1], staff)).status).toBe(401);
  });
});
