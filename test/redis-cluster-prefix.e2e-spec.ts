import { randomBytes } from 'node:crypto';
import type { INestApplicationContext } from '@nestjs/common';
import { Redis } from 'ioredis';
import { client } from './support/http.js';
import { insertExhibitor, insertFair } from './support/records.js';
import { deleteRedisKeys, REDIS_URL, type SeededAgency, type TestApp } from './support/test-app.js';
import { startTwoAgencies } from './support/two-agencies.js';
import { startWorker, waitUntilQuiet } from './support/worker.js';

/**
 * REDIS_PREFIX with a Redis Cluster hash tag (`{…}`): BullMQ's Lua scripts touch several keys of a
 * queue at once, which Redis Cluster allows only when they hash to one slot, i.e. share a hash tag.
 * Here the API and a worker run on such a prefix: a booth write's outcome refresh goes through
 * BullMQ end to end under the tagged prefix.
 */
describe('a REDIS_PREFIX with a Redis Cluster hash tag', () => {
  const tag = `{pavilion-${randomBytes(4).toString('hex')}}`;
  let test: TestApp;
  let worker: INestApplicationContext;
  let a: SeededAgency;
  let redis: Redis;

  beforeAll(async () => {
    ({ test, a } = await startTwoAgencies({ REDIS_PREFIX: tag, OUTCOME_SWEEP_INTERVAL_MS: '1000' }));
    worker = await startWorker();
    redis = new Redis(REDIS_URL);
  });
  afterAll(async () => {
    await worker?.close();
    await test?.close();
    await deleteRedisKeys(tag);
    redis?.disconnect();
  });

  it('runs the outcome refresh through BullMQ, its queue keys under the tagged prefix', async () => {
    const fair = await insertFair(test, a.id);
    const companyId = await insertExhibitor(test, a.id, fair.id);
    const staff = client(test, a.staff.token);
    const body = { fairId: fair.id, companyId, buyerCountry: 'CN', occurredAt: '2017-05-15T02:00:00Z', estimatedValue: { amount: '1500.25', currency: 'USD' } };
    expect((await staff.post('/v1/consultations', body)).statusCode).toBe(201);
    await waitUntilQuiet(test);
    const outcome = (await client(test, a.manager.token).get(`/v1/fairs/${fair.id}/outcomes`)).json();
    expect(outcome).toMatchObject({ consultations: { count: 1, valueUsd: '1500.25' }, stale: false });

    const keys: string[] = [];
    let cursor = '0';
    do {
      const [next, found] = await redis.scan(cursor, 'MATCH', `${tag}:*`, 'COUNT', 500);
      keys.push(...found);
      cursor = next;
    } while (cursor !== '0');
    // The refresh queue's keys (its job, its event stream) were made under the tagged prefix.
    expect(keys.some((key) => key.startsWith(`${tag}:bull:`))).toBe(true);
    expect(keys.filter((key) => key.startsWith(`${tag}:bull:outcomes:`)).length).toBeGreaterThan(0);
  });
});
