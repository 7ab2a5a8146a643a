// Benchmark dispatcher.
//
//   npm run bench -- <scenario> [--json]     build, then run one scenario
//   node bench/run.js <scenario> [--json]    same, on an existing build
//   node bench/run.js --prune                drop scratch databases left by killed runs
//
// Settings (environment):
//   BENCH_DURATION (s, default 15), BENCH_WARMUP (s, default 3), BENCH_CONNECTIONS (default 64)
//   BENCH_DB_POOL_SIZE     PostgreSQL connections for the service and the baseline alike (10)
//   BENCH_LOG_LEVEL        the service's LOG_LEVEL (warn)
//   BENCH_START_TIMEOUT_MS how long a server may take to answer 200 (30000)
//   BENCH_CPU_PROF_DIR     write the service's V8 CPU profile there (node bench/profile-summary.js <file>)
//   BENCH_ADMIN_DATABASE_URL or DATABASE_URL: the server scratch databases are created on; REDIS_URL
//
// Progress goes to stderr; results go to stdout (a table and a BENCHMARKS.md row, or JSON
// with --json; use `npm run -s bench -- <name> --json` to keep npm's banner out of stdout).
// Exit code: 0 ok, 1 failed run (incl. any non-2xx or error), 2 usage, 128+n on signal n.
//
// Adding a scenario: a module in scenarios/ exporting
//   description      one line, shown in the list and the report
//   baselinePlugins  absolute paths of Fastify plugins the baseline loads (e.g. one pg INSERT route)
//   targets(ctx)     (may be async) → { service, baseline }: autocannon options incl. full `url`.
//                    ctx: { service.url, baseline.url, databaseUrl, serviceEnv, runCli(...args) }
// and register it below.
import { parseArgs } from 'node:util';
import { installSignalHandlers, runCleanup } from './lib/cleanup.js';
import { runScenario } from './lib/harness.js';
import { MARKDOWN_HEADER, formatText, markdownRow } from './lib/report.js';
import { SCRATCH_PREFIX, adminDatabaseUrl, deleteRedisKeys, dropDatabase, listScratchDatabases, redisUrl } from './lib/scratch.js';

const SCENARIOS = {
  live: () => import('./scenarios/live.js'),
  ingest: () => import('./scenarios/ingest.js'),
  'outcome-read': () => import('./scenarios/outcome-read.js'),
  freshness: () => import('./scenarios/freshness.js'),
  reconcile: () => import('./scenarios/reconcile.js'),
  schedule: () => import('./scenarios/schedule.js'),
  import: () => import('./scenarios/import.js'),
  booth: () => import('./scenarios/booth.js'),
  'web-bundle': () => import('./scenarios/web-bundle.js'),
  'webhook-ingest': () => import('./scenarios/webhook-ingest.js'),
  'webhook-lag': () => import('./scenarios/webhook-lag.js'),
  'scale-out': () => import('./scenarios/scale-out.js'),
  'outcome-read-tenants': () => import('./scenarios/outcome-read-tenants.js'),
};

const log = (...args) => console.error(...args);

async function listScenarios() {
  log('usage: npm run bench -- <scenario> [--json]    |    node bench/run.js --prune\n\nscenarios:');
  const width = Math.max(...Object.keys(SCENARIOS).map((n) => n.length));
  for (const [name, load] of Object.entries(SCENARIOS)) log(`  ${name.padEnd(width)}  ${(await load()).description}`);
}

async function prune() {
  const adminUrl = adminDatabaseUrl();
  const names = await listScratchDatabases(adminUrl);
  for (const name of names) {
    await dropDatabase(adminUrl, name);
    log(`dropped database ${name}`);
  }
  const keys = await deleteRedisKeys(redisUrl(), SCRATCH_PREFIX);
  log(`${names.length} scratch database(s) dropped, ${keys} Redis key(s) deleted`);
}

async function main() {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { json: { type: 'boolean', default: false }, prune: { type: 'boolean', default: false } },
  });
  if (values.prune) return prune();

  const [name] = positionals;
  if (!name || !Object.hasOwn(SCENARIOS, name)) {
    if (name) log(`unknown scenario "${name}"\n`);
    await listScenarios();
    process.exitCode = name ? 2 : 0;
    return;
  }

  installSignalHandlers(log);
  const scenario = await SCENARIOS[name]();
  if (scenario.standalone) {
    // Measures that are not service-vs-baseline throughput (freshness, reconcile): the scenario
    // runs itself on the same scratch service and reports its own figures.
    const report = await scenario.standalone({ log });
    console.log(values.json ? JSON.stringify(report, null, 2) : `\n${report.text}`);
    if (!report.ok) process.exitCode = 1;
    return;
  }
  const result = await runScenario(name, scenario, { log });
  if (values.json) {
    console.log(JSON.stringify(result, null, 2));
  } else {
    console.log(`\n${formatText(result)}\n\nRow for BENCHMARKS.md:\n${MARKDOWN_HEADER}\n${markdownRow(result)}`);
  }
  if (!result.ok) {
    log(`\nFAILED, the results are not valid:\n- ${result.failures.join('\n- ')}`);
    process.exitCode = 1;
  }
}

try {
  await main();
} catch (err) {
  log(`\nbenchmark failed: ${err.message}`);
  process.exitCode = err.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' ? 2 : 1;
} finally {
  await runCleanup(log);
}
// Explicit exit: a stray keep-alive socket or timer must not keep a finished run alive.
process.exit();
