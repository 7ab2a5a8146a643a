import { webhookSubscriberRegistered } from './support/feed-events.js';
import { client, type Client } from './support/http.js';
import { insertExhibitor, insertFair } from './support/records.js';
import { deleteRedisKeys, type SeededAgency, type TestApp } from './support/test-app.js';
import { startTwoAgencies } from './support/two-agencies.js';
import { type Received, WebhookReceiver } from './support/webhook-receiver.js';
import { killWorker, sleep, spawnWorker, type WorkerProcess } from './support/worker.js';

/** Fast retries, and a killed sender's lease (timeout + 5 s) that runs out sooner. */
const WORKER_ENV = { WEBHOOK_RETRY_BASE_DELAY_MS: '100', WEBHOOK_RETRY_MAX_DELAY_MS: '1000', WEBHOOK_TIMEOUT_MS: '2000', OUTCOME_SWEEP_INTERVAL_MS: '500' };
const RECORD_EVENTS = ['consultation.created', 'consultation.updated', 'consultation.deleted'];

interface FeedEvent {
  id: string;
  type: string;
  fairId: string;
}

/** What a receiver must have seen: every event at least once, one body per event id, each record's versions in order, all signed. */
function checkReceived(received: Received[], events: FeedEvent[]) {
  const bodies = new Map<string, Set<string>>();
  for (const request of received) bodies.set(request.id, new Set([...(bodies.get(request.id) ?? []), request.body]));
  const versions = new Map<string, number[]>();
  for (const request of received) {
    const data = request.payload?.data as { recordId: string; version: number } | undefined;
    if (data) versions.set(data.recordId, [...(versions.get(data.recordId) ?? []), data.version]);
  }
  return {
    missing: events.filter((event) => !bodies.has(event.id)).length,
    unexpected: [...bodies.keys()].filter((id) => !events.some((event) => event.id === id)).length,
    bodiesDiffering: [...bodies].filter(([, set]) => set.size > 1).map(([id]) => id),
    outOfOrder: [...versions].filter(([, seen]) => seen.some((version, index) => index > 0 && version < seen[index - 1])).map(([recordId]) => recordId),
    unsigned: received.filter((request) => request.verifiedWith.length === 0).length,
  };
}
const CLEAN = { missing: 0, unexpected: 0, bodiesDiffering: [], outOfOrder: [], unsigned: 0 };

/**
 * Webhooks fed by real writes: the API writes records, their events go through the change feed, a
 * worker process relays them to the webhook subscriber and sends them to a receiver on 127.0.0.1
 * that verifies every request with the `standardwebhooks` package.
 */
