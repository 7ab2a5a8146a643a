import { randomUUID } from 'node:crypto';
import { findInDatabase } from './support/database-grep.js';
import { client, type Client } from './support/http.js';
import { insertFair } from './support/records.js';
import type { SeededAgency, TestApp } from './support/test-app.js';
import { startTwoAgencies } from './support/two-agencies.js';

interface Webhook {
  id: string;
  url: string;
  description: string | null;
  eventTypes: string[];
  fairIds: string[] | null;
  scopes: string[];
  enabled: boolean;
  disabledReason: string | null;
  previousSecretExpiresAt: string | null;
  version: number;
  secret?: string;
}

const body = (overrides: Record<string, unknown> = {}) => ({
  url: `http://127.0.0.1:9/hooks/${randomUUID()}`,
  eventTypes: ['consultation.created', 'contract.*'],
  scopes: ['consultations:read', 'contracts:read'],
  ...overrides,
});

/** The endpoint API: admins only, secrets shown once, subscriptions no wider than the scopes, the address rule, tenancy. */
describe('webhook endpoints', () => {
  let test: TestApp;
  let a: SeededAgency;
  let b: SeededAgency;
  let admin: Client;
  let adminB: Client;

  const create = async (overrides: Record<string, unknown> = {}) => {
    const response = await admin.post('/v1/webhooks', body(overrides));
    expect(response.statusCode).toBe(201);
    return response.json<Webhook>();
  };
  const refusal = (response: { statusCode: number; json: <T>() => T }) => ({
    status: response.statusCode,
    fields: response.json<{ errors?: { field: string; message: string }[] }>().errors?.map((error) => error.field),
  });

  beforeAll(async () => {
    ({ test, a, b } = await startTwoAgencies());
    admin = client(test, a.admin.token);
    adminB = client(test, b.admin.token);
  });
  afterAll(() => test.close());

  it('lets admins alone create endpoints; the secret is answered once, kept nowhere in plain, and a replayed Idempotency-Key is a 409', async () => {
    for (const role of ['staff', 'manager'] as const) expect((await client(test, a[role].token).post('/v1/webhooks', body())).statusCode).toBe(403);
    const headers = { 'idempotency-key': randomUUID() };
    const request = body({ description: 'KOTRA Frankfurt CRM', fairIds: [(await insertFair(test, a.id)).id] });
    const created = await admin.post('/v1/webhooks', request, headers);
    expect(created.statusCode).toBe(201);
    const webhook = created.json<Webhook>();
    expect(webhook).toMatchObject({ ...request, enabled: true, disabledReason: null, previousSecretExpiresAt: null, version: 1 });
    expect(webhook.secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
    expect(created.headers.etag).toBe('"1"');

    expect(await findInDatabase(test.db, webhook.secret!)).toEqual([]);
    expect(await findInDatabase(test.db, webhook.secret!.slice('whsec_'.length))).toEqual([]);
    const replay = await admin.post('/v1/webhooks', request, headers);
    expect(replay.statusCode).toBe(409);
    expect(replay.json()).toMatchObject({ type: expect.stringContaining('secret-shown-once') });
    expect(replay.body).not.toContain(webhook.secret);

    const read = await admin.get(`/v1/webhooks/${webhook.id}`);
    expect(read.json<Webhook>()).toEqual({ ...webhook, secret: undefined, createdAt: expect.any(String), updatedAt: expect.any(String), disabledAt: null });
    expect(read.body).not.toContain('secret"');
    const list = (await admin.get('/v1/webhooks')).json<{ data: Webhook[] }>();
    expect(list.data.map((row) => row.id)).toContain(webhook.id);
  });

  it('subscribes an endpoint only to what its scopes can read: no consultation events without consultations:read', async () => {
    const unreadable = await admin.post('/v1/webhooks', body({ eventTypes: ['consultation.created', 'contract.signed'], scopes: ['contracts:read'] }));
    expect(refusal(unreadable)).toEqual({ status: 422, fields: ['eventTypes'] });
    expect(unreadable.json<{ detail: string }>().detail).toContain('consultation.created needs the consultations:read scope');
    expect(refusal(await admin.post('/v1/webhooks', body({ eventTypes: ['consultation.*'], scopes: ['outcomes:read'] })))).toEqual({ status: 422, fields: ['eventTypes'] });
    expect(refusal(await admin.post('/v1/webhooks', body({ eventTypes: ['exchange_rate.created'] })))).toEqual({ status: 400, fields: ['eventTypes'] });
    expect(refusal(await admin.post('/v1/webhooks', body({ eventTypes: ['*'] })))).toEqual({ status: 400, fields: ['eventTypes'] });
    expect(refusal(await admin.post('/v1/webhooks', body({ scopes: ['fairs:write'] })))).toEqual({ status: 400, fields: ['scopes'] });

    const fair = await insertFair(test, a.id);
    const wide = await admin.post('/v1/webhooks', body({ eventTypes: ['buyer.*'], scopes: ['buyers:read'], fairIds: [fair.id] }));
    expect(refusal(wide)).toEqual({ status: 422, fields: ['scopes'] });
    const otherAgencysFair = await insertFair(test, b.id);
    expect(refusal(await admin.post('/v1/webhooks', body({ fairIds: [otherAgencysFair.id] })))).toEqual({ status: 422, fields: ['fairIds'] });

    const everything = await create({ eventTypes: ['fair.*', 'participation.*', 'outcome.updated', 'buyer.deleted'], scopes: ['fairs:read', 'outcomes:read', 'buyers:read'] });
    expect(everything.eventTypes).toEqual(['fair.*', 'participation.*', 'outcome.updated', 'buyer.deleted']);
  });

  it('opens follow-up and shipment events to the scopes that read them: rounds with outcomes:read, answers with followups:read beside it, shipments with contracts:read', async () => {
    const refused = async (eventTypes: string[], scopes: string[]) => {
      const response = await admin.post('/v1/webhooks', body({ eventTypes, scopes }));
      return { ...refusal(response), detail: response.json<{ detail: string }>().detail };
    };
    const needs = (field: string, words: string) => ({ status: 422, fields: [field], detail: expect.stringContaining(words) });
    expect(await refused(['followup.response_received'], ['outcomes:read'])).toEqual(needs('eventTypes', 'followup.response_received needs the followups:read scope'));
    expect(await refused(['followup.*'], ['outcomes:read'])).toEqual(needs('eventTypes', 'followup.* needs the followups:read scope'));
    expect(await refused(['followup.round_opened'], ['followups:read'])).toEqual(needs('eventTypes', 'followup.round_opened needs the outcomes:read scope'));
    expect(await refused(['followup.response_received'], ['followups:read'])).toEqual(needs('scopes', 'followups:read needs outcomes:read beside it'));
    expect(await refused(['shipment.recorded'], ['outcomes:read'])).toEqual(needs('eventTypes', 'shipment.recorded needs the contracts:read scope'));

    const aggregates = await create({ eventTypes: ['followup.round_opened', 'shipment.recorded'], scopes: ['outcomes:read', 'contracts:read'] });
    expect(aggregates.eventTypes).toEqual(['followup.round_opened', 'shipment.recorded']);
    const answers = await create({ eventTypes: ['followup.*', 'shipment.*'], scopes: ['outcomes:read', 'followups:read', 'contracts:read'] });
    expect(refusal(await admin.patch(`/v1/webhooks/${answers.id}`, { scopes: ['followups:read', 'contracts:read'] }))).toEqual({ status: 422, fields: ['eventTypes'] });
    expect(refusal(await admin.patch(`/v1/webhooks/${answers.id}`, { eventTypes: ['followup.response_received'], scopes: ['followups:read'] }))).toEqual({ status: 422, fields: ['scopes'] });
  });

  it.each([
    ['a private address', 'http://10.0.0.1/hook', '10.0.0.1 is a private address'],
    ['the cloud metadata address', 'http://169.254.169.254/latest/meta-data/', '169.254.169.254 is a link-local address'],
    ['IPv6 loopback', 'http://[::1]:8080/hook', '::1 is a loopback address'],
    ['IPv4-mapped IPv6', 'http://[::ffff:10.0.0.1]/hook', 'is a private address'],
    ['carrier-grade NAT', 'http://100.100.100.200/hook', 'carrier-grade NAT'],
    ['a name resolving to loopback', 'http://localhost:8080/hook', 'localhost resolves to'],
    ['a name that does not resolve', 'https://no-such-partner.invalid/hook', 'does not resolve'],
  ])('refuses an endpoint URL at %s: 422 naming url, nothing stored', async (_what, url, words) => {
    const before = (await test.db.query('SELECT count(*)::int AS n FROM webhook_endpoints')).rows[0].n as number;
    const response = await admin.post('/v1/webhooks', body({ url }));
    expect(refusal(response)).toEqual({ status: 422, fields: ['url'] });
    expect(response.json<{ detail: string }>().detail).toContain(words);
    expect((await test.db.query('SELECT count(*)::int AS n FROM webhook_endpoints')).rows[0].n).toBe(before);
  });

  it('refuses URLs that are not absolute http(s) URLs, or carry credentials, with a 400', async () => {
    for (const url of ['ftp://127.0.0.1/hook', '/relative', 'http://user:pass@127.0.0.1/hook', 'not a url']) {
      expect(refusal(await admin.post('/v1/webhooks', body({ url })))).toEqual({ status: 400, fields: ['url'] });
    }
  });

  it('changes an endpoint with If-Match (a stale version is a 412); checks the new URL; disabling records why, enabling clears it', async () => {
    const webhook = await create({ fairIds: [(await insertFair(test, a.id)).id] });
    const stale = await admin.patch(`/v1/webhooks/${webhook.id}`, { description: 'late' }, { 'if-match': '"7"' });
    expect(stale.statusCode).toBe(412);
    const changed = await admin.patch(`/v1/webhooks/${webhook.id}`, { description: 'Partner CRM', fairIds: null, enabled: false }, { 'if-match': '"1"' });
    expect(changed.statusCode).toBe(200);
    expect(changed.json<Webhook>()).toMatchObject({ description: 'Partner CRM', fairIds: null, enabled: false, disabledReason: 'disabled by an admin', version: 2 });
    expect(refusal(await admin.patch(`/v1/webhooks/${webhook.id}`, { url: 'http://10.1.2.3/hook' }))).toEqual({ status: 422, fields: ['url'] });
    expect(refusal(await admin.patch(`/v1/webhooks/${webhook.id}`, { scopes: ['contracts:read'] }))).toEqual({ status: 422, fields: ['eventTypes'] });
    expect(refusal(await admin.patch(`/v1/webhooks/${webhook.id}`, { eventTypes: null }))).toEqual({ status: 400, fields: ['eventTypes'] });
    const enabled = await admin.patch(`/v1/webhooks/${webhook.id}`, { enabled: true, description: null });
    expect(enabled.json<Webhook>()).toMatchObject({ enabled: true, disabledReason: null, description: null, version: 3 });
  });

  it('rotates the secret: the new one is answered once, the old one signs beside it until the overlap ends', async () => {
    const webhook = await create();
    const rotated = await admin.post(`/v1/webhooks/${webhook.id}/rotate-secret`, {});
    expect(rotated.statusCode).toBe(200);
    const { secret, previousSecretExpiresAt, version } = rotated.json<Webhook>();
    expect(secret).toMatch(/^whsec_/);
    expect(secret).not.toBe(webhook.secret);
    expect(version).toBe(2);
    const overlap = Date.parse(previousSecretExpiresAt!) - Date.now();
    expect(overlap).toBeGreaterThan(23.9 * 3600 * 1000);
    expect(overlap).toBeLessThanOrEqual(24 * 3600 * 1000);
    expect(await findInDatabase(test.db, secret!)).toEqual([]);
  });

  it('audits creation, changes, rotation and deletion, never a secret by value', async () => {
    const webhook = await create();
    await admin.patch(`/v1/webhooks/${webhook.id}`, { enabled: false });
    await admin.post(`/v1/webhooks/${webhook.id}/rotate-secret`, {});
    expect((await admin.delete(`/v1/webhooks/${webhook.id}`)).statusCode).toBe(204);
    expect((await admin.get(`/v1/webhooks/${webhook.id}`)).statusCode).toBe(404);
    const entries = (await admin.get(`/v1/audit?recordId=${webhook.id}`)).json<{ data: { action: string; entity: string; actor: { id: string }; before: Record<string, unknown>; after: Record<string, unknown> }[] }>().data;
    expect(entries.map((entry) => entry.action)).toEqual(['delete', 'update', 'update', 'create']);
    for (const entry of entries) expect(entry).toMatchObject({ entity: 'webhook_endpoints', actor: { id: a.admin.id } });
    expect(entries[3].after).toMatchObject({ url: webhook.url, secretCiphertext: '(personal data)', enabled: true });
    expect(entries[2].after).toMatchObject({ enabled: false, disabledReason: 'disabled by an admin' });
    expect(entries[1].after).toMatchObject({ secretCiphertext: '(personal data)', previousSecretCiphertext: '(personal data)' });
  });

  it('keeps tenancy absolute: another agency admin gets a 404 on every route of an endpoint and never lists it', async () => {
    const webhook = await create();
    const delivery = (await admin.post(`/v1/webhooks/${webhook.id}/test`, {})).json<{ id: string }>();
    const routes: [string, (api: Client) => ReturnType<Client['get']>][] = [
      ['GET', (api) => api.get(`/v1/webhooks/${webhook.id}`)],
      ['PATCH', (api) => api.patch(`/v1/webhooks/${webhook.id}`, { enabled: false })],
      ['DELETE', (api) => api.delete(`/v1/webhooks/${webhook.id}`)],
      ['rotate', (api) => api.post(`/v1/webhooks/${webhook.id}/rotate-secret`, {})],
      ['deliveries', (api) => api.get(`/v1/webhooks/${webhook.id}/deliveries`)],
      ['redeliver', (api) => api.post(`/v1/webhooks/${webhook.id}/deliveries/${delivery.id}/redeliver`, {})],
      ['redeliver-failed', (api) => api.post(`/v1/webhooks/${webhook.id}/redeliver-failed`, {})],
      ['test', (api) => api.post(`/v1/webhooks/${webhook.id}/test`, {})],
    ];
    for (const [name, call] of routes) expect([name, (await call(adminB)).statusCode]).toEqual([name, 404]);
    expect((await adminB.get('/v1/webhooks')).json<{ data: Webhook[] }>().data.map((row) => row.id)).not.toContain(webhook.id);
    expect((await admin.get(`/v1/webhooks/${webhook.id}`)).json<Webhook>()).toMatchObject({ enabled: true, version: 1 });
  });

  it('lists deliveries with their attempts; a test event is queued; a disabled endpoint is sent nothing (409)', async () => {
    const webhook = await create();
    const queued = await admin.post(`/v1/webhooks/${webhook.id}/test`, {});
    expect(queued.statusCode).toBe(202);
    expect(queued.json()).toMatchObject({ eventType: 'webhook.test', status: 'pending', attempts: [], deliveredAt: null, nextAttemptAt: expect.any(String) });
    const log = (await admin.get(`/v1/webhooks/${webhook.id}/deliveries`)).json<{ data: { id: string }[]; nextCursor: string | null }>();
    expect(log).toEqual({ data: [expect.objectContaining({ id: queued.json<{ id: string }>().id })], nextCursor: null });
    const unknown = await admin.post(`/v1/webhooks/${webhook.id}/deliveries/${randomUUID()}/redeliver`, {});
    expect(unknown.statusCode).toBe(404);
    await admin.patch(`/v1/webhooks/${webhook.id}`, { enabled: false });
    for (const path of ['test', 'redeliver-failed', `deliveries/${queued.json<{ id: string }>().id}/redeliver`]) {
      expect((await admin.post(`/v1/webhooks/${webhook.id}/${path}`, {})).statusCode).toBe(409);
    }
  });
});
