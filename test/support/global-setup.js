// Plain JavaScript: jest loads global setup outside its module mapper, before any test file.
import { spawnSync } from 'node:child_process';
import pg from 'pg';

export const ADMIN_URL = process.env.TEST_DATABASE_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const STALE_AFTER_MS = 2 * 60 * 60 * 1000;

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
 * Builds this run's template database with the real `migration:run` command (the path production
 * takes); each e2e file then clones it. Names carry their creation time, so databases that crashed
 * runs left behind are dropped, while those of a run going on beside this one are left alone.
 */
export default async function globalSetup() {
  // The e2e and browser projects share this setup; jest calls it once per project, in one process.
  if (globalThis.pavilionTemplateReady) return;
  globalThis.pavilionTemplateReady = true;
  const TEMPLATE_DB = `pavilion_test_${Date.now()}_template`;
  process.env.TEST_TEMPLATE_DB = TEMPLATE_DB; // jest workers start after this and inherit it
  await withAdmin(async (client) => {
    const existing = await client.query(`SELECT datname FROM pg_database WHERE datname LIKE 'pavilion\\_test\\_%'`);
    for (const { datname } of existing.rows) {
      const createdAt = Number(datname.split('_')[2]);
      if (Number.isFinite(createdAt) && Date.now() - createdAt > STALE_AFTER_MS) {
        await client.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
      }
    }
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
