// Booth logging with webhooks: the ingest load (POST /v1/consultations) measured three times in one
// run, one after the other on the same scratch service: with one active webhook endpoint (the worker
// relaying the change feed and delivering every event to a local receiver), without one (the worker
// running all the same), and the bare Fastify INSERT baseline. Ratios are taken within the run.
import { fileURLToPath } from 'node:url';
import { defer } from '../lib/cleanup.js';
import { agencyWithFair } from '../lib/fixtures.js';
import { loadSettings, measure, failures } from '../lib/load.js';
import { cpuProbe, runInfo } from '../lib/machine.js';
import { freePort, startServer } from '../lib/process.js';
import { prepareService } from '../lib/service.js';
import { registerEndpoint, startWebhookReceiver } from '../lib/webhook-receiver.js';
import { setTimeout as sleep } from 'node:timers/promises';

export const description = 'POST /v1/consultations with one active webhook endpoint vs without vs bare Fastify pg INSERT (one run, worker delivering)';

const BASELINE = fileURLToPath(new URL('../baseline.js', import.meta.url));
const BASELINE_ROUTE = fileURLToPath(new URL('../baseline-routes/pg-insert-consultation.js', import.meta.url));
const int = (n) => Math.round(n).toLocaleString('en-US');
const ms = (n) => n.toFixed(2);

export async function standalone({ log }) {
  const settings = loadSettings();
  const ctx = await prepareService({ log });
  const worker = ctx.startWorker();
  const receiver = await startWebhookReceiver();
  const baselinePort = await freePort();
  const baseline = await startServer({
    name: 'baseline',
    args: [BASELINE, '--plugin', BASELINE_ROUTE],
    env: { DATABASE_URL: ctx.databaseUrl, DATABASE_POOL_SIZE: ctx.poolSize, HOST: '127.0.0.1', PORT: String(baselinePort), NODE_ENV: 'production' },
    readyUrl: `http://127.0.0.1:${baselinePort}/health/live`,
    timeoutMs: ctx.timeoutMs,
  });
  defer('stop baseline', baseline.stop);

  // Two agencies: the one with an endpoint and the one without write the same rows.
  const listening = await agencyWithFair(ctx);
  const quiet = await agencyWithFair(ctx);
  await registerEndpoint(ctx, listening, receiver);
  const body = (fixture) => ({
    fairId: fixture.fairId,
    companyId: fixture.companyId,
    buyerCountry: 'VN',
    occurredAt: '2017-05-16T03:15:00Z',
    type: 'booth',
    productInterest: 'Portable ultrasound scanner, 20 units for a hospital group',
    estimatedValue: { amount: '125000.00', currency: 'USD' },
    notes: 'Distributor in Ho Chi Minh City; asked for CE and MFDS certificates and a price list.',
  });
  const post = (fixture) => ({
    method: 'POST',
    url: `${ctx.service.url}/v1/consultations`,
    headers: { 'content-type': 'application/json', authorization: `Bearer ${fixture.token}` },
    body: JSON.stringify(body(fixture)),
  });
  const targets = {
    'without webhook': post(quiet),
    'with webhook': post(listening),
    baseline: {
      method: 'POST',
      url: `http://127.0.0.1:${baselinePort}/baseline/consultations`,
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ ...body(listening), agencyId: listening.agencyId, loggedBy: listening.userId }),
    },
  };

  const results = {};
  for (const [name, target] of Object.entries(targets)) {
    // The worker is part of what is measured: its CPU is not "other".
    const probe = cpuProbe([ctx.service.pid, baseline.pid, worker.pid]);
    results[name] = { ...(await measure({ name, ...target }, settings, log)), otherCpuShare: probe.otherShare() };
    // The worker finishes what this load queued (deliveries stop arriving) before the next target runs.
    const drained = Date.now() + 180_000;
    let seen = -1;
    while (receiver.received !== seen && Date.now() < drained) {
      seen = receiver.received;
      await sleep(2000);
    }
    log(`${name}: ${int(receiver.received)} webhook deliveries received so far`);
  }
  const withHook = results['with webhook'];
  const without = results['without webhook'];
  const base = results.baseline;
  const problems = Object.values(results).flatMap((summary) => failures(summary).map((failure) => `${summary.name}: ${failure}`));
  const info = runInfo();
  const text = [
    description,
    `${settings.connections} connections, ${settings.duration} s measured after ${settings.warmup} s warm-up, ${info.machine.cpus} CPUs, Node ${info.machine.node}, commit ${info.commit}`,
    ...Object.values(results).map((s) => `  ${s.name.padEnd(16)} ${int(s.reqPerSec).padStart(6)} req/s  p50 ${ms(s.latencyMs.p50)} ms  p99 ${ms(s.latencyMs.p99)} ms  non-2xx ${s.non2xx}  other CPU ${Math.round(s.otherCpuShare * 100)}%`),
    `with/without webhook: req/s ${(withHook.reqPerSec / without.reqPerSec).toFixed(2)}×, p99 ${(withHook.latencyMs.p99 / without.latencyMs.p99).toFixed(2)}×`,
    `vs baseline: with ${(withHook.reqPerSec / base.reqPerSec).toFixed(2)}× req/s, without ${(without.reqPerSec / base.reqPerSec).toFixed(2)}× req/s`,
    `webhook deliveries received: ${int(receiver.received)}`,
    ...problems.map((problem) => `FAILED: ${problem}`),
  ].join('\n');
  return { ok: problems.length === 0, text, results, receiverDeliveries: receiver.received };
}