describe('webhooks fed by the change feed', () => {
  let test: TestApp;
  let a: SeededAgency;
  let staff: Client;
  let receiver: WebhookReceiver;
  const workers: WorkerProcess[] = [];

  /** An endpoint at `path` of the receiver, which learns its secret. */
  const endpoint = async (path: string, overrides: Record<string, unknown> = {}) => {
    const response = await client(test, a.admin.token).post('/v1/webhooks', {
      url: receiver.url(path),
      eventTypes: ['consultation.*'],
      scopes: ['consultations:read'],
      ...overrides,
    });
    expect(response.statusCode).toBe(201);
    receiver.expect(path, [response.json<{ secret: string }>().secret]);
  };
  /** Three fairs, each with an exhibitor. */
  const fairsWithExhibitors = async () =>
    Promise.all(
      ['CMEF 2017', 'KIMES 2017', 'MEDICA 2017'].map(async (name) => {
        const fair = await insertFair(test, a.id, { name });
        return { fairId: fair.id, companyId: await insertExhibitor(test, a.id, fair.id) };
      }),
    );
  /** `writes` consultation writes over the fairs, `concurrency` at a time: each record created, changed twice, some deleted. */
  const write = async (fairs: { fairId: string; companyId: string }[], writes: number, concurrency = 16) => {
    const records = Math.floor(writes / 3);
    const plan: (() => Promise<void>)[] = [];
    const ids: string[] = [];
    for (let index = 0; index < records; index++) {
      const { fairId, companyId } = fairs[index % fairs.length];
      plan.push(async () => {
        const created = await staff.post('/v1/consultations', { fairId, companyId, buyerCountry: 'DE', occurredAt: '2017-05-16T03:00:00Z' });
        expect(created.statusCode).toBe(201);
        ids[index] = created.json<{ id: string }>().id;
      });
    }
    const steps = [(id: string) => staff.patch(`/v1/consultations/${id}`, { stage: 'follow_up' }), (id: string) => staff.patch(`/v1/consultations/${id}`, { stage: 'negotiating' })];
    for (const step of steps) for (let index = 0; index < records; index++) plan.push(async () => expect((await step(ids[index])).statusCode).toBe(200));
    for (let index = 0; plan.length < writes; index++) plan.push(async () => expect((await staff.delete(`/v1/consultations/${ids[index]}`)).statusCode).toBe(204));
    // Each phase waits for the one before: a record's writes follow one another.
    for (const phase of [plan.slice(0, records), plan.slice(records, 2 * records), plan.slice(2 * records, 3 * records), plan.slice(3 * records)]) {
      for (let start = 0; start < phase.length; start += concurrency) await Promise.all(phase.slice(start, start + concurrency).map((run) => run()));
    }
  };
  const consultationEvents = async (since: string) =>
    (
      await test.db.query<FeedEvent>(
        `SELECT id, type, fair_id AS "fairId" FROM change_events WHERE agency_id = $1 AND record_type = 'consultation' AND seq > $2 ORDER BY tx_id, seq`,
        [a.id, since],
      )
    ).rows;
  const feedHead = async () => (await test.db.query<{ seq: string }>('SELECT coalesce(max(seq), 0)::text AS seq FROM change_events')).rows[0].seq;
  const waitForAll = async (path: string, events: FeedEvent[], timeoutMs = 90_000) => {
    const until = Date.now() + timeoutMs;
    const wanted = new Set(events.map((event) => event.id));
    while ([...wanted].some((id) => !receiver.at(path).some((request) => request.id === id)) && Date.now() < until) await sleep(100);
  };

  beforeAll(async () => {
    ({ test, a } = await startTwoAgencies());
    staff = client(test, a.staff.token);
    receiver = await new WebhookReceiver().start();
  });
  afterAll(async () => {
    for (const worker of workers) await killWorker(worker);
    await receiver.close();
    await test.close();
  });

  it('delivers a burst of 1,000 writes over 3 fairs: every event, each record in version order, all signed; a fair-and-type filter gets exactly its events', async () => {
    const fairs = await fairsWithExhibitors();
    await endpoint('/burst');
    await endpoint('/burst-kimes-created', { eventTypes: ['consultation.created'], fairIds: [fairs[1].fairId] });
    workers.push(spawnWorker(test, WORKER_ENV));
    await webhookSubscriberRegistered(test);
    const since = await feedHead();

    await write(fairs, 1000);
    const events = await consultationEvents(since);
    expect(events).toHaveLength(1000);
    expect(new Set(events.map((event) => event.type))).toEqual(new Set(RECORD_EVENTS));

    await waitForAll('/burst', events);
    expect(checkReceived(receiver.at('/burst'), events)).toEqual(CLEAN);
    const filtered = events.filter((event) => event.fairId === fairs[1].fairId && event.type === 'consultation.created');
    await waitForAll('/burst-kimes-created', filtered);
    await sleep(500);
    expect(checkReceived(receiver.at('/burst-kimes-created'), filtered)).toEqual(CLEAN);
    expect(receiver.at('/burst-kimes-created').map((request) => request.id).sort()).toEqual(filtered.map((event) => event.id).sort());
    await killWorker(workers[0]);
  }, 180_000);

  it('delivers every event at least once, one body per event id, in version order per record, all signed, after a SIGKILL mid-delivery and the deletion of every Redis key', async () => {
    const fairs = await fairsWithExhibitors();
    const paths = ['/crm', '/bi', '/archive'];
    for (const path of paths) await endpoint(path);
    receiver.answerDelayMs = 15;
    workers.push(spawnWorker(test, WORKER_ENV));
    await webhookSubscriberRegistered(test);
    const since = await feedHead();

    await write(fairs, 300);
    const events = await consultationEvents(since);
    const sent = () => paths.reduce((total, path) => total + receiver.at(path).length, 0);
    const halfway = Date.now() + 60_000;
    while (sent() < (paths.length * events.length) / 3 && Date.now() < halfway) await sleep(20);
    expect(sent()).toBeGreaterThan(0);
    await killWorker(workers.at(-1)!);
    await deleteRedisKeys(test.redisPrefix);

    workers.push(spawnWorker(test, WORKER_ENV));
    for (const path of paths) {
      await waitForAll(path, events);
      expect({ path, ...checkReceived(receiver.at(path), events) }).toEqual({ path, ...CLEAN });
    }
    const statuses = async () =>
      (await test.db.query<{ status: string; n: number }>(
        `SELECT d.status, count(*)::int AS n FROM webhook_deliveries d JOIN webhook_endpoints w ON w.id = d.endpoint_id
          WHERE w.url LIKE ANY ($1) GROUP BY d.status`,
        [paths.map((path) => `%${path}`)],
      )).rows;
    const settled = Date.now() + 20_000;
    while ((await statuses()).some((row) => row.status !== 'delivered') && Date.now() < settled) await sleep(100);
    expect(await statuses()).toEqual([{ status: 'delivered', n: paths.length * events.length }]);
    process.stdout.write(`webhook faults: ${sent()} requests for ${paths.length * events.length} deliveries (${sent() - paths.length * events.length} repeated after the kill)\n`);
  }, 180_000);
});
