// Load generation with autocannon's programmatic API. Every target of a run
// gets identical settings; each is first warmed up (JIT, connection pools,
// caches) with a short unmeasured run so the measured run sees steady state.
import autocannon from 'autocannon';

function integer(value, fallback, name, min) {
  if (value === undefined || value === '') return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < min) throw new Error(`${name} must be an integer >= ${min}, got "${value}"`);
  return n;
}

export function loadSettings(env = process.env) {
  return {
    connections: integer(env.BENCH_CONNECTIONS, 64, 'BENCH_CONNECTIONS', 1),
    duration: integer(env.BENCH_DURATION, 15, 'BENCH_DURATION', 1),
    warmup: integer(env.BENCH_WARMUP, 3, 'BENCH_WARMUP', 0),
    // One request in flight per connection: what real HTTP/1.1 clients do.
    pipelining: 1,
  };
}

// autocannon's own latency histogram keeps whole milliseconds, too coarse for
// routes answering in about 1 ms; so every response time (a float, in ms) is
// also kept here and the percentiles computed exactly.
function fire(options) {
  return new Promise((resolve, reject) => {
    const chunks = [new Float64Array(1 << 16)];
    let used = 0;
    const instance = autocannon(options, (err, result) => {
      if (err) return reject(err);
      const all = new Float64Array(chunks.length * chunks[0].length);
      chunks.forEach((c, i) => all.set(c, i * c.length));
      resolve({ result, latencies: all.subarray(0, (chunks.length - 1) * chunks[0].length + used).sort() });
    });
    instance.on('response', (_client, _status, _bytes, ms) => {
      if (used === chunks[0].length) {
        chunks.push(new Float64Array(chunks[0].length));
        used = 0;
      }
      chunks.at(-1)[used++] = ms;
    });
  });
}

// Nearest-rank percentile of a sorted array.
const percentile = (sorted, p) => (sorted.length ? sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)] : NaN);
const mean = (values) => values.reduce((a, b) => a + b, 0) / values.length;

// target: { name, url, ...any autocannon option (method, headers, body, requests, expectBody …) }
// `onMeasured(start)`: called as the measured run starts, with a function to call when it ends (the
// harness reads the target process's CPU time around it).
export async function measure(target, settings, log = console.error, { aroundMeasured } = {}) {
  const { name, ...request } = target;
  const base = { ...request, connections: settings.connections, pipelining: settings.pipelining };

  if (settings.warmup > 0) {
    log(`${name}: warm-up ${settings.warmup} s …`);
    const warm = summarize(name, await fire({ ...base, duration: settings.warmup }));
    // The measured run decides pass/fail; this only says early what went wrong.
    if (failures(warm).length > 0) log(`${name}: warm-up already saw ${failures(warm).join(', ')}`);
  }
  log(`${name}: measuring ${settings.duration} s with ${settings.connections} connections …`);
  const done = aroundMeasured?.();
  const summary = summarize(name, await fire({ ...base, duration: settings.duration }));
  return { ...summary, ...done?.(summary) };
}

function summarize(name, { result: r, latencies }) {
  return {
    name,
    url: r.url,
    requests: r.requests.total,
    reqPerSec: r.requests.mean,
    latencyMs: {
      mean: mean(latencies),
      p50: percentile(latencies, 50),
      p99: percentile(latencies, 99),
      max: percentile(latencies, 100),
    },
    non2xx: r.non2xx,
    errors: r.errors,
    timeouts: r.timeouts,
    mismatches: r.mismatches,
    statusCodes: Object.fromEntries(Object.entries(r.statusCodeStats ?? {}).map(([code, s]) => [code, s.count])),
  };
}

// Any of these makes the numbers meaningless (an error page is not a fast answer).
export function failures(s) {
  const out = [];
  if (s.non2xx > 0) out.push(`${s.non2xx} non-2xx responses (${JSON.stringify(s.statusCodes)})`);
  if (s.errors > 0) out.push(`${s.errors} errors (${s.timeouts} timeouts)`);
  if (s.mismatches > 0) out.push(`${s.mismatches} unexpected bodies`);
  if (s.requests === 0) out.push('no responses at all');
  return out;
}
