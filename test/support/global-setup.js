// Plain JavaScript: jest loads global setup outside its module mapper, before any test file.
import { spawnSync } from 'node:child_process';
import pg from 'pg';

export const ADMIN_URL = process.env.TEST_DATABASE_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
export const TEMPLATE_DB = process.env.TEST_TEMPLATE_DB ?? 'pavilion_test_template';

export async function withAdmin(work) {
  const client = new pg.Client({ connectionString: ADMIN_URL });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/**
 * Builds the template database once per run with the real `migration:run` command (the path
 * production takes); each e2e file then clones it. Per-file databases left by crashed runs go too.
 */
export default async function globalSetup() {
  await withAdmin(async (client) => {
    const stale = await client.query(
      `SELECT datname FROM pg_database WHERE datname LIKE 'pavilion\\_test\\_%' AND datname <> $1`,
      [TEMPLATE_DB],
    );
    for (const { datname } of stale.rows) await client.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
    await client.query(`DROP DATABASE IF EXISTS "${TEMPLATE_DB}" WITH (FORCE)`);
    await client.query(`CREATE DATABASE "${TEMPLATE_DB}"`);
  });
  const url = new URL(ADMIN_URL);
  url.pathname = `/${TEMPLATE_DB}`;
  const cli = new URL('../../dist/src/cli.js', import.meta.url).pathname;
  const result = spawnSync(process.execPath, [cli, 'migration:run'], {
    env: { ...process.env, DATABASE_URL: url.toString(), NODE_OPTIONS: '' },
    encoding: 'utf8',
  });
  if (result.status !== 0) {
    throw new Error(`migrating the test template failed (is dist/ built? npm test builds it):\n${result.stderr}`);
  }
}
