import { randomUUID } from 'node:crypto';
import { PurgeIdempotencyKeysJob } from '../src/idempotency/jobs/purge-idempotency-keys.job.js';
import { JobsProducer } from '../src/jobs/jobs.producer.js';
import { client, type Client } from './support/http.js';
import { startWorker } from './support/worker.js';
import { type SeededAgency, type TestApp } from './support/test-app.js';
import { startTwoAgencies } from './support/two-agencies.js';

describe('Idempotency-Key on POST', () => {
  let test: TestApp;
  let a: SeededAgency;
  let b: SeededAgency;
  let manager: Client;

  beforeAll(async () => {
    ({ test, a, b } = await startTwoAgencies());
    manager = client(test, a.manager.token);
  });
  afterAll(() => test.close());

  const body = () => ({ name: `Idem ${randomUUID().slice(0, 8)}` });
  const rowsNamed = async (name: string) =>
    (await test.db.query('SELECT count(*)::int AS n FROM companies WHERE name = $1', [name])).rows[0].n as number;

  it('replays the first response to a sequential retry and creates one row', async () => {
    const key = randomUUID();
    const payload = body();
    const first = await manager.post('/v1/companies', payload, { 'idempotency-key': key });
    const second = await manager.post('/v1/companies', payload, { 'idempotency-key': key });
    expect(first.statusCode).toBe(201);
    expect(second.statusCode).toBe(201);
    expect(second.json()).toEqual(first.json());
    expect(second.headers['idempotent-replayed']).toBe('true');
    expect(await rowsNamed(payload.name)).toBe(1);
  });

  it('treats the same body with its keys in another order as the same request', async () => {
    const key = randomUUID();
    const name = body().name;
    await manager.post('/v1/companies', { name, region: 'Gangwon' }, { 'idempotency-key': key });
    const again = await manager.post('/v1/companies', { region: 'Gangwon', name }, { 'idempotency-key': key });
    expect(again.statusCode).toBe(201);
    expect(await rowsNamed(name)).toBe(1);
  });

  it('answers 422 to the same key with another body, creating nothing', async () => {
    const key = randomUUID();
    const first = body();
    const other = body();
    await manager.post('/v1/companies', first, { 'idempotency-key': key });
    const reused = await manager.post('/v1/companies', other, { 'idempotency-key': key });
    expect(reused.statusCode).toBe(422);
    expect(await rowsNamed(other.name)).toBe(0);
  });

  it('creates exactly one row under concurrent retries; the others replay or get 409', async () => {
    const key = randomUUID();
    const payload = body();
    const responses = await Promise.all(
      Array.from({ length: 8 }, () => manager.post('/v1/companies', payload, { 'idempotency-key': key })),
    );
    const statuses = responses.map((r) => r.statusCode);
    expect(statuses.every((s) => s === 201 || s === 409)).toBe(true);
    expect(statuses.filter((s) => s === 201).length).toBeGreaterThanOrEqual(1);
    const ids = new Set(responses.filter((r) => r.statusCode === 201).map((r) => r.json().id));
    expect(ids.size).toBe(1);
    expect(await rowsNamed(payload.name)).toBe(1);
  });

  it('does not store a failed request: a corrected retry with the same key succeeds', async () => {
    const key = randomUUID();
    const bad = await manager.post('/v1/companies', { name: '' }, { 'idempotency-key': key });
    expect(bad.statusCode).toBe(400);
    const payload = body();
    const good = await manager.post('/v1/companies', payload, { 'idempotency-key': key });
    expect(good.statusCode).toBe(201);
  });

  it('scopes keys per agency', async () => {
    const key = randomUUID();
    const payload = body();
    const mine = await manager.post('/v1/companies', payload, { 'idempotency-key': key });
    const theirs = await client(test, b.manager.token).post('/v1/companies', payload, { 'idempotency-key': key });
    expect(theirs.statusCode).toBe(201);
    expect(theirs.json().id).not.toBe(mine.json().id);
    expect(await rowsNamed(payload.name)).toBe(2);
  });

  it('keeps keys for 24 hours: the hourly purge removes only expired ones', async () => {
    const fresh = randomUUID();
    await manager.post('/v1/companies', body(), { 'idempotency-key': fresh });
    await test.db.query(
      `INSERT INTO idempotency_keys (agency_id, key, request_hash, response_status, response_body, created_at)
       VALUES ($1, 'expired-key', 'x', 201, '{}', now() - interval '25 hours')`,
      [a.id],
    );
    const worker = await startWorker();
    try {
      const scheduler = await worker.get(JobsProducer).queue('maintenance').getJobScheduler('idempotency:purge');
      expect(scheduler).toBeDefined();
      await worker.get(PurgeIdempotencyKeysJob).handle();
    } finally {
      await worker.close();
    }
    const keys = (await test.db.query('SELECT key FROM idempotency_keys WHERE agency_id = $1', [a.id])).rows.map((r) => r.key);
    expect(keys).toContain(fresh);
    expect(keys).not.toContain('expired-key');
  });

  it('rejects a malformed key as a 400 naming the header', async () => {
    const response = await manager.post('/v1/companies', body(), { 'idempotency-key': 'has spaces in it' });
    expect(response.statusCode).toBe(400);
    expect(response.json().errors[0].field).toBe('Idempotency-Key');
  });
});
