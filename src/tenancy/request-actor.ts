import type { FastifyInstance } from 'fastify';
import { actAs, withActorSlot } from '../database/actor.js';
import { auditActor, type Principal } from './principal.js';

/**
 * Every request runs in its own actor slot (`database/actor.ts`), which authentication fills in, so
 * its transactions tell the audit trigger who writes. Opened at preValidation, once the body has been
 * read: the body parser's stream callbacks run outside any context opened earlier, at onRequest.
 * A hook rather than an interceptor: a route with no interceptor skips Nest's Observable machinery.
 */
export function registerRequestActor(fastify: FastifyInstance): void {
  fastify.addHook('preValidation', (_request, _reply, done) => withActorSlot(done));
}

/** The request is `principal`'s from now on: the route reads it as `request.user`, the audit log as its actor. */
export function authenticate(request: { user?: Principal }, principal: Principal): void {
  request.user = principal;
  actAs(auditActor(principal));
}
