import { randomUUID } from 'node:crypto';
import { emitEvents, type EventSpec, webhookSubscriberRegistered } from './support/feed-events.js';
import { JobsProducer } from '../src/jobs/jobs.producer.js';
import { issueKey, partner } from './support/api-keys.js';
import { client, type Client } from './support/http.js';
import { insertExhibitor, insertFair } from './support/records.js';
import type { SeededAgency, TestApp } from './support/test-app.js';
import { startTwoAgencies } from './support/two-agencies.js';
import { type Received, WebhookReceiver } from './support/webhook-receiver.js';
import { killWorker, sleep, spawnWorker, type WorkerProcess } from './support/worker.js';

interface Attempt {
  at: string;
  statusCode: number | null;
  responseTimeMs: number;
  responseBody: string | null;
  error: string | null;
  retryAt: string | null;
}
interface Delivery {
  id: string;
  eventId: string;
  eventType: string;
  status: string;
  attempts: Attempt[];
}

/** Retries in a fraction of a second here (the defaults wait seconds to hours). */
const BASE_DELAY_MS = 200;
/** An attempt ends after this long without an answer (10 s by default). */
const TIMEOUT_MS = 2000;
const WORKER_ENV = {
  WEBHOOK_RETRY_BASE_DELAY_MS: String(BASE_DELAY_MS),
  WEBHOOK_RETRY_MAX_DELAY_MS: '5000',
  WEBHOOK_TIMEOUT_MS: String(TIMEOUT_MS),
  OUTCOME_SWEEP_INTERVAL_MS: '500',
};
type Payload = NonNullable<Received['payload']>;

/**
 * Deliveries end to end: events in the change feed, a real worker process sending them, and a real
 * HTTP receiver on 127.0.0.1 that verifies every request with the `standardwebhooks` package.
 */
