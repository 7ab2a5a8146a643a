// The service under test, on a scratch database: create the database, migrate it, start the API
// (and, for scenarios that need one, a worker). Every resource registers its teardown at once.
import { randomBytes } from 'node:crypto';
import { spawn } from 'node:child_process';
import { existsSync, openSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defer } from './cleanup.js';
import { freePort, runNode, startServer } from './process.js';
import { adminDatabaseUrl, createDatabase, deleteRedisKeys, dropDatabase, redisUrl, scratchName } from './scratch.js';

const root = (p) => fileURLToPath(new URL(`../../${p}`, import.meta.url));
const CLI = root('dist/src/cli.js');
const MAIN = root('dist/src/main.js');
const WORKER = root('dist/src/worker.js');

/**
 * The worker's Node flags as deployed (package.json config.workerNodeOptions, which
 * `npm run start:worker` and docker-compose use), then BENCH_WORKER_NODE_OPTIONS: on the command line
 * the later of two settings of a flag wins, so these override the defaults.
 */
const workerNodeArgs = (env) => [
  ...JSON.parse(readFileSync(root('package.json'), 'utf8')).config.workerNodeOptions.split(/\s+/),
  ...(env.BENCH_WORKER_NODE_OPTIONS ?? '').split(/\s+/),
].filter(Boolean);

export async function prepareService({ env = process.env, log = console.error } = {}) {
  for (const file of [CLI, MAIN, WORKER]) {
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
    WEBHOOK_SECRET_KEY: randomBytes(32).toString('base64'),
    FOLLOWUP_LINK_SECRET_KEY: randomBytes(32).toString('base64'),
    // Required in production; nothing in the benchmarks sends mail.
    SMTP_URL: 'smtp://127.0.0.1:1025',
    PUBLIC_URL: 'http://127.0.0.1',
    // The webhook scenarios' receiver listens on 127.0.0.1, which the address rule refuses otherwise.
    WEBHOOK_ALLOWED_HOSTS: '127.0.0.1',
    DATABASE_POOL_SIZE: poolSize,
    // One user or key sends the whole load: the rate limiter still counts every request (its Redis
    // round trip is part of the measurement) but never refuses one.
    RATE_LIMIT_PER_USER: '1000000000',
    RATE_LIMIT_PER_API_KEY: '1000000000',
    RATE_LIMIT_PER_ADDRESS: '1000000000',
  };
  const runCli = (...args) => runNode(`cli ${args.join(' ')}`, [CLI, ...args], serviceEnv);

  log('applying migrations …');
  await runCli('migration:run');

  const port = await freePort();
  // BENCH_CPU_PROF_DIR: the service writes a V8 CPU profile there when it stops (summarise it with
  // `node bench/profile-summary.js <file>`); it slows the service a little, so never in a measured row.
  const profile = env.BENCH_CPU_PROF_DIR ? ['--cpu-prof', `--cpu-prof-dir=${env.BENCH_CPU_PROF_DIR}`] : [];
  const service = await startServer({
    name: 'service',
    args: [...profile, MAIN],
    env: { ...serviceEnv, HOST: '127.0.0.1', PORT: String(port) },
    readyUrl: `http://127.0.0.1:${port}/health`, // 200 only once PostgreSQL and Redis are reachable
    timeoutMs,
  });
  defer('stop service', service.stop);

  /** A worker process (outcome refresh and sweep), for scenarios that measure the pipeline. */
  const startWorker = (extraEnv = {}) => {
    // BENCH_WORKER_LOG names a file that gets the workers' output (for a run being investigated).
    const output = process.env.BENCH_WORKER_LOG ? openSync(process.env.BENCH_WORKER_LOG, 'a') : 'ignore';
    const child = spawn(process.execPath, [...workerNodeArgs(env), WORKER], { env: { ...process.env, ...serviceEnv, ...extraEnv }, stdio: ['ignore', output, output] });
    defer('stop worker', () => new Promise((resolve) => (child.exitCode !== null ? resolve() : (child.once('exit', resolve), child.kill('SIGTERM')))));
    return child;
  };

  return { databaseUrl, serviceEnv, poolSize, timeoutMs, runCli, service: { url: `http://127.0.0.1:${port}`, pid: service.pid, process: service }, startWorker };
}
