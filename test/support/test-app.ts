import { randomBytes } from 'node:crypto';
import type { Type } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import argon2 from 'argon2';
import { Redis } from 'ioredis';
import pg from 'pg';
import { createApp } from '../../src/app.factory.js';
import { AppModule } from '../../src/app.module.js';
import { loadEnv } from '../../src/config/env.js';
import type { Role } from '../../src/users/role.js';
import { createTestDatabase, dropTestDatabase } from './databases.js';

export const TEST_JWT_SECRET = 'test-secret-that-is-long-enough-for-hs256-signing';
export const TEST_PASSWORD = 'correct-horse-battery';
export const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

export interface TestApp {
  app: NestFastifyApplication;
  /** Direct SQL on this file's own database, for arranging and asserting rows. */
  db: pg.Pool;
  databaseUrl: string;
  redisPrefix: string;
  env: Record<string, string>;
  close(): Promise<void>;
}

/**
 * The real app on this test file's own database (cloned from the migrated template) and its own
 * Redis key prefix, so files run in parallel without seeing each other's rows, keys or jobs.
 */
export async function startTestApp(overrides: Record<string, string> = {}, rootModule: Type = AppModule): Promise<TestApp> {
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
    ...overrides,
  };
  Object.assign(process.env, env);
  const app = await createApp(loadEnv(), rootModule);
  await app.init();
  await app.getHttpAdapter().getInstance().ready();
  const db = new pg.Pool({ connectionString: database.url, max: 2 });
  return {
    app,
    db,
    databaseUrl: database.url,
    redisPrefix,
    env,
    async close() {
      await app.close();
      await db.end();
      await deleteRedisKeys(redisPrefix);
      await dropTestDatabase(database.name);
    },
  };
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
