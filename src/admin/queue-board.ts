import { createHash, timingSafeEqual } from 'node:crypto';
import basicAuth from '@fastify/basic-auth';
import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { FastifyAdapter } from '@bull-board/fastify';
import { getQueueToken } from '@nestjs/bullmq';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { Queue } from 'bullmq';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { PROBLEM_CONTENT_TYPE, problemType } from '../common/problem.js';
import type { Env } from '../config/env.js';
import { QUEUES } from '../jobs/jobs.js';

export const QUEUE_BOARD_ROUTE = '/admin/queues';
const READS = new Set(['GET', 'HEAD']);

// Compared as digests: equal lengths for timingSafeEqual, and no early exit on the first differing byte.
const digest = (value: string): Buffer => createHash('sha256').update(value).digest();
const same = (given: string, expected: string): boolean => timingSafeEqual(digest(given), digest(expected));

function problem(reply: FastifyReply, status: 401 | 405, title: string, detail: string): void {
  void reply
    .status(status)
    .header('content-type', PROBLEM_CONTENT_TYPE)
    .send(JSON.stringify({ type: problemType(status === 401 ? 'unauthorized' : 'queue-board-read-only'), title, status, detail }));
}

/**
 * Bull Board, the maintained BullMQ UI, at /admin/queues: an operator tool, not an agency's. Queues
 * are shared by every agency and jobs name agencies, fairs and imports, so no agency user may see it:
 * it takes its own HTTP Basic credential from QUEUE_BOARD_USERNAME / QUEUE_BOARD_PASSWORD and is not
 * mounted at all (404) without one. Read-only unless QUEUE_BOARD_READ_ONLY=false: every queue adapter
 * is in bull-board's readOnlyMode, and a write request is refused before bull-board sees it.
 * Agency admins follow their own imports and schedule runs through the API instead.
 */
export async function mountQueueBoard(app: NestFastifyApplication, env: Env): Promise<void> {
  if (env.QUEUE_BOARD_USERNAME === '') return;
  const readOnly = env.QUEUE_BOARD_READ_ONLY;
  const board = new FastifyAdapter();
  board.setBasePath(QUEUE_BOARD_ROUTE);
  createBullBoard({
    queues: Object.values(QUEUES).map((name) => new BullMQAdapter(app.get<Queue>(getQueueToken(name)), { readOnlyMode: readOnly })),
    serverAdapter: board,
    options: { uiConfig: { boardTitle: readOnly ? 'Pavilion queues (read-only)' : 'Pavilion queues' } },
  });
  // A scope of its own, so the credential check and the read-only guard cover the board's routes only.
  await app.register(async (scope: FastifyInstance) => {
    await scope.register(basicAuth, {
      authenticate: { realm: 'Pavilion queue board' },
      validate: (username, password, _request, _reply, done) => {
        const valid = same(username, env.QUEUE_BOARD_USERNAME) && same(password, env.QUEUE_BOARD_PASSWORD);
        done(valid ? undefined : new Error('Invalid queue board credentials'));
      },
    });
    scope.addHook('onRequest', (request, reply, done) => {
      scope.basicAuth(request, reply, (error?: Error) => {
        if (error) return problem(reply, 401, 'Unauthorized', 'The queue board needs the operator credential (HTTP Basic)');
        if (readOnly && !READS.has(request.method)) {
          return problem(reply, 405, 'Queue board is read-only', 'Set QUEUE_BOARD_READ_ONLY=false to retry, pause or remove jobs');
        }
        done();
      });
    });
    await scope.register(board.registerPlugin(), { prefix: QUEUE_BOARD_ROUTE });
  });
}
