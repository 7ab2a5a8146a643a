// Webhook delivery lag under load: while consultations pour in at half the measured ingest maximum
// (one worker relaying the change feed and delivering to one active endpoint), how long from a probe
// consultation's 201 (its commit) until the receiver has its consultation.created event.
import autocannon from 'autocannon';
import { setTimeout as sleep } from 'node:timers/promises';
import { agencyWithFair } from '../lib/fixtures.js';
import { prepareService } from '../lib/service.js';
import { registerEndpoint, startWebhookReceiver } from '../lib/webhook-receiver.js';

export const description = 'webhook delivery lag: 201 → receiver has the event, p50/p99, while ingesting at half the measured maximum (one worker, one endpoint)';

const percentile = (sorted, p) => sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)];
const fire = (options) => new Promise((resolve, reject) => autocannon(options, (err, result) => (err ? reject(err) : resolve(result))));

export async function standalone({ log }) {
  const duration = Number(process.env.BENCH_DURATION ?? 15);
  const ctx = await prepareService({ log });
  ctx.startWorker();
  const receiver = await startWebhookReceiver();
  const load = await agencyWithFair(ctx);
  await registerEndpoint(ctx, load, receiver);
  const { call, token } = load;

  const body = (occurredAt) =>
    JSON.stringify({ fairId: load.fairId, companyId: load.companyId, buyerCountry: 'VN', occurredAt, estimatedValue: { amount: '1000.00', currency: 'USD' } });
  const ingest = {
    url: `${ctx.service.url}/v1/consultations`,
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: body('2017-05-16T03:00:00Z'),
    connections: 64,
  };
  log('measuring the ingest maximum (5 s) …');
  const max = (await fire({ ...ingest, duration: 5 })).requests.mean;
  const rate = Math.max(1, Math.floor(max / 2));
  log(`ingest maximum ${Math.round(max)} req/s; letting the worker catch up, then loading at ${rate} req/s for ${duration} s while probing …`);
  const backlog = Date.now() + 60_000;
  let last = -1;
  while (receiver.received !== last && Date.now() < backlog) {
    last = receiver.received;
    await sleep(1000);
  }

  const samples = [];
  const background = fire({ ...ingest, duration, overallRate: rate });
  const until = Date.now() + duration * 1000 - 1500;
  while (Date.now() < until) {
    const probe = await call(`${ctx.service.url}/v1/consultations`, { method: 'POST', token, body: JSON.parse(body('2017-05-17T02:00:00Z')) });
    const created = performance.now();
    for (;;) {
      const arrived = receiver.arrival('consultation.created', probe.id);
      if (arrived !== undefined) {
        samples.push(Math.max(0, arrived - created));
        break;
      }
      if (performance.now() - created > 30_000) throw new Error('a probe consultation was not delivered within 30 s');
      await sleep(5);
    }
    await sleep(100);
  }
  const loadResult = await background;
  samples.sort((a, b) => a - b);
  const p50 = percentile(samples, 50);
  const p99 = percentile(samples, 99);
  const text = [
    description,
    `ingest maximum ${Math.round(max)} req/s; background load ${Math.round(loadResult.requests.mean)} req/s (target ${rate}), non-2xx ${loadResult.non2xx}`,
    `${samples.length} probes: 201 → delivered p50 ${p50.toFixed(0)} ms, p99 ${p99.toFixed(0)} ms, max ${samples.at(-1).toFixed(0)} ms (target p99 ≤ 2000 ms)`,
    `webhook deliveries received in all: ${receiver.received}`,
  ].join('\n');
  return { ok: loadResult.non2xx === 0 && samples.length > 0, text, ingestMax: max, rate, probes: samples.length, p50, p99 };
}
