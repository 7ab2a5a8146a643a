import { timingSafeEqual } from 'node:crypto';
import { JwtService } from '@nestjs/jwt';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { FastifyReply } from 'fastify';
import { type AccessTokenClaims, AuthService } from '../auth/auth.service.js';
import { PROBLEM_CONTENT_TYPE, problemType } from '../common/problem.js';
import { MetricsService } from './metrics.service.js';

export const METRICS_ROUTE = '/metrics';

function deny(reply: FastifyReply, status: 401 | 404, detail: string): FastifyReply {
  return reply
    .status(status)
    .header('content-type', PROBLEM_CONTENT_TYPE)
    .send(JSON.stringify({ type: problemType(status === 401 ? 'unauthorized' : 'not-found'), title: status === 401 ? 'Unauthorized' : 'Not Found', status, detail, instance: METRICS_ROUTE }));
}

const sameSecret = (given: string, expected: string): boolean => {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
};

/**
 * `GET /metrics` for Prometheus, outside the versioned API (and its OpenAPI document): a bearer token
 * equal to METRICS_TOKEN, or an active admin's access token. No credentials or a bad token: 401;
 * a valid token of a user who is not an admin: 404, so the endpoint is not advertised. Every request
 * is timed (an in-memory histogram) by its route pattern, `(unmatched)` when no route matched.
 */
export function mountMetrics(app: NestFastifyApplication, metricsToken: string): void {
  const metrics = app.get(MetricsService);
  const jwt = app.get(JwtService);
  const auth = app.get(AuthService);
  const fastify = app.getHttpAdapter().getInstance();
  fastify.addHook('onResponse', async (request, reply) => {
    metrics.observeRequest(request.method, request.routeOptions.url ?? '(unmatched)', reply.statusCode, reply.elapsedTime / 1000);
  });
  fastify.get(METRICS_ROUTE, async (request, reply) => {
    const header = request.headers.authorization;
    const token = header?.startsWith('Bearer ') ? header.slice(7) : null;
    if (!token) return deny(reply, 401, 'Metrics need the METRICS_TOKEN bearer token or an admin access token');
    if (metricsToken === '' || !sameSecret(token, metricsToken)) {
      const claims = await jwt.verifyAsync<AccessTokenClaims>(token).catch(() => null);
      const principal = claims && (await auth.principalForToken(claims));
      if (!principal) return deny(reply, 401, 'The token is neither METRICS_TOKEN nor a valid access token');
      if (principal.role !== 'admin') return deny(reply, 404, `No route ${METRICS_ROUTE}`);
    }
    return reply.header('content-type', metrics.registry.contentType).header('cache-control', 'no-store').send(await metrics.render());
  });
}
