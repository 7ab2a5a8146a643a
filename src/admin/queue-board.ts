import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { FastifyAdapter } from '@bull-board/fastify';
import { getQueueToken } from '@nestjs/bullmq';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { Queue } from 'bullmq';
import { JwtService } from '@nestjs/jwt';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { type AccessTokenClaims, AuthService } from '../auth/auth.service.js';
import { PROBLEM_CONTENT_TYPE, problemType } from '../common/problem.js';
import { QUEUES } from '../jobs/jobs.js';

export const QUEUE_BOARD_ROUTE = '/admin/queues';
const COOKIE = 'pavilion_admin';

function tokenOf(request: FastifyRequest, fromQuery: string | null): string | null {
  const header = request.headers.authorization;
  if (header?.startsWith('Bearer ')) return header.slice(7);
  if (fromQuery) return fromQuery;
  const cookie = (request.headers.cookie ?? '').split(';').map((part) => part.trim().split('='));
  return cookie.find(([name]) => name === COOKIE)?.[1] ?? null;
}

function deny(reply: FastifyReply, status: 401 | 403, detail: string): FastifyReply {
  return reply
    .status(status)
    .header('content-type', PROBLEM_CONTENT_TYPE)
    .send(JSON.stringify({ type: problemType(status === 401 ? 'unauthorized' : 'forbidden'), title: status === 401 ? 'Unauthorized' : 'Forbidden', status, detail }));
}

/** Bull Board, the maintained BullMQ UI, at /admin/queues, for admins only. */
export async function mountQueueBoard(app: NestFastifyApplication): Promise<void> {
  protectQueueBoard(app);
  const board = new FastifyAdapter();
  board.setBasePath(QUEUE_BOARD_ROUTE);
  createBullBoard({
    queues: Object.values(QUEUES).map((name) => new BullMQAdapter(app.get<Queue>(getQueueToken(name)))),
    serverAdapter: board,
    options: { uiConfig: { boardTitle: 'Pavilion queues' } },
  });
  await app.register(board.registerPlugin(), { prefix: QUEUE_BOARD_ROUTE });
}

/**
 * The queue board is a browser UI, outside Nest's guards: this hook admits active admins only. A
 * browser opens `/admin/queues?token=<access token>` once; the token moves into an HttpOnly cookie
 * scoped to the board and the URL is cleaned. API clients may send the bearer header instead.
 */
function protectQueueBoard(app: NestFastifyApplication): void {
  const jwt = app.get(JwtService);
  const auth = app.get(AuthService);
  app
    .getHttpAdapter()
    .getInstance()
    .addHook('onRequest', async (request, reply) => {
      if (!request.url.startsWith(QUEUE_BOARD_ROUTE)) return;
      const url = new URL(request.url, 'http://board');
      const fromQuery = url.searchParams.get('token');
      const token = tokenOf(request, fromQuery);
      if (!token) return deny(reply, 401, 'The queue board needs an admin access token');
      let claims: AccessTokenClaims & { exp: number };
      try {
        claims = await jwt.verifyAsync<AccessTokenClaims & { exp: number }>(token);
      } catch {
        return deny(reply, 401, 'The access token is invalid or has expired');
      }
      const principal = await auth.principalForToken(claims);
      if (!principal) return deny(reply, 401, 'The access token is invalid or has expired');
      if (principal.role !== 'admin') return deny(reply, 403, 'The queue board is for admins');
      if (fromQuery) {
        url.searchParams.delete('token');
        const maxAge = Math.max(0, claims.exp - Math.floor(Date.now() / 1000));
        return reply
          .header('set-cookie', `${COOKIE}=${token}; Path=${QUEUE_BOARD_ROUTE}; HttpOnly; SameSite=Strict; Max-Age=${maxAge}`)
          .redirect(`${url.pathname}${url.search}`, 303);
      }
    });
}
