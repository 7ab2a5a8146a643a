import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { PreconditionFailedProblem, ValidationProblem } from './problem.js';

export const etagFor = (version: number): string => `"${version}"`;

/**
 * Any single versioned record in an answer gets an ETag, so clients can PATCH with If-Match: a
 * Fastify hook on the object about to be serialised (a replayed idempotent answer included), not an
 * interceptor, so routes need no Observable around their handler for it.
 */
export function registerEtags(fastify: FastifyInstance): void {
  fastify.addHook('preSerialization', (_request, reply, payload: unknown, done) => {
    const version = (payload as { version?: unknown } | null)?.version;
    if (typeof version === 'number') void reply.header('etag', etagFor(version));
    done(null, payload);
  });
}

/**
 * The version a PATCH expects, from `If-Match: "3"` (or `W/"3"`); undefined when the header is absent.
 */
export const IfMatch = createParamDecorator((_data: unknown, context: ExecutionContext): number | undefined => {
  const header = context.switchToHttp().getRequest<FastifyRequest>().headers['if-match'];
  if (header === undefined || header === '*') return undefined;
  const match = /^(?:W\/)?"?(\d{1,9})"?$/.exec(String(header).trim());
  if (!match) throw new ValidationProblem([{ field: 'If-Match', message: 'If-Match must be an ETag this API issued, e.g. "3"' }]);
  return Number(match[1]);
});

export function assertVersion(expected: number | undefined, actual: number, what: string): void {
  if (expected !== undefined && expected !== actual) {
    throw new PreconditionFailedProblem(`${what} is at version ${actual}, not ${expected}; reload it and retry`);
  }
}
