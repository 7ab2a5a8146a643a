// Turning measurements into text: a table for people, a row for
// BENCHMARKS.md, JSON for scripts. No measuring happens here.
export const ratios = (service, baseline) => ({
  reqPerSec: service.reqPerSec / baseline.reqPerSec,
  p99: service.latencyMs.p99 / baseline.latencyMs.p99,
});

const int = (n) => Math.round(n).toLocaleString('en-US');
const ms = (n) => n.toFixed(2);
const times = (n) => (Number.isFinite(n) ? `${n.toFixed(2)}×` : 'n/a');
const share = (n) => (n === null || n === undefined ? 'n/a' : `${Math.round(n * 100)}%`);

function table(rows) {
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
  return rows.map((r) => r.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join('  ')).join('\n');
}

export function formatText(result) {
  const { scenario, description, settings, results, ratio, info } = result;
  const head = ['target', 'req/s', 'p50 ms', 'p99 ms', 'requests', 'non-2xx', 'errors', 'other CPU'];
  const rows = Object.values(results).map((s) => [
    s.name, int(s.reqPerSec), ms(s.latencyMs.p50), ms(s.latencyMs.p99), int(s.requests), String(s.non2xx),
    String(s.errors + s.mismatches), share(s.otherCpuShare),
  ]);
  return [
    `${scenario}: ${description}`,
    `${settings.connections} connections, ${settings.duration} s measured after ${settings.warmup} s warm-up, ` +
      `${info.machine.cpus} CPUs, Node ${info.machine.node}, commit ${info.commit}`,
    '',
    table([head, ...rows]),
    '',
    `service/baseline: req/s ${times(ratio.reqPerSec)}, p99 ${times(ratio.p99)}` +
      (ratio.cpuPerRequest ? `, CPU per answer ${times(ratio.cpuPerRequest)} (${Object.values(results).map((s) => `${s.name} ${s.cpuMsPerRequest.toFixed(3)} ms`).join(', ')})` : ''),
  ].join('\n');
}

export const MARKDOWN_HEADER = [
  '| date | scenario | load | service req/s | service p50 / p99 ms | baseline req/s | baseline p50 / p99 ms | req/s ratio | p99 ratio | other CPU | commit |',
  '| --- | --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |',
].join('\n');

export function markdownRow({ scenario, settings, results: { service, baseline }, ratio, info }) {
  const cells = [
    info.date.slice(0, 10),
    `\`${scenario}\``,
    `${settings.connections} conn × ${settings.duration} s`,
    int(service.reqPerSec),
    `${ms(service.latencyMs.p50)} / ${ms(service.latencyMs.p99)}`,
    int(baseline.reqPerSec),
    `${ms(baseline.latencyMs.p50)} / ${ms(baseline.latencyMs.p99)}`,
    times(ratio.reqPerSec),
    times(ratio.p99),
    `${share(service.otherCpuShare)} / ${share(baseline.otherCpuShare)}`,
    info.commit,
  ];
  return `| ${cells.join(' | ')} |`;
}
