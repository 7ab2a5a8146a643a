// One benchmark run, start to finish: scratch database → migrations → service
// and baseline servers → the scenario's load → results. Every resource is
// registered with the cleanup stack as soon as it exists (see cleanup.js).
import { fileURLToPath } from 'node:url';
import { defer } from './cleanup.js';
import { failures, loadSettings, measure } from './load.js';
import { cpuProbe, processCpu, runInfo } from './machine.js';
import { freePort, startServer } from './process.js';
import { ratios } from './report.js';
import { prepareService } from './service.js';

const BASELINE = fileURLToPath(new URL('../../bench/baseline.js', import.meta.url));

export async function runScenario(name, scenario, { env = process.env, log = console.error } = {}) {
  const settings = loadSettings(env); // bad settings fail before anything is created
  const ctx = await prepareService({ env, log });
  const service = ctx.service.process;

  const baselinePort = await freePort();
  const baseline = await startServer({
    name: 'baseline',
    args: [BASELINE, ...(scenario.baselinePlugins ?? []).flatMap((p) => ['--plugin', p])],
    env: { DATABASE_URL: ctx.databaseUrl, DATABASE_POOL_SIZE: ctx.poolSize, HOST: '127.0.0.1', PORT: String(baselinePort), NODE_ENV: 'production' },
    readyUrl: `http://127.0.0.1:${baselinePort}/health/live`,
    timeoutMs: ctx.timeoutMs,
  });
  defer('stop baseline', baseline.stop);
  ctx.baseline = { url: `http://127.0.0.1:${baselinePort}` };
  log(`service pid ${service.pid} on ${ctx.service.url}, baseline pid ${baseline.pid} on ${ctx.baseline.url}`);

  const targets = await scenario.targets(ctx);
  // One after the other, never at once: on a small machine they would compete for the same cores.
  const results = {};
  for (const target of ['service', 'baseline']) {
    const probe = cpuProbe([service.pid, baseline.pid]);
    // CPU time the target's process spent per answer during the measured run: unlike req/s, it hardly
    // moves when other programs take the cores, so its ratio is the steadier cost figure.
    const pid = target === 'service' ? service.pid : baseline.pid;
    const aroundMeasured = () => {
      const before = processCpu(pid);
      return (summary) => {
        const after = processCpu(pid);
        return { cpuMsPerRequest: before === null || after === null || summary.requests === 0 ? null : (after - before) / summary.requests };
      };
    };
    const summary = await measure({ name: target, ...targets[target] }, settings, log, { aroundMeasured });
    const otherCpu = probe.otherShare();
    if (otherCpu > 0.05) {
      log(`warning: other programs used ${Math.round(otherCpu * 100)}% of the CPUs during the ${target} run; its figures are noisy`);
    }
    results[target] = { ...summary, otherCpuShare: otherCpu };
  }

  const problems = Object.values(results).flatMap((s) => failures(s).map((f) => `${s.name}: ${f}`));
  for (const server of [service, baseline]) {
    // A crash under load would otherwise only show up as connection errors.
    if (server.exit()) problems.push(`${server.name} died during the run (${server.exit()}). Its output:\n${server.output()}`);
  }
  return {
    scenario: name,
    description: scenario.description,
    settings,
    info: runInfo(),
    results,
    ratio: {
      ...ratios(results.service, results.baseline),
      cpuPerRequest:
        results.service.cpuMsPerRequest && results.baseline.cpuMsPerRequest ? results.service.cpuMsPerRequest / results.baseline.cpuMsPerRequest : null,
    },
    ok: problems.length === 0,
    failures: problems,
  };
}
