// How fresh the outcomes are under load: while consultations pour in at half the measured ingest
// maximum (one worker running), how long from a consultation's 201 until its fair's outcome counts
// it. A second fair takes probe consultations one at a time and is polled every 10 ms.
import autocannon from 'autocannon';
import { setTimeout as sleep } from 'node:timers/promises';
import { agencyWithFair } from '../lib/fixtures.js';
import { prepareService } from '../lib/service.js';

export const description = 'outcome freshness: 201 → outcome includes it, p50/p99, while ingesting at half the measured maximum (one worker)';

const percentile = (sorted, p) => sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)];
const fire = (options) => new Promise((resolve, reject) => autocannon(options, (err, result) => (err ? reject(err) : resolve(result))));

export async function standalone({ log }) {
  const duration = Number(process.env.BENCH_DURATION ?? 15);
  const ctx = await prepareService({ log });
  ctx.startWorker();
  const load = await agencyWithFair(ctx);
  const { call, token } = load;
  const probeFair = await call(`${ctx.service.url}/v1/fairs`, {
    method: 'POST',
    token,
    body: { series: 'kimes', name: 'KIMES 2017', year: 2017, city: 'Seoul', country: 'KR', startsOn: '2017-03-16', endsOn: '2017-03-19', timezone: 'Asia/Seoul' },
  });
  await call(`${ctx.service.url}/v1/fairs/${probeFair.id}/participants`, { method: 'POST', token, body: { companyId: load.companyId } });

  const body = (fairId, occurredAt) =>
    JSON.stringify({ fairId, companyId: load.companyId, buyerCountry: 'VN', occurredAt, estimatedValue: { amount: '1000.00', currency: 'USD' } });
  const ingest = {
    url: `${ctx.service.url}/v1/consultations`,
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: body(load.fairId, '2017-05-16T03:00:00Z'),
    connections: 64,
  };
  log('measuring the ingest maximum (5 s) …');
  const max = (await fire({ ...ingest, duration: 5 })).requests.mean;
  const rate = Math.max(1, Math.floor(max / 2));
  log(`ingest maximum ${Math.round(max)} req/s; loading at ${rate} req/s for ${duration} s while probing …`);

  const outcome = () => call(`${ctx.service.url}/v1/fairs/${probeFair.id}/outcomes`, { token });
  let expected = (await outcome()).consultations.count;
  const samples = [];
  const background = fire({ ...ingest, duration, overallRate: rate });
  const until = Date.now() + duration * 1000 - 1500;
  while (Date.now() < until) {
    await call(`${ctx.service.url}/v1/consultations`, { method: 'POST', token, body: JSON.parse(body(probeFair.id, '2017-03-17T02:00:00Z')) });
    const created = performance.now();
    expected += 1;
    for (;;) {
      if ((await outcome()).consultations.count >= expected) break;
      if (performance.now() - created > 30_000) throw new Error('a probe consultation was not counted within 30 s');
      await sleep(10);
    }
    samples.push(performance.now() - created);
    await sleep(100);
  }
  const loadResult = await background;
  samples.sort((a, b) => a - b);
  const p50 = percentile(samples, 50);
  const p99 = percentile(samples, 99);
  const text = [
    description,
    `ingest maximum ${Math.round(max)} req/s; background load ${Math.round(loadResult.requests.mean)} req/s (target ${rate}), non-2xx ${loadResult.non2xx}`,
    `${samples.length} probes: 201 → counted p50 ${p50.toFixed(0)} ms, p99 ${p99.toFixed(0)} ms, max ${samples.at(-1).toFixed(0)} ms (target p99 ≤ 1000 ms)`,
  ].join('\n');
  return { ok: loadResult.non2xx === 0 && samples.length > 0, text, ingestMax: max, rate, probes: samples.length, p50, p99 };
}
