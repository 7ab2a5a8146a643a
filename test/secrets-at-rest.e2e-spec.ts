import { createHash, randomUUID } from 'node:crypto';
import { partner } from './support/api-keys.js';
import { countTables, findInDatabase } from './support/database-grep.js';
import { appRoutes } from './support/route-table.js';
import { client, type Client } from './support/http.js';
import { login, seedAgency, startTestApp, TEST_PASSWORD, type SeededAgency, type TestApp } from './support/test-app.js';

const sha256 = (value: string): string => createHash('sha256').update(value).digest('hex');

/** A secret exists only in the one response that creates it: never at rest, never replayed. */
describe('secrets at rest: API key secrets and session tokens', () => {
  let test: TestApp;
  let agency: SeededAgency;
  let admin: Client;
  let otherAdmin: Client;

  beforeAll(async () => {
    test = await startTestApp();
    agency = await seedAgency(test, 'Secrets');
    admin = client(test, agency.admin.token);
    const email = `second.admin.${randomUUID().slice(0, 8)}@secrets.test`;
    const created = await admin.post('/v1/users', { email, password: TEST_PASSWORD, role: 'admin' });
    expect(created.statusCode).toBe(201);
    otherAdmin = client(test, await login(test, email, TEST_PASSWORD));
  });
  afterAll(() => test.close());

  const keyCount = async () => (await test.db.query<{ n: number }>('SELECT count(*)::int AS n FROM api_keys WHERE agency_id = $1', [agency.id])).rows[0].n;

  it('keeps no API key secret anywhere in the database after creation with an Idempotency-Key; a replay is a 409 and creates nothing', async () => {
    const headers = { 'idempotency-key': randomUUID() };
    const body = { name: 'KOTRA Frankfurt', scopes: ['fairs:read'] };
    const created = await admin.post('/v1/api-keys', body, headers);
    expect(created.statusCode).toBe(201);
    const { id, secret } = created.json<{ id: string; secret: string }>();
    expect(secret).toEqual(expect.any(String));

    expect(await countTables(test.db)).toBeGreaterThan(10);
    expect(await findInDatabase(test.db, secret)).toEqual([]);
    expect(await findInDatabase(test.db, sha256(secret))).toEqual(['api_keys']); // the search does find what is there
    const stored = await test.db.query('SELECT response_body FROM idempotency_keys WHERE agency_id = $1 AND key = $2', [agency.id, headers['idempotency-key']]);
    expect(stored.rows).toEqual([{ response_body: null }]);

    const before = await keyCount();
    for (const replayer of [admin, otherAdmin]) {
      const replay = await replayer.post('/v1/api-keys', body, headers);
      expect(replay.statusCode).toBe(409);
      expect(replay.headers['content-type']).toContain('application/problem+json');
      expect(replay.json()).toMatchObject({ type: expect.stringContaining('secret-shown-once'), detail: expect.stringContaining('shown only once') });
      expect(replay.body).not.toContain(secret);
    }
    expect(await keyCount()).toBe(before);
    expect((await partner(test, secret).get('/v1/fairs')).statusCode).toBe(200);
    expect(id).toEqual(expect.any(String));
  });

  it('keeps no rotated secret at rest; a replayed rotation is a 409 and rotates nothing', async () => {
    const key = (await admin.post('/v1/api-keys', { name: 'Rotating', scopes: ['fairs:read'] })).json<{ id: string }>();
    const headers = { 'idempotency-key': randomUUID() };
    const rotated = await admin.post(`/v1/api-keys/${key.id}/rotate`, {}, headers);
    expect(rotated.statusCode).toBe(200);
    const { secret } = rotated.json<{ secret: string }>();
    expect(await findInDatabase(test.db, secret)).toEqual([]);

    const replay = await otherAdmin.post(`/v1/api-keys/${key.id}/rotate`, {}, headers);
    expect(replay.statusCode).toBe(409);
    expect(replay.body).not.toContain(secret);
    // Nothing rotated again: the secret of the first answer still works.
    expect((await partner(test, secret).get('/v1/fairs')).statusCode).toBe(200);
  });

  it('keeps neither the access token nor the refresh token of a sign-in at rest, also with an Idempotency-Key', async () => {
    const headers = { 'idempotency-key': randomUUID() };
    const payload = { email: agency.staff.email, password: TEST_PASSWORD };
    const signIn = await test.app.inject({ method: 'POST', url: '/v1/auth/login', payload, headers });
    expect(signIn.statusCode).toBe(200);
    const accessToken = signIn.json<{ accessToken: string }>().accessToken;
    const refreshToken = signIn.cookies.find((cookie) => cookie.name === 'pavilion_refresh')!.value;
    const refreshed = await test.app.inject({ method: 'POST', url: '/v1/auth/refresh', cookies: { pavilion_refresh: refreshToken } });
    expect(refreshed.statusCode).toBe(200);
    const rotated = refreshed.cookies.find((cookie) => cookie.name === 'pavilion_refresh')!.value;

    for (const secret of [accessToken, refreshToken, rotated, refreshed.json<{ accessToken: string }>().accessToken]) {
      expect(await findInDatabase(test.db, secret)).toEqual([]);
    }
    expect(await findInDatabase(test.db, sha256(rotated))).toEqual(['refresh_tokens']);

    const replay = await test.app.inject({ method: 'POST', url: '/v1/auth/login', payload, headers });
    expect(replay.statusCode).toBe(409);
    expect(replay.cookies).toEqual([]);
  });
  it('keeps a request with a password only as a keyed hash: its plain SHA-256 (a guess to test) is nowhere, a retry still replays', async () => {
    const key = randomUUID();
    const body = { email: `third.${key.slice(0, 8)}@secrets.test`, password: 'Correct-Horse-42', role: 'staff' };
    const first = await admin.post('/v1/users', body, { 'idempotency-key': key });
    expect(first.statusCode).toBe(201);
    const canonical = `{${Object.keys(body).sort().map((k) => `${JSON.stringify(k)}:${JSON.stringify(body[k as keyof typeof body])}`).join(',')}}`;
    const stored = (await test.db.query<{ request_hash: string }>('SELECT request_hash FROM idempotency_keys WHERE key = $1', [key])).rows;
    expect(stored).toHaveLength(1);
    expect(stored[0].request_hash).not.toBe(sha256(`POST /v1/users\n${canonical}`));
    expect(await findInDatabase(test.db, sha256(`POST /v1/users\n${canonical}`))).toEqual([]);
    const replay = await admin.post('/v1/users', body, { 'idempotency-key': key });
    expect([replay.statusCode, replay.headers['idempotent-replayed'], replay.json<{ id: string }>().id]).toEqual([201, 'true', first.json<{ id: string }>().id]);
  });

  it('marks every POST whose answer documents a secret or a token as @SecretResponse (never stored, never replayed)', async () => {
    type Schema = { $ref?: string; properties?: Record<string, Schema>; items?: Schema; allOf?: Schema[] };
    const doc = (await test.app.inject({ method: 'GET', url: '/docs-json' })).json<{
      paths: Record<string, Record<string, { responses?: Record<string, { content?: Record<string, { schema?: Schema }> }> }>>;
      components: { schemas: Record<string, Schema> };
    }>();
    const names = (schema: Schema | undefined, seen = new Set<string>()): string[] => {
      if (!schema) return [];
      if (schema.$ref) {
        const name = schema.$ref.split('/').pop()!;
        if (seen.has(name)) return [];
        seen.add(name);
        return names(doc.components.schemas[name], seen);
      }
      return [
        ...Object.entries(schema.properties ?? {}).flatMap(([key, value]) => [key, ...names(value, seen)]),
        ...names(schema.items, seen),
        ...(schema.allOf ?? []).flatMap((part) => names(part, seen)),
      ];
    };
    const carriesSecret = (path: string, method: string): boolean =>
      Object.entries(doc.paths[path][method].responses ?? {})
        .filter(([status]) => status.startsWith('2'))
        .some(([, response]) => Object.values(response.content ?? {}).some((media) => names(media.schema).some((name) => /secret|token/i.test(name))));
    const routes = (await appRoutes(test.app)).filter((route) => route.method === 'POST');
    const secretRoutes = routes.filter((route) => carriesSecret(route.path, 'post')).map((route) => route.route);
    expect(secretRoutes).toEqual(expect.arrayContaining(['POST /v1/api-keys', 'POST /v1/api-keys/{id}/rotate', 'POST /v1/auth/login']));
    expect(routes.filter((route) => secretRoutes.includes(route.route) && !route.secretResponse).map((route) => route.route)).toEqual([]);
  });
});
