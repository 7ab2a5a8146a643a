import { randomUUID } from 'node:crypto';
import { spawnApi, type ApiProcess } from './support/api-process.js';
import { nowSeconds, signToken } from './support/jwt.js';
import { insertFair } from './support/records.js';
import { startTestStore, TEST_JWT_SECRET, type TestStore } from './support/test-app.js';

/**
 * Each API process keeps the API keys it has verified in memory (no database round trip per request
 * with a known key); a change made through one process — revoked, rotated, scopes or fairs narrowed —
 * must take effect in every other on the very next request, not after the memory's expiry.
 */
describe('API keys across API processes', () => {
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

  interface Agency {
    admin: string;
    fairs: [string, string];
  }

  /** An agency with an admin (and a token for it) and two fairs. */
  async function agency(): Promise<Agency> {
    const suffix = randomUUID().slice(0, 8);
    const { rows } = await store.db.query<{ id: string }>('INSERT INTO agencies (name) VALUES ($1) RETURNING id', [`Keys ${suffix}`]);
    const agencyId = rows[0].id;
    const { rows: users } = await store.db.query<{ id: string }>(
      `INSERT INTO users (agency_id, email, role, password_hash, version) VALUES ($1, $2, 'admin', 'not-a-hash', 1) RETURNING id`,
      [agencyId, `admin.${suffix}@keys.test`],
    );
    const admin = signToken({ sub: users[0].id, agencyId, role: 'admin', sv: 0, iat: nowSeconds(), exp: nowSeconds() + 600 }, TEST_JWT_SECRET);
    const fairs = [(await insertFair(store, agencyId)).id, (await insertFair(store, agencyId, { series: 'kimes', name: 'KIMES 2017' })).id] as [string, string];
    return { admin, fairs };
  }

  const send = (api: ApiProcess, token: string, method: 'POST' | 'PATCH', path: string, body: object, headers: Record<string, string> = {}) =>
    fetch(`${api.url}${path}`, {
      method,
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', ...headers },
      body: JSON.stringify(body),
    });

  async function issue(api: ApiProcess, admin: string, body: object): Promise<{ id: string; secret: string }> {
    const response = await send(api, admin, 'POST', '/v1/api-keys', { name: 'Partner', ...body });
    expect(response.status).toBe(201);
    return (await response.json()) as { id: string; secret: string };
  }

  const asKey = (api: ApiProcess, secret: string, path = '/v1/fairs') => fetch(`${api.url}${path}`, { headers: { 'x-api-key': secret } });

  /** Both processes have answered for the key, so both hold it in memory. */
  async function knownToBoth(secret: string): Promise<void> {
    for (const api of apis) expect((await asKey(api, secret)).status).toBe(200);
  }

  it('keeps a known key in memory: a change behind the API\'s back is not read again', async () => {
    const { admin } = await agency();
    const key = await issue(apis[0], admin, { scopes: ['fairs:read'] });
    expect((await asKey(apis[0], key.secret)).status).toBe(200);
    // Revoked in SQL, no process told: the process that knows the key keeps answering from memory
    // (the point of the cache; changes through the API are what the tests below cover), the other reads it.
    await store.db.query('UPDATE api_keys SET revoked_at = now() WHERE id = $1', [key.id]);
    expect((await asKey(apis[0], key.secret)).status).toBe(200);
    expect((await asKey(apis[1], key.secret)).status).toBe(401);
  });

  it('a key revoked through one process is refused by the other on the next request', async () => {
    const { admin } = await agency();
    const key = await issue(apis[0], admin, { scopes: ['fairs:read'] });
    await knownToBoth(key.secret);

    expect((await send(apis[0], admin, 'POST', `/v1/api-keys/${key.id}/revoke`, {})).status).toBe(200);

    for (const api of [apis[1], apis[0]]) {
      const refused = await asKey(api, key.secret);
      expect(refused.status).toBe(401);
      expect(refused.headers.get('content-type')).toContain('application/problem+json');
    }
  });

  it('a rotation through one process stops the old secret in the other at once, also under an Idempotency-Key', async () => {
    const { admin } = await agency();
    const key = await issue(apis[1], admin, { scopes: ['fairs:read'] });
    await knownToBoth(key.secret);

    // With an Idempotency-Key the rotation commits with the request's own transaction, after the service returns.
    const rotated = await send(apis[1], admin, 'POST', `/v1/api-keys/${key.id}/rotate`, {}, { 'idempotency-key': randomUUID() });
    expect(rotated.status).toBe(200);
    const fresh = (await rotated.json()) as { secret: string };

    expect((await asKey(apis[0], key.secret)).status).toBe(401);
    expect((await asKey(apis[0], fresh.secret)).status).toBe(200);
    expect((await asKey(apis[1], key.secret)).status).toBe(401);
  });

  it('scopes narrowed through one process apply in the other on the next request', async () => {
    const { admin, fairs } = await agency();
    const key = await issue(apis[0], admin, { scopes: ['fairs:read', 'outcomes:read'] });
    await knownToBoth(key.secret);
    expect((await asKey(apis[1], key.secret, `/v1/fairs/${fairs[1]}`)).status).toBe(200);

    const narrowed = await send(apis[0], admin, 'PATCH', `/v1/api-keys/${key.id}`, { scopes: ['outcomes:read'] });
    expect(narrowed.status).toBe(200);
    expect(await narrowed.json()).toMatchObject({ scopes: ['outcomes:read'], fairIds: null });

    const refused = await asKey(apis[1], key.secret);
    expect(refused.status).toBe(403);
    expect(((await refused.json()) as { detail: string }).detail).toMatch(/fairs:read/);
    expect((await asKey(apis[1], key.secret, '/v1/outcomes?year=2017')).status).toBe(200);
  });

  it('fairs narrowed through one process apply in the other on the next request', async () => {
    const { admin, fairs } = await agency();
    const key = await issue(apis[1], admin, { scopes: ['fairs:read'] });
    await knownToBoth(key.secret);
    expect((await asKey(apis[0], key.secret, `/v1/fairs/${fairs[1]}`)).status).toBe(200);

    expect((await send(apis[1], admin, 'PATCH', `/v1/api-keys/${key.id}`, { fairIds: [fairs[0]] })).status).toBe(200);

    expect((await asKey(apis[0], key.secret, `/v1/fairs/${fairs[1]}`)).status).toBe(404);
    const listed = (await (await asKey(apis[0], key.secret, '/v1/fairs?limit=500')).json()) as { data: { id: string }[] };
    expect(listed.data.map((fair) => fair.id)).toEqual([fairs[0]]);
  });

  it('a key held in memory still never reaches another agency\'s records: they are a 404', async () => {
    const mine = await agency();
    const theirs = await agency();
    const key = await issue(apis[0], mine.admin, { scopes: ['fairs:read'] });
    const theirKey = await issue(apis[0], theirs.admin, { scopes: ['fairs:read'] });
    await knownToBoth(key.secret);
    await knownToBoth(theirKey.secret);

    for (const api of apis) {
      expect((await asKey(api, key.secret, `/v1/fairs/${theirs.fairs[0]}`)).status).toBe(404);
      expect((await asKey(api, key.secret, `/v1/fairs/${mine.fairs[0]}`)).status).toBe(200);
      expect((await asKey(api, theirKey.secret, `/v1/fairs/${mine.fairs[0]}`)).status).toBe(404);
      const listed = (await (await asKey(api, key.secret, '/v1/fairs?limit=500')).json()) as { data: { id: string }[] };
      expect(listed.data.map((fair) => fair.id).sort()).toEqual([...mine.fairs].sort());
    }
  });

  it('another agency cannot change or revoke the key, through either process', async () => {
    const mine = await agency();
    const theirs = await agency();
    const key = await issue(apis[0], mine.admin, { scopes: ['fairs:read'] });
    await knownToBoth(key.secret);
    expect((await send(apis[1], theirs.admin, 'PATCH', `/v1/api-keys/${key.id}`, { scopes: ['outcomes:read'] })).status).toBe(404);
    expect((await send(apis[1], theirs.admin, 'POST', `/v1/api-keys/${key.id}/revoke`, {})).status).toBe(404);
    await knownToBoth(key.secret);
  });
});
