// Scratch resources: a PostgreSQL database and a Redis key prefix that exist
// only for one benchmark run, so a run never touches development data and
// always starts from a freshly migrated, empty schema.
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { Redis } from 'ioredis';

export const SCRATCH_PREFIX = 'pavilion_bench_';

// Fixed-length name (timestamp + random hex) so no scratch name is a prefix
// of another one; that makes the Redis `prefix*` scan and --prune safe.
export function scratchName() {
  const stamp = new Date().toISOString().replace(/\D/g, '').slice(0, 14);
  return `${SCRATCH_PREFIX}${stamp}_${randomBytes(3).toString('hex')}`;
}

// The maintenance connection used to CREATE/DROP DATABASE: BENCH_ADMIN_DATABASE_URL,
// else DATABASE_URL pointed at the `postgres` database, else the local default.
export function adminDatabaseUrl(env = process.env) {
  if (env.BENCH_ADMIN_DATABASE_URL) return env.BENCH_ADMIN_DATABASE_URL;
  const url = new URL(env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres');
  url.pathname = '/postgres';
  return url.toString();
}

export function redisUrl(env = process.env) {
  return env.REDIS_URL ?? 'redis://127.0.0.1:6379';
}

async function withAdmin(adminUrl, fn) {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

const quoteIdent = (name) => `"${name.replaceAll('"', '""')}"`;

export async function createDatabase(adminUrl, name) {
  await withAdmin(adminUrl, (c) => c.query(`CREATE DATABASE ${quoteIdent(name)}`));
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

// WITH (FORCE) (PostgreSQL 13+) ends connections a killed server may have left open.
export async function dropDatabase(adminUrl, name) {
  await withAdmin(adminUrl, (c) => c.query(`DROP DATABASE IF EXISTS ${quoteIdent(name)} WITH (FORCE)`));
}

// Deletes every key under the prefix (BullMQ queues, schedulers …). SCAN, not
// KEYS, so a shared Redis is not blocked.
export async function deleteRedisKeys(url, prefix) {
  // No retries: during cleanup a Redis that is down should fail this step fast, not hang it.
  const redis = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 1, retryStrategy: () => null });
  redis.on('error', () => {}); // reported through the rejected promise below instead
  await redis.connect();
  let deleted = 0;
  try {
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}*`, 'COUNT', 500);
      cursor = next;
      if (keys.length > 0) deleted += await redis.del(...keys);
    } while (cursor !== '0');
  } finally {
    redis.disconnect();
  }
  return deleted;
}

// Leftovers of runs that could not clean up (kill -9, power loss).
export async function listScratchDatabases(adminUrl) {
  return withAdmin(adminUrl, async (c) => {
    const { rows } = await c.query(
      `SELECT datname FROM pg_database WHERE datname LIKE $1 ORDER BY datname`,
      [`${SCRATCH_PREFIX.replaceAll('_', '\\_')}%`],
    );
    return rows.map((r) => r.datname);
  });
}
