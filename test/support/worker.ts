import { spawn, type ChildProcess } from 'node:child_process';
import type { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { WorkerModule } from '../../src/worker.module.js';
import type { TestApp } from './test-app.js';

/** The worker in this jest process, on the test file's database and Redis prefix (set by startTestApp). */
export async function startWorker(): Promise<INestApplicationContext> {
  const worker = await NestFactory.createApplicationContext(WorkerModule, { logger: false });
  return worker;
}

const WORKER_JS = new URL('../../dist/src/worker.js', import.meta.url).pathname;

export interface WorkerProcess {
  child: ChildProcess;
  output(): string;
  /** Resolves once the process has exited. */
  exited: Promise<number | null>;
}

/** A real worker process (`dist/src/worker.js`), for tests that kill, stop or resume it. */
export function spawnWorker(test: TestApp, env: Record<string, string> = {}): WorkerProcess {
  const child = spawn(process.execPath, [WORKER_JS], {
    env: { PATH: process.env.PATH ?? '', ...test.env, LOG_LEVEL: 'warn', NODE_OPTIONS: '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, output: () => output, exited };
}

export const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** Waits until no fair has a stale mark left (the system is quiet), or fails after `timeoutMs`. */
export async function waitUntilQuiet(test: TestApp, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const { rows } = await test.db.query<{ n: number }>('SELECT count(*)::int AS n FROM outcome_changes');
    if (rows[0].n === 0) return;
    if (Date.now() > deadline) throw new Error(`still ${rows[0].n} stale mark(s) after ${timeoutMs} ms`);
    await sleep(50);
  }
}

/**
 * The direct GROUP BY over the source rows that every stored outcome must equal, exactly: the
 * reference the tests compare the worker's results with, written independently of outcome-sql.ts.
 */
export async function storedVersusSource(test: TestApp): Promise<{ stored: unknown[]; source: unknown[] }> {
  const stored = await test.db.query(
    `SELECT f.id AS fair_id, coalesce(o.consultations_count, -1) AS cc, o.consultations_value_usd::text AS cv,
            o.signed_count AS sc, o.signed_value_usd::text AS sv, o.expected_count AS ec, o.expected_value_usd::text AS ev,
            o.companies
       FROM fairs f LEFT JOIN fair_outcomes o ON o.fair_id = f.id ORDER BY f.id`,
  );
  const source = await test.db.query(
    `SELECT f.id AS fair_id,
            (SELECT count(*)::int FROM consultations c WHERE c.fair_id = f.id AND c.deleted_at IS NULL) AS cc,
            (SELECT coalesce(sum(estimated_usd), 0)::numeric(24,2)::text FROM consultations c WHERE c.fair_id = f.id AND c.deleted_at IS NULL) AS cv,
            (SELECT count(*)::int FROM contracts k WHERE k.fair_id = f.id AND k.deleted_at IS NULL AND k.status = 'signed') AS sc,
            (SELECT coalesce(sum(value_usd), 0)::numeric(24,2)::text FROM contracts k WHERE k.fair_id = f.id AND k.deleted_at IS NULL AND k.status = 'signed') AS sv,
            (SELECT count(*)::int FROM contracts k WHERE k.fair_id = f.id AND k.deleted_at IS NULL AND k.status = 'expected') AS ec,
            (SELECT coalesce(sum(value_usd), 0)::numeric(24,2)::text FROM contracts k WHERE k.fair_id = f.id AND k.deleted_at IS NULL AND k.status = 'expected') AS ev,
            (SELECT count(*)::int FROM participations p WHERE p.fair_id = f.id AND p.deleted_at IS NULL) AS companies
       FROM fairs f ORDER BY f.id`,
  );
  return { stored: stored.rows, source: source.rows };
}
