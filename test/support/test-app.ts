import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Type } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import argon2 from 'argon2';
import { Redis } from 'ioredis';
import pg from 'pg';
import { createApp } from '../../src/app.factory.js';
import { AppModule } from '../../src/app.module.js';
import { loadEnv } from '../../src/config/env.js';
import type { Role } from '../../src/tenancy/role.js';
import { createTestDatabase, dropTestDatabase } from './databases.js';

export const TEST_JWT_SECRET = 'test-secret-that-is-long-enough-for-hs256-signing';
export const TEST_PASSWORD = 'correct-horse-battery';
/** Specs make thousands of requests as one user: rate limits are tested by the spec that sets them. */
const UNTHROTTLED = {
  RATE_LIMIT_PER_API_KEY: '1000000',
  RATE_LIMIT_PER_USER: '1000000',
  RATE_LIMIT_PER_ADDRESS: '1000000',
  PASSWORD_RESET_MAX_PER_EMAIL: '1000000',
  PASSWORD_RESET_MAX_PER_ADDRESS: '1000000',
};
/** Test receivers listen on 127.0.0.1, which the webhook address rule refuses unless allow-listed. */
const WEBHOOK_RECEIVERS = { WEBHOOK_ALLOWED_HOSTS: '127.0.0.1' };
export const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

/** A test file's own database and Redis prefix, without an app: for worker processes and SQL alone. */
export interface TestStore {
  /** Direct SQL on this file's own database, for arranging and asserting rows. */
  db: pg.Pool;
  databaseUrl: string;
  redisPrefix: string;
  /** The environment an app or a worker on this database and prefix runs with. */
  env: Record<string, string>;
  close(): Promise<void>;
}

export interface TestApp extends TestStore {
  app: NestFastifyApplication;
}

/**
 * The real app on this test file's own database (cloned from the migrated template) and its own
 * Redis key prefix, so files run in parallel without seeing each other's rows, keys or jobs.
 */
export async function startTestApp(overrides: Record<string, string> = {}, rootModule: Type = AppModule): Promise<TestApp> {
  const store = await startTestStore(overrides);
  Object.assign(process.env, store.env);
  const app = await createApp(loadEnv(), rootModule);
  await app.init();
  await app.getHttpAdapter().getInstance().ready();
  return {
    ...store,
    app,
    async close() {
      await app.close();
      await store.close();
    },
  };
}

/**
 * A database cloned from the migrated template and a Redis key prefix, with no app in this process:
 * for specs that only need worker processes (several stores can live in one file, whereas in-process
 * apps share Passport's strategies — see `createAppFor`). Leaves `process.env` alone.
 */
export async function startTestStore(overrides: Record<string, string> = {}): Promise<TestStore> {
  const database = await createTestDatabase();
  const redisPrefix = `test:${randomBytes(6).toString('hex')}`;
  const env = {
    NODE_ENV: 'test',
    DATABASE_URL: database.url,
    DATABASE_POOL_SIZE: '4',
    REDIS_URL,
    REDIS_PREFIX: redisPrefix,
    JWT_SECRET: TEST_JWT_SECRET,
    LOG_LEVEL: 'silent',
    // Uploads of this file's own, outside the checkout (an import test passes its own to share with a worker).
    IMPORTS_DIR: mkdtempSync(join(tmpdir(), 'pavilion-imports-')),
    ...UNTHROTTLED,
    ...WEBHOOK_RECEIVERS,
    ...overrides,
  };
  const db = new pg.Pool({ connectionString: database.url, max: 2 });
  return {
    db,
    databaseUrl: database.url,
    redisPrefix,
    env,
    async close() {
      await db.end();
      await deleteRedisKeys(redisPrefix);
      await dropTestDatabase(database.name);
    },
  };
}

/** An app (API side) that `createAppFor` built on an existing database; closing it leaves the database. */
export interface SecondApp {
  app: NestFastifyApplication;
  databaseUrl: string;
  redisPrefix: string;
  env: Record<string, string>;
  close(): Promise<void>;
}

