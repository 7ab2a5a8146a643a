import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { createTestDatabase, dropTestDatabase } from './support/databases.js';
import { deleteRedisKeys, REDIS_URL } from './support/test-app.js';

/** The compiled entry points, as `npm start` runs them (`npm test` builds first). */
const DIST = new URL('../dist/src/', import.meta.url).pathname;

interface Run {
  code: number | null;
  signal: NodeJS.Signals | null;
  output: string;
}

function run(entry: string, env: Record<string, string>, until?: { text: string; then: NodeJS.Signals }): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [`${DIST}${entry}`], { env: { PATH: process.env.PATH ?? '', ...env } });
    let output = '';
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`${entry} did not finish in time; output:\n${output}`));
    }, 20_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (until && output.includes(until.text) && !child.killed) child.kill(until.then);
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, output });
    });
  });
}

describe('processes', () => {
  beforeAll(() => {
    if (!existsSync(`${DIST}main.js`)) throw new Error('dist/ is missing: run `npm run build` (npm test does)');
  });

  it('the API refuses to start on malformed configuration and names each bad variable', async () => {
    const result = await run('main.js', { PORT: 'eighty', DATABASE_URL: 'mysql://localhost/x', NODE_ENV: 'production' });
    expect(result.code).toBe(1);
    expect(result.output).toContain('PORT');
    expect(result.output).toContain('DATABASE_URL');
    expect(result.output).toContain('JWT_SECRET is required when NODE_ENV=production');
    expect(result.output).not.toMatch(/\n\s+at /); // a message, not a stack trace
  });

  it('the worker refuses to start on a Redis that may evict keys, saying why', async () => {
    const port = 20000 + Math.floor(Math.random() * 20000);
    const redis = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--maxmemory-policy', 'allkeys-lru']);
    try {
      await new Promise((resolve) => setTimeout(resolve, 300));
      const result = await run('worker.js', { REDIS_URL: `redis://127.0.0.1:${port}`, NODE_ENV: 'test' });
      expect(result.code).toBe(1);
      expect(result.output).toContain('maxmemory-policy is "allkeys-lru"');
      expect(result.output).toContain('noeviction');
    } finally {
      redis.kill('SIGKILL');
    }
  });

  it('the worker connects, logs that it is ready, and exits cleanly on SIGTERM', async () => {
    const database = await createTestDatabase();
    const prefix = `test:${randomBytes(6).toString('hex')}`;
    try {
      const result = await run(
        'worker.js',
        { DATABASE_URL: database.url, REDIS_URL, REDIS_PREFIX: prefix, LOG_LEVEL: 'info', NODE_ENV: 'test' },
        { text: 'worker ready', then: 'SIGTERM' },
      );
      expect(result.output).toContain('worker ready');
      expect(result.output).toContain('SIGTERM received, shutting down');
      expect(result.output).toContain('worker stopped');
      expect(result.code).toBe(0);
    } finally {
      await deleteRedisKeys(prefix);
      await dropTestDatabase(database.name);
    }
  });
});
