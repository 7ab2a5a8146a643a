import { randomUUID } from 'node:crypto';
import { emitEvents, type EventSpec } from './support/change-feed.js';
import { client } from './support/http.js';
import { insertFair } from './support/records.js';
import { deleteRedisKeys, type SeededAgency, type TestApp } from './support/test-app.js';
import { startTwoAgencies } from './support/two-agencies.js';
import { type Received, WebhookReceiver } from './support/webhook-receiver.js';
import { killWorker, sleep, spawnWorker, type WorkerProcess } from './support/worker.js';

/** A killed sender's lease (timeout + 5 s) runs out sooner with a short timeout. */
const WORKER_ENV = { WEBHOOK_RETRY_BASE_DELAY_MS: '100', WEBHOOK_RETRY_MAX_DELAY_MS: '1000', WEBHOOK_TIMEOUT_MS: '2000', OUTCOME_SWEEP_INTERVAL_MS: '500' };

/** What the receiver must have seen: every event at least once, one body per event id, each record's versions in order. */
function checkReceived(received: Received[], events: { id: string }[]): { missing: number; bodiesDiffering: string[]; outOfOrder: string[]; unsigned: number } {
  const bodies = new Map<string, Set<string>>();
  for (const request of received) bodies.set(request.id, new Set([...(bodies.get(request.id) ?? []), request.body]));
  const versions = new Map<string, number[]>();
  for (const request of received) {
    const data = request.payload?.data as { recordId: string; version: number } | undefined;
    if (data) versions.set(data.recordId, [...(versions.get(data.recordId) ?? []), data.version]);
  }
  return {
    missing: events.filter((event) => !bodies.has(event.id)).length,
    bodiesDiffering: [...bodies].filter(([, set]) => set.size > 1).map(([id]) => id),
    outOfOrder: [...versions].filter(([, seen]) => seen.some((version, index) => index > 0 && version < seen[index - 1])).map(([recordId]) => recordId),
    unsigned: received.filter((request) => request.verifiedWith.length === 0).length,
  };
}

describe('webhook deliveries through worker kills and a Redis flush', () => {
  let test: TestApp;
  let a: SeededAgency;
  let receiver: WebhookReceiver;
  const workers: WorkerProcess[] = [];

  beforeAll(async () => {
    ({ test, a } = await startTwoAgencies());
    receiver = await new WebhookReceiver().start();
  });
  afterAll(async () => {
    for (const worker of workers) await killWorker(worker);
    await receiver.close();
    await test.close();
  });

  it('delivers every event at least once, one body per event id, in version order per record, all signed, after a SIGKILL mid-delivery and the deletion of every Redis key', async () => {
    const fairs = [(await insertFair(test, a.id)).id, (await insertFair(test, a.id, { name: 'KIMES 2017' })).id, (await insertFair(test, a.id, { name: 'MEDICA 2017' })).id];
    for (const path of ['/crm', '/bi', '/archive']) {
      const response = await client(test, a.admin.token).post('/v1/webhooks', {
        url: receiver.url(path),
        eventTypes: ['consultation.*', 'contract.*'],
        scopes: ['consultations:read', 'contracts:read'],
      });
      receiver.expect(path, [response.json<{ secret: string }>().secret]);
    }
    receiver.answerDelayMs = 15;

    // 100 records over 3 fairs, each created then changed twice: 300 events in 10 transactions, in version order per record.
    const records = Array.from({ length: 100 }, (_, index) => ({ id: randomUUID(), fairId: fairs[index % 3], type: index % 4 === 0 ? ('contract' as const) : ('consultation' as const) }));
    const specs: EventSpec[] = [[1, 'created'], [2, 'updated'], [3, 'updated']].flatMap(([version, action]) =>
      records.map((record) => ({
        agencyId: a.id,
        fairId: record.fairId,
        recordType: record.type,
        recordId: record.id,
        version: version as number,
        action: action as string,
        changedFields: action === 'updated' ? ['notes'] : [],
      })),
    );
    const events = [];
    for (let batch = 0; batch < 10; batch++) events.push(...(await emitEvents(test, specs.slice(batch * 30, batch * 30 + 30))));

    workers.push(spawnWorker(test, WORKER_ENV));
    const deadline = Date.now() + 30_000;
    while (receiver.received.length < 150 && Date.now() < deadline) await sleep(20);
    expect(receiver.received.length).toBeGreaterThanOrEqual(150);
    await killWorker(workers[0]);
    await deleteRedisKeys(test.redisPrefix);

    workers.push(spawnWorker(test, WORKER_ENV));
    for (const path of ['/crm', '/bi', '/archive']) {
      const until = Date.now() + 60_000;
      while (new Set(receiver.at(path).map((request) => request.id)).size < events.length && Date.now() < until) await sleep(50);
      const result = checkReceived(receiver.at(path), events);
      expect({ path, ...result }).toEqual({ path, missing: 0, bodiesDiffering: [], outOfOrder: [], unsigned: 0 });
    }
    const statuses = async () => (await test.db.query<{ status: string; n: number }>('SELECT status, count(*)::int AS n FROM webhook_deliveries GROUP BY status')).rows;
    const settled = Date.now() + 10_000;
    while ((await statuses()).some((row) => row.status !== 'delivered') && Date.now() < settled) await sleep(50);
    expect(await statuses()).toEqual([{ status: 'delivered', n: 3 * events.length }]);
    process.stdout.write(`webhook faults: ${receiver.received.length} requests for ${3 * events.length} deliveries (${receiver.received.length - 3 * events.length} repeated after the kill)\n`);
  }, 120_000);
});