/**
 * A second API app on an existing database (another test app's, say), with its own environment: for
 * a deployment whose Redis is away while the first app's is up. `env` overrides the test defaults
 * (REDIS_PREFIX defaults to a fresh one). `process.env` is restored once the app is built, so the
 * file's own app and in-process workers keep theirs. Closing it closes the app only: the database
 * and any Redis keys belong to whoever made them.
 *
 * Passport's strategies are process-wide: the app built last authenticates the requests of every app
 * in this process. So build it on the same database as the others (users and tokens stay valid), and
 * close it last, after the apps whose requests it now authenticates.
 */
export async function createAppFor(databaseUrl: string, overrides: Record<string, string> = {}, rootModule: Type = AppModule): Promise<SecondApp> {
  const env: Record<string, string> = {
    NODE_ENV: 'test',
    DATABASE_URL: databaseUrl,
    DATABASE_POOL_SIZE: '2',
    REDIS_URL,
    REDIS_PREFIX: `test:${randomBytes(6).toString('hex')}`,
    JWT_SECRET: TEST_JWT_SECRET,
    LOG_LEVEL: 'silent',
    ...UNTHROTTLED,
    ...WEBHOOK_RECEIVERS,
    ...overrides,
  };
  const saved = Object.fromEntries(Object.keys(env).map((key) => [key, process.env[key]]));
  Object.assign(process.env, env);
  let app: NestFastifyApplication;
  try {
    app = await createApp(loadEnv(), rootModule);
    await app.init();
    await app.getHttpAdapter().getInstance().ready();
  } finally {
    for (const [key, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
  }
  return { app, databaseUrl, redisPrefix: env.REDIS_PREFIX, env, close: () => app.close() };
}

export async function deleteRedisKeys(prefix: string): Promise<void> {
  const redis = new Redis(REDIS_URL, { lazyConnect: true, maxRetriesPerRequest: 1 });
  try {
    await redis.connect();
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 500);
      if (keys.length > 0) await redis.del(...keys);
      cursor = next;
    } while (cursor !== '0');
  } catch {
    // Redis may be deliberately unreachable in a test; nothing was written then.
  } finally {
    redis.disconnect();
  }
}

export interface SeededUser {
  id: string;
  email: string;
  role: Role;
  token: string;
}

export interface SeededAgency {
  id: string;
  name: string;
  admin: SeededUser;
  manager: SeededUser;
  staff: SeededUser;
}

let passwordHash: Promise<string> | undefined;

/** An agency with one user per role, each already signed in. */
export async function seedAgency(test: TestApp, label: string): Promise<SeededAgency> {
  passwordHash ??= argon2.hash(TEST_PASSWORD, { type: argon2.argon2id, memoryCost: 19_456, timeCost: 2 });
  const hash = await passwordHash;
  const { rows } = await test.db.query<{ id: string }>(`INSERT INTO agencies (name) VALUES ($1) RETURNING id`, [
    `${label} ${randomBytes(3).toString('hex')}`,
  ]);
  const agencyId = rows[0].id;
  const users = {} as Record<Role, SeededUser>;
  for (const role of ['admin', 'manager', 'staff'] as const) {
    const email = `${role}.${randomBytes(4).toString('hex')}@${label.toLowerCase()}.test`;
    const inserted = await test.db.query<{ id: string }>(
      `INSERT INTO users (agency_id, email, role, password_hash, version) VALUES ($1, $2, $3, $4, 1) RETURNING id`,
      [agencyId, email, role, hash],
    );
    users[role] = { id: inserted.rows[0].id, email, role, token: await login(test, email, TEST_PASSWORD) };
  }
  return { id: agencyId, name: label, ...users };
}

export async function login(test: TestApp, email: string, password: string): Promise<string> {
  const response = await test.app.inject({ method: 'POST', url: '/v1/auth/login', payload: { email, password } });
  if (response.statusCode !== 200) throw new Error(`login ${email} failed: ${response.statusCode} ${response.body}`);
  return response.json<{ accessToken: string }>().accessToken;
}

export const bearer = (token: string): Record<string, string> => ({ authorization: `Bearer ${token}` });
