import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import { migrations } from '../migrations/index.js';
import { databaseUrl, dropTestDatabase } from './support/databases.js';

const run = promisify(execFile);
const ROOT = new URL('..', import.meta.url).pathname;
const CLI_JS = join(ROOT, 'dist/src/cli.js');

/** The migrations recorded in a database, by name. */
async function applied(url: string): Promise<string[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<{ name: string }>('SELECT name FROM typeorm_migrations ORDER BY id')).rows.map((row) => row.name);
  } finally {
    await client.end();
  }
}

/** Environment for a child process: PATH and nothing of this run's database settings. */
const childEnv = (extra: Record<string, string>) => ({ PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/root', ...extra });

describe('migration:run (one path: npm script and CLI)', () => {
  const created: string[] = [];
  const fresh = () => {
    const name = `pavilion_fresh_${randomBytes(5).toString('hex')}`;
    created.push(name);
    return name;
  };
  afterAll(async () => {
    for (const name of created) await dropTestDatabase(name);
  });

  it('`npm run migration:run` creates a database that does not exist yet and applies every migration', async () => {
    const name = fresh();
    const { stderr } = await run('npm', ['run', '--silent', 'migration:run'], { cwd: ROOT, env: childEnv({ DATABASE_URL: databaseUrl(name) }) });
    expect(stderr).toContain('created the database');
    expect(await applied(databaseUrl(name))).toHaveLength(migrations.length);
  }, 120_000);

  it('reads DATABASE_URL from .env in the working directory (the environment wins over it)', async () => {
    const fromFile = fresh();
    const dir = mkdtempSync(join(tmpdir(), 'pavilion-dotenv-'));
    try {
      writeFileSync(join(dir, '.env'), `DATABASE_URL=${databaseUrl(fromFile)}\n`);
      await run(process.execPath, [CLI_JS, 'migration:run'], { cwd: dir, env: childEnv({}) });
      expect(await applied(databaseUrl(fromFile))).toHaveLength(migrations.length);

      const fromEnv = fresh();
      await run(process.execPath, [CLI_JS, 'migration:run'], { cwd: dir, env: childEnv({ DATABASE_URL: databaseUrl(fromEnv) }) });
      expect(await applied(databaseUrl(fromEnv))).toHaveLength(migrations.length);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