describe('webhook deliveries', () => {
  let test: TestApp;
  let a: SeededAgency;
  let b: SeededAgency;
  let admin: Client;
  let receiver: WebhookReceiver;
  let worker: WorkerProcess;
  let fairs: string[];

  /** An endpoint of `agency` at `path` of the receiver, which learns its secret. */
  const endpoint = async (path: string, overrides: Record<string, unknown> = {}, agency: SeededAgency = a) => {
    const response = await client(test, agency.admin.token).post('/v1/webhooks', {
      url: receiver.url(path),
      eventTypes: ['consultation.*'],
      scopes: ['consultations:read'],
      ...overrides,
    });
    expect(response.statusCode).toBe(201);
    const webhook = response.json<{ id: string; secret: string }>();
    receiver.expect(path, [webhook.secret]);
    return webhook;
  };
  const consultation = (overrides: Partial<EventSpec> = {}): EventSpec => ({
    agencyId: a.id,
    fairId: fairs[0],
    recordType: 'consultation',
    recordId: randomUUID(),
    version: 1,
    action: 'created',
    ...overrides,
  });
  const deliveries = async (webhookId: string, query = '') => {
    const response = await admin.get(`/v1/webhooks/${webhookId}/deliveries${query}`);
    expect(response.statusCode).toBe(200);
    return response.json<{ data: Delivery[]; nextCursor: string | null }>();
  };
  const waitFor = async <T>(what: string, read: () => Promise<T>, done: (value: T) => boolean, timeoutMs = 20_000): Promise<T> => {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const value = await read();
      if (done(value)) return value;
      if (Date.now() > deadline) throw new Error(`${what}: still ${JSON.stringify(value).slice(0, 500)} after ${timeoutMs} ms`);
      await sleep(50);
    }
  };
  const webhook = async (id: string) => (await admin.get(`/v1/webhooks/${id}`)).json<{ enabled: boolean; disabledReason: string | null; version: number }>();

  beforeAll(async () => {
    ({ test, a, b } = await startTwoAgencies());
    admin = client(test, a.admin.token);
    receiver = await new WebhookReceiver().start();
    fairs = [(await insertFair(test, a.id)).id, (await insertFair(test, a.id, { name: 'KIMES 2017' })).id, (await insertFair(test, a.id, { name: 'MEDICA 2017' })).id];
    worker = spawnWorker(test, WORKER_ENV);
    await webhookSubscriberRegistered(test);
  });
  afterAll(async () => {
    await killWorker(worker);
    await receiver.close();
    await test.close();
  });

  it('signs every delivery as Standard Webhooks 1.0 (verified by the standardwebhooks package); bodies are thin, ids are the event ids', async () => {
    await endpoint('/signed');
    const recordId = randomUUID();
    const events = await emitEvents(test, [
      consultation({ recordId, version: 1, action: 'created' }),
      consultation({ recordId, version: 2, action: 'updated', changedFields: ['stage', 'notes'] }),
      consultation({ recordId, version: 3, action: 'deleted' }),
    ]);
    const received = await receiver.waitForDelivered('/signed', 3);
    expect(received.map((request) => request.id)).toEqual(events.map((event) => event.id));
    for (const request of received) {
      expect(request.verifiedWith).toEqual([0]);
      expect(request.headers['content-type']).toBe('application/json');
      expect(request.headers['webhook-signature']).toMatch(/^v1,[A-Za-z0-9+/]+=*$/);
      expect(Math.abs(Number(request.headers['webhook-timestamp']) - Date.now() / 1000)).toBeLessThan(60);
    }
    expect(received[1].payload).toEqual({
      type: 'consultation.updated',
      timestamp: events[1].occurredAt.toISOString(),
      data: { eventId: events[1].id, recordType: 'consultation', recordId, fairId: fairs[0], version: 2, changedFields: ['stage', 'notes'], url: `/v1/consultations/${recordId}` },
    });
  });

  it('signs with the old and the new secret during a rotation overlap, and with the new one alone after it', async () => {
    const { id, secret: old } = await endpoint('/rotating');
    const rotated = (await admin.post(`/v1/webhooks/${id}/rotate-secret`, {})).json<{ secret: string }>().secret;
    receiver.expect('/rotating', [old, rotated]);
    await emitEvents(test, [consultation()]);
    const [during] = await receiver.waitForDelivered('/rotating', 1);
    expect(during.verifiedWith).toEqual([0, 1]);
    expect(String(during.headers['webhook-signature']).split(' ')).toHaveLength(2);

    await test.db.query(`UPDATE webhook_endpoints SET previous_secret_expires_at = now() - interval '1 second' WHERE id = $1`, [id]);
    await emitEvents(test, [consultation()]);
    const after = (await receiver.waitForDelivered('/rotating', 2))[1];
    expect(after.verifiedWith).toEqual([1]);
    expect(String(after.headers['webhook-signature']).split(' ')).toHaveLength(1);
  });

  it('retries a 500 with exponential backoff until the 200: four attempts in the log, the same id and body each time, a fresh timestamp', async () => {
    const { id } = await endpoint('/flaky');
    receiver.script('/flaky', { status: 500 }, { status: 500 }, { status: 500 });
    const [event] = await emitEvents(test, [consultation()]);
    await receiver.waitForDelivered('/flaky', 1);
    const requests = receiver.at('/flaky');
    expect(requests.map((request) => request.status)).toEqual([500, 500, 500, 200]);
    expect(new Set(requests.map((request) => request.id))).toEqual(new Set([event.id]));
    expect(new Set(requests.map((request) => request.body)).size).toBe(1);
    for (const request of requests) expect(request.verifiedWith).toEqual([0]);
    const timestamps = requests.map((request) => Number(request.headers['webhook-timestamp']));
    expect([...timestamps].sort()).toEqual(timestamps);

    const [delivery] = await waitFor('the delivery', () => deliveries(id), (page) => page.data[0]?.status === 'delivered').then((page) => page.data);
    expect(delivery.attempts.map((attempt) => attempt.statusCode)).toEqual([500, 500, 500, 200]);
    for (const [index, attempt] of delivery.attempts.slice(0, 3).entries()) {
      const waited = Date.parse(attempt.retryAt!) - Date.parse(attempt.at);
      // Full jitter: up to base × 2^n after the attempt (and its answer), and the next attempt not before it.
      expect(waited).toBeLessThanOrEqual(BASE_DELAY_MS * 2 ** index + attempt.responseTimeMs + 50);
      expect(Date.parse(delivery.attempts[index + 1].at)).toBeGreaterThanOrEqual(Date.parse(attempt.retryAt!));
    }
    expect(delivery.attempts[3].retryAt).toBeNull();
  });

  it('honours Retry-After (seconds) before trying again', async () => {
    const { id } = await endpoint('/busy');
    receiver.script('/busy', { status: 503, headers: { 'retry-after': '2' } });
    await emitEvents(test, [consultation()]);
    const [first, second] = await receiver.waitForDelivered('/busy', 1).then(() => receiver.at('/busy'));
    expect([first.status, second.status]).toEqual([503, 200]);
    expect(second.at - first.at).toBeGreaterThanOrEqual(1950);
    const [delivery] = (await deliveries(id)).data;
    expect(Date.parse(delivery.attempts[0].retryAt!) - Date.parse(delivery.attempts[0].at)).toBeGreaterThanOrEqual(2000);
  });

  it('disables an endpoint answering 410 at once, audited as the system; enabled again, it gets what was pending', async () => {
    const { id } = await endpoint('/gone');
    receiver.script('/gone', { status: 410 });
    const [first] = await emitEvents(test, [consultation()]);
    const disabled = await waitFor('the 410', () => webhook(id), (row) => !row.enabled);
    expect(disabled).toMatchObject({ enabled: false, disabledReason: 'the endpoint answered 410 Gone', version: 2 });
    const [entry] = (await admin.get(`/v1/audit?recordId=${id}`)).json<{ data: { action: string; actor: { type: string }; after: Record<string, unknown> }[] }>().data;
    expect(entry).toMatchObject({ action: 'update', actor: { type: 'system' }, after: { enabled: false, disabledReason: 'the endpoint answered 410 Gone' } });

    await emitEvents(test, [consultation()]);
    await sleep(500);
    expect(receiver.at('/gone')).toHaveLength(1);
    expect((await deliveries(id)).data).toHaveLength(1);

    expect((await admin.patch(`/v1/webhooks/${id}`, { enabled: true })).statusCode).toBe(200);
    const [again] = await receiver.waitForDelivered('/gone', 1);
    expect(again.id).toBe(first.id);
  });

  it('disables an endpoint failing for longer than the retry window, with an audit entry; its failed delivery can be redelivered', async () => {
    const { id } = await endpoint('/down');
    receiver.script('/down', ...Array.from({ length: 100 }, () => ({ status: 500 })));
    await emitEvents(test, [consultation()]);
    await waitFor('a first failure', () => Promise.resolve(receiver.at('/down').length), (count) => count >= 1);
    // As if it had been failing for three days: its next attempt is the last one.
    await test.db.query(`UPDATE webhook_deliveries SET first_failed_at = now() - interval '73 hours', next_attempt_at = now() WHERE endpoint_id = $1`, [id]);
    const disabled = await waitFor('the retry window', () => webhook(id), (row) => !row.enabled);
    expect(disabled.disabledReason).toMatch(/^failing since .*, longer than the retry window \(72 h\)$/);
    const [delivery] = (await deliveries(id)).data;
    expect(delivery.status).toBe('failed');
    const [entry] = (await admin.get(`/v1/audit?recordId=${id}`)).json<{ data: { actor: { type: string }; after: Record<string, unknown> }[] }>().data;
    expect(entry).toMatchObject({ actor: { type: 'system' }, after: { enabled: false } });

    receiver.script('/down');
    await admin.patch(`/v1/webhooks/${id}`, { enabled: true });
    expect((await admin.post(`/v1/webhooks/${id}/redeliver-failed`, {})).json()).toEqual({ redelivered: 1 });
    const [delivered] = await receiver.waitForDelivered('/down', 1);
    expect(delivered.id).toBe(delivery.eventId);
  });

  it("never sends agency B's endpoint an event of agency A", async () => {
    await endpoint('/tenant-a', { eventTypes: ['consultation.*', 'contract.*'], scopes: ['consultations:read', 'contracts:read'] });
    await endpoint('/tenant-b', { eventTypes: ['consultation.*', 'contract.*'], scopes: ['consultations:read', 'contracts:read'] }, b);
    const ofA = await emitEvents(test, [consultation(), consultation({ recordType: 'contract', action: 'signed' }), consultation({ fairId: fairs[2] })]);
    const ofB = await emitEvents(test, [consultation({ agencyId: b.id, fairId: (await insertFair(test, b.id)).id })]);
    await receiver.waitForDelivered('/tenant-a', 3);
    await receiver.waitForDelivered('/tenant-b', 1);
    await sleep(300);
    expect(receiver.at('/tenant-a').map((request) => request.id)).toEqual(ofA.map((event) => event.id));
    expect(receiver.at('/tenant-b').map((request) => request.id)).toEqual(ofB.map((event) => event.id));
  });

  it('reveals no personal data an endpoint without buyers:pii could not read, not even which personal fields changed', async () => {
    await endpoint('/buyers', { eventTypes: ['buyer.*'], scopes: ['buyers:read'] });
    await endpoint('/buyers-pii', { eventTypes: ['buyer.*'], scopes: ['buyers:read', 'buyers:pii'] });
    const buyerId = randomUUID();
    const [updated] = await emitEvents(test, [
      { agencyId: a.id, fairId: null, recordType: 'buyer', recordId: buyerId, version: 2, action: 'updated', changedFields: ['contactName', 'email', 'organisation'] },
    ]);
    const [masked] = await receiver.waitForDelivered('/buyers', 1);
    const [full] = await receiver.waitForDelivered('/buyers-pii', 1);
    expect([masked.id, full.id]).toEqual([updated.id, updated.id]);
    expect(masked.payload?.data).toEqual({ eventId: updated.id, recordType: 'buyer', recordId: buyerId, fairId: null, version: 2, changedFields: ['organisation'], url: `/v1/buyers/${buyerId}` });
    expect(full.payload?.data.changedFields).toEqual(['contactName', 'email', 'organisation']);
  });

  it('drops what an endpoint queued under scopes it no longer has: no event its new scopes cannot read goes out', async () => {
    const { id } = await endpoint('/narrowed', { eventTypes: ['consultation.*', 'buyer.*'], scopes: ['consultations:read', 'buyers:read', 'buyers:pii'] });
    receiver.script('/narrowed', ...Array.from({ length: 1000 }, () => ({ status: 500 })));
    const buyer = (changedFields: string[]): EventSpec => ({ agencyId: a.id, fairId: null, recordType: 'buyer', recordId: randomUUID(), version: 2, action: 'updated', changedFields });
    const [head, personal, plain, last] = await emitEvents(test, [consultation(), buyer(['email', 'organisation']), buyer(['organisation']), consultation()]);
    await waitFor('the head to fail', () => Promise.resolve(receiver.at('/narrowed').length), (count) => count >= 1);
    await waitFor('all four queued', () => deliveries(id), (page) => page.data.length === 4);

    expect((await admin.patch(`/v1/webhooks/${id}`, { scopes: ['consultations:read', 'buyers:read'] })).statusCode).toBe(200);
    const queued = (await deliveries(id)).data.map((row) => row.eventId);
    expect(queued.sort()).toEqual([head.id, plain.id, last.id].sort());
    receiver.script('/narrowed');
    const delivered = await receiver.waitForDelivered('/narrowed', 3);
    expect(delivered.map((request) => request.id)).toEqual([head.id, plain.id, last.id]);
    expect(receiver.at('/narrowed').map((request) => request.id)).not.toContain(personal.id);
  });

  it('sends an endpoint filtered to one fair and one event type exactly those events', async () => {
    await endpoint('/one-fair', { eventTypes: ['consultation.created'], fairIds: [fairs[1]] });
    await endpoint('/every-fair', { eventTypes: ['consultation.*', 'contract.*'], scopes: ['consultations:read', 'contracts:read'] });
    const specs: EventSpec[] = [];
    for (const fairId of fairs) {
      for (const action of ['created', 'updated', 'deleted']) specs.push(consultation({ fairId, action, version: action === 'created' ? 1 : 2 }));
      specs.push(consultation({ fairId, recordType: 'contract', action: 'created' }));
    }
    const events = await emitEvents(test, specs);
    await receiver.waitForDelivered('/every-fair', events.length);
    await sleep(300);
    const expected = events.filter((event) => event.fairId === fairs[1] && event.type === 'consultation.created');
    expect(expected).toHaveLength(1);
    expect(receiver.at('/one-fair').map((request) => request.id)).toEqual(expected.map((event) => event.id));
  });

  it('checks the address again at delivery: a host that now resolves to loopback is refused, and nothing is sent', async () => {
    const { id } = await endpoint('/rebound');
    await test.db.query('UPDATE webhook_endpoints SET url = $2 WHERE id = $1', [id, `http://localhost:${receiver.port}/rebound`]);
    await emitEvents(test, [consultation()]);
    const [delivery] = await waitFor('a refused attempt', () => deliveries(id).then((page) => page.data), (rows) => (rows[0]?.attempts.length ?? 0) > 0);
    expect(delivery.attempts[0]).toMatchObject({ statusCode: null, responseBody: null, error: expect.stringMatching(/localhost resolves to .*loopback/) });
    expect(delivery.status).toBe('pending');
    expect(receiver.at('/rebound')).toEqual([]);
  });

  it('logs each attempt (status, response time, the first 1 KB of the answer); redelivers an event with the same id and body; sends test events; pages', async () => {
    const { id } = await endpoint('/logged');
    receiver.script('/logged', { status: 500, body: 'x'.repeat(5000) }, { status: 200, body: 'ok' });
    const [event] = await emitEvents(test, [consultation()]);
    await receiver.waitForDelivered('/logged', 1);
    const [delivery] = await waitFor('the log', () => deliveries(id).then((page) => page.data), (rows) => rows[0]?.status === 'delivered');
    expect(delivery).toMatchObject({ eventId: event.id, eventType: 'consultation.created' });
    expect(delivery.attempts).toEqual([
      { at: expect.any(String), statusCode: 500, responseTimeMs: expect.any(Number), responseBody: 'x'.repeat(1024), error: null, retryAt: expect.any(String) },
      { at: expect.any(String), statusCode: 200, responseTimeMs: expect.any(Number), responseBody: 'ok', error: null, retryAt: null },
    ]);

    const redelivered = await admin.post(`/v1/webhooks/${id}/deliveries/${delivery.id}/redeliver`, {});
    expect(redelivered.statusCode).toBe(202);
    const resent = (await receiver.waitForDelivered('/logged', 2))[1];
    expect([resent.id, resent.body]).toEqual([event.id, receiver.at('/logged')[0].body]);

    const tested = (await admin.post(`/v1/webhooks/${id}/test`, {})).json<{ eventId: string }>();
    const probe = (await receiver.waitForDelivered('/logged', 3))[2];
    expect(probe).toMatchObject({ id: tested.eventId, verifiedWith: [0], payload: { type: 'webhook.test', data: { eventId: tested.eventId, endpointId: id } } });

    const first = await deliveries(id, '?limit=1');
    expect(first.data.map((row) => row.eventId)).toEqual([tested.eventId]);
    const second = await deliveries(id, `?limit=1&cursor=${first.nextCursor}`);
    expect(second).toEqual({ data: [expect.objectContaining({ eventId: event.id })], nextCursor: null });
  });

  it('ends an attempt the receiver never answers after WEBHOOK_TIMEOUT_MS, logs it as a timeout and retries it', async () => {
    const { id } = await endpoint('/silent');
    receiver.script('/silent', { hang: true }, { hang: true });
    const [event] = await emitEvents(test, [consultation()]);
    await receiver.waitForDelivered('/silent', 1, 30_000);
    expect(receiver.at('/silent').map((request) => [request.id, request.status])).toEqual([
      [event.id, null],
      [event.id, null],
      [event.id, 200],
    ]);
    const [delivery] = await waitFor('the log', () => deliveries(id).then((page) => page.data), (rows) => rows[0]?.status === 'delivered');
    expect(delivery.attempts.map((attempt) => [attempt.statusCode, attempt.error])).toEqual([
      [null, `no answer within ${TIMEOUT_MS} ms`],
      [null, `no answer within ${TIMEOUT_MS} ms`],
      [200, null],
    ]);
    for (const attempt of delivery.attempts.slice(0, 2)) {
      // Given up at the configured timeout, well before the 10 s default.
      expect(attempt.responseTimeMs).toBeGreaterThanOrEqual(TIMEOUT_MS - 10);
      expect(attempt.responseTimeMs).toBeLessThan(10_000);
      expect(attempt).toMatchObject({ responseBody: null, retryAt: expect.any(String) });
    }
  });

  it("sends outcome.updated after each refresh, carrying the fair's new totals as its link shows them to an outcomes:read key", async () => {
    const fair = await insertFair(test, a.id, { name: 'Arab Health 2017' });
    const companyId = await insertExhibitor(test, a.id, fair.id);
    await endpoint('/outcomes', { eventTypes: ['outcome.updated'], scopes: ['outcomes:read'], fairIds: [fair.id] });
    const staff = client(test, a.staff.token);
    const outcomes = partner(test, (await issueKey(test, a.admin.token, ['outcomes:read'])).secret);
    const log = async (amount: string) => {
      const body = { fairId: fair.id, companyId, buyerCountry: 'DE', occurredAt: '2017-05-16T03:00:00Z', estimatedValue: { amount, currency: 'USD' } };
      expect((await staff.post('/v1/consultations', body)).statusCode).toBe(201);
    };
    type Totals = { computedAt: string; stale: boolean; consultations: { count: number; valueUsd: string } };
    const latest = () => receiver.at('/outcomes').filter((request) => request.status === 200).at(-1)?.payload as (Payload & { data: { totals: Totals } }) | undefined;

    await log('125000.50');
    const first = (await waitFor('the first refresh', () => Promise.resolve(latest()), (payload) => payload?.data.totals.consultations.count === 1))!;
    expect(first).toEqual({
      type: 'outcome.updated',
      timestamp: expect.any(String),
      data: { eventId: expect.any(String), recordType: 'outcome', recordId: fair.id, fairId: fair.id, version: null, changedFields: [], url: `/v1/fairs/${fair.id}/outcomes`, totals: expect.any(Object) },
    });
    expect(first.data.totals).toMatchObject({ fairId: fair.id, consultations: { count: 1, valueUsd: '125000.50' }, companies: 1, stale: false });

    await log('30000.25');
    // The last delivery carries the stored outcome as it now stands: the link shows the same totals.
    const { read, payload } = await waitFor(
      'the refresh after the second write',
      async () => ({ read: (await outcomes.get(first.data.url as string)).json<Totals>(), payload: latest() }),
      ({ read, payload }) => !read.stale && read.consultations.count === 2 && payload?.data.totals.computedAt === read.computedAt,
    );
    expect(payload!.data.totals.consultations).toEqual({ count: 2, valueUsd: '155000.75' });
    expect(read).toMatchObject(payload!.data.totals);
    for (const request of receiver.at('/outcomes')) expect(request.verifiedWith).toEqual([0]);
  });

  it('sends followup.round_opened, followup.response_received and shipment.recorded, thin, linking where their scopes read; no answers without followups:read', async () => {
    // In the future at first, so that its rounds open only once the endpoints exist.
    const fair = await insertFair(test, a.id, { name: 'MEDICA 2030', year: 2030, startsOn: '2030-11-18', endsOn: '2030-11-21', timezone: 'Europe/Berlin', country: 'DE' });
    const companyId = await insertExhibitor(test, a.id, fair.id);
    await endpoint('/after-fair', { eventTypes: ['followup.*', 'shipment.recorded'], scopes: ['outcomes:read', 'followups:read', 'contracts:read'], fairIds: [fair.id] });
    await endpoint('/after-fair-aggregates', { eventTypes: ['followup.round_opened', 'shipment.*'], scopes: ['outcomes:read', 'contracts:read'], fairIds: [fair.id] });
    await test.db.query(`UPDATE fairs SET year = 2017, starts_on = '2017-11-13', ends_on = '2017-11-16' WHERE id = $1`, [fair.id]);
    const rounds = await waitFor(
      'its three rounds to open',
      async () => (await test.db.query<{ id: string; version: number }>('SELECT id, version FROM follow_up_rounds WHERE fair_id = $1 AND opened_at IS NOT NULL ORDER BY sequence', [fair.id])).rows,
      (rows) => rows.length === 3,
    );
    const thin = (request: Received, recordType: string, recordId: string, version: number, url: string) => ({
      type: request.payload?.type,
      timestamp: expect.any(String),
      data: { eventId: request.id, recordType, recordId, fairId: fair.id, version, changedFields: [], url },
    });
    const byRecord = (requests: Received[]) => [...requests].sort((left, right) => String(left.payload?.data.recordId).localeCompare(String(right.payload?.data.recordId)));
    for (const path of ['/after-fair', '/after-fair-aggregates']) {
      const opened = byRecord(await receiver.waitForDelivered(path, 3));
      const expected = [...rounds].sort((left, right) => left.id.localeCompare(right.id));
      expect(opened.map((request) => request.payload)).toEqual(
        expected.map((round, index) => ({ ...thin(opened[index], 'followup', round.id, round.version, `/v1/fairs/${fair.id}/follow-up-rounds`), type: 'followup.round_opened' })),
      );
    }

    const questionnaireId = (await test.db.query<{ id: string }>('SELECT id FROM follow_up_questionnaires WHERE round_id = $1 AND company_id = $2', [rounds[0].id, companyId])).rows[0].id;
    const answered = await client(test, a.manager.token).post(`/v1/follow-up-questionnaires/${questionnaireId}/response`, {
      contractsSigned: { count: 1, value: { amount: '80000.00', currency: 'USD' } },
      contractsExpected: { count: 0 },
      shipments: { count: 1, value: { amount: '40000.00', currency: 'USD' } },
      satisfaction: 5,
      wouldExhibitAgain: true,
      laterContracts: [
        { buyerCountry: 'DE', signedOn: '2018-01-15', value: { amount: '80000.00', currency: 'USD' }, shipments: [{ shippedOn: '2018-03-01', value: { amount: '40000.00', currency: 'USD' } }] },
      ],
    });
    expect(answered.statusCode).toBe(201);
    const [shipmentId] = answered.json<{ shipmentIds: string[] }>().shipmentIds;
    const version = async (recordId: string) => (await test.db.query<{ version: number }>('SELECT version FROM change_events WHERE record_id = $1', [recordId])).rows[0].version;

    const [, , , shipped, response] = await receiver.waitForDelivered('/after-fair', 5);
    expect(shipped.payload).toEqual({ ...thin(shipped, 'shipment', shipmentId, await version(shipmentId), `/v1/shipments/${shipmentId}`), type: 'shipment.recorded' });
    expect(response.payload).toEqual({
      ...thin(response, 'followup', questionnaireId, await version(questionnaireId), `/v1/fairs/${fair.id}/outcomes/follow-ups`),
      type: 'followup.response_received',
    });
    const [, , , shippedToo] = await receiver.waitForDelivered('/after-fair-aggregates', 4);
    expect(shippedToo.id).toBe(shipped.id);
    await sleep(300);
    expect(receiver.at('/after-fair-aggregates').map((request) => request.payload?.type)).toEqual([...Array(3).fill('followup.round_opened'), 'shipment.recorded']);
    expect([...receiver.at('/after-fair'), ...receiver.at('/after-fair-aggregates')].filter((request) => request.verifiedWith.length === 0)).toEqual([]);

    // Each link reads with a key holding the endpoint's scopes: the answer itself only with followups:read.
    const aggregates = partner(test, (await issueKey(test, a.admin.token, ['outcomes:read', 'contracts:read'])).secret);
    const answers = partner(test, (await issueKey(test, a.admin.token, ['outcomes:read', 'followups:read', 'contracts:read'])).secret);
    const listed = await aggregates.get(`/v1/fairs/${fair.id}/follow-up-rounds`);
    expect(listed.json<{ data: { id: string; openedAt: string | null }[] }>().data.map((round) => round.id).sort()).toEqual(rounds.map((round) => round.id).sort());
    expect((await aggregates.get(String(shipped.payload?.data.url))).json()).toMatchObject({ id: shipmentId });
    const survey = await answers.get(String(response.payload?.data.url));
    expect(survey.json<{ responses?: { questionnaireId: string }[] }>().responses?.map((row) => row.questionnaireId)).toEqual([questionnaireId]);
    expect((await aggregates.get(String(response.payload?.data.url))).json()).not.toHaveProperty('responses');
  });

  it('purges delivered deliveries older than the retention from the log, and keeps the rest', async () => {
    const { id } = await endpoint('/purged');
    receiver.script('/purged', { status: 200 }, { status: 500 }, ...Array.from({ length: 50 }, () => ({ status: 500 })));
    const [old] = await emitEvents(test, [consultation()]);
    await receiver.waitForDelivered('/purged', 1);
    const [kept] = await emitEvents(test, [consultation()]);
    await waitFor('both in the log', () => deliveries(id), (page) => page.data.length === 2 && page.data.every((row) => row.attempts.length > 0));
    await test.db.query(`UPDATE webhook_deliveries SET delivered_at = now() - interval '31 days' WHERE endpoint_id = $1 AND status = 'delivered'`, [id]);
    await test.app.get(JobsProducer).enqueue('webhooks:purge', { agencyId: null });
    const page = await waitFor('the purge', () => deliveries(id), (log) => log.data.length === 1);
    expect(page.data.map((row) => [row.eventId, row.status])).toEqual([[kept.id, 'pending']]);
    expect(page.data.map((row) => row.eventId)).not.toContain(old.id);
    expect((await test.db.query('SELECT count(*)::int AS n FROM webhook_attempts a JOIN webhook_deliveries d ON d.id = a.delivery_id WHERE d.endpoint_id = $1', [id])).rows[0].n).toBeGreaterThan(0);
  });
});
