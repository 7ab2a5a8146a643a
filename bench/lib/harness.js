// One benchmark run, start to finish: scratch database → migrations → service
// and baseline servers → the scenario's load → results. Every resource is
// registered with the cleanup stack as soon as it exists (see cleanup.js).
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defer } from './cleanup.js';
import { failures, loadSettings, measure } from './load.js';
import { freePort, runNode, startServer } from './process.js';
import { cpuProbe, runInfo } from './machine.js';
import { ratios } from './report.js';
import { adminDatabaseUrl, createDatabase, deleteRedisKeys, dropDatabase, redisUrl, scratchName } from './scratch.js';

const root = (p) => fileURLToPath(new URL(`../../${p}`, import.meta.url));
const CLI = root('dist/src/cli.js');
const MAIN = root('dist/src/main.js');
const BASELINE = root('bench/baseline.js');

export async function runScenario(name, scenario, { env = process.env, log = console.error } = {}) {
  const settings = loadSettings(env); // bad settings fail before anything is created
  for (const file of [CLI, MAIN]) {
    if (!existsSync(file)) throw new Error(`${file} not found: build first (\`npm run bench\` runs \`npm run build\`)`);
  }
  const timeoutMs = Number(env.BENCH_START_TIMEOUT_MS ?? 30_000);
  // Service and baseline get the same number of PostgreSQL connections, or a database
  // scenario would compare pool sizes instead of code.
  const poolSize = env.BENCH_DB_POOL_SIZE ?? '10';

  const scratch = scratchName();
  const adminUrl = adminDatabaseUrl(env);
  log(`scratch database and Redis prefix: ${scratch}`);
  const databaseUrl = await createDatabase(adminUrl, scratch);
  defer(`drop database ${scratch}`, () => dropDatabase(adminUrl, scratch));
  defer(`delete Redis keys ${scratch}*`, () => deleteRedisKeys(redisUrl(env), scratch));

  // Production mode, as deployed: no pretty logs, no dev-only behaviour. LOG_LEVEL=warn keeps
  // per-request logging out of the measurement, as an operator would under load.
  const serviceEnv = {
    DATABASE_URL: databaseUrl,
    REDIS_URL: redisUrl(env),
    REDIS_PREFIX: scratch,
    NODE_ENV: 'production',
    LOG_LEVEL: env.BENCH_LOG_LEVEL ?? 'warn',
    JWT_SECRET: randomBytes(32).toString('hex'),
    DATABASE_POOL_SIZE: poolSize,
  };
  const ctx = { databaseUrl, serviceEnv, runCli: (...args) => runNode(`cli ${args.join(' ')}`, [CLI, ...args], serviceEnv) };

  log('applying migrations …');
  await ctx.runCli('migration:run');

  const servicePort = await freePort();
  const service = await startServer({
    name: 'service',
    args: [MAIN],
    env: { ...serviceEnv, HOST: '127.0.0.1', PORT: String(servicePort) },
    readyUrl: `http://127.0.0.1:${servicePort}/health`, // 200 only once PostgreSQL and Redis are reachable
    timeoutMs,
  });
  defer('stop service', service.stop);
  ctx.service = { url: `http://127.0.0.1:${servicePort}` };

  const baselinePort = await freePort();
  const baseline = await startServer({
    name: 'baseline',
    args: [BASELINE, ...(scenario.baselinePlugins ?? []).flatMap((p) => ['--plugin', p])],
    env: { DATABASE_URL: databaseUrl, DATABASE_POOL_SIZE: poolSize, HOST: '127.0.0.1', PORT: String(baselinePort), NODE_ENV: 'production' },
    readyUrl: `http://127.0.0.1:${baselinePort}/health/live`,
    timeoutMs,
  });
  defer('stop baseline', baseline.stop);
  ctx.baseline = { url: `http://127.0.0.1:${baselinePort}` };
  log(`service pid ${service.pid} on ${ctx.service.url}, baseline pid ${baseline.pid} on ${ctx.baseline.url}`);

  const targets = await scenario.targets(ctx);
  // One after the other, never at once: on a small machine they would compete for the same cores.
  const results = {};
  for (const target of ['service', 'baseline']) {
    const probe = cpuProbe([service.pid, baseline.pid]);
    const summary = await measure({ name: target, ...targets[target] }, settings, log);
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
    ratio: ratios(results.service, results.baseline),
    ok: problems.length === 0,
    failures: problems,
  };
}
