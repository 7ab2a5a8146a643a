import { createHmac } from 'node:crypto';
import { type CallHandler, type ExecutionContext, HttpStatus, Inject, Injectable, type NestInterceptor } from '@nestjs/common';
import type { ConfigType } from '@nestjs/config';
import { Reflector } from '@nestjs/core';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { from, lastValueFrom, type Observable } from 'rxjs';
import type { Principal } from '../tenancy/principal.js';
import { authConfig } from '../config/configuration.js';
import { Transactions } from '../database/transactions.js';
import { ConflictProblem, ProblemException, ValidationProblem } from '../common/problem.js';
import { SECRET_RESPONSE } from '../common/secret-response.decorator.js';

const KEY = /^[\x21-\x7e]{1,255}$/;
export const IDEMPOTENCY_WINDOW = '24 hours';

/** Key order must not make two equal bodies differ. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    return `{${Object.keys(value)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${canonical((value as Record<string, unknown>)[key])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/**
 * `POST` with an `Idempotency-Key`: the first response is stored in the same transaction as the
 * write, and replayed to a retry with the same key and body for 24 hours. The same key with another
 * body is a 422; a retry while the first is still running is a 409. Keys are per agency. A response
 * carrying a secret (@SecretResponse) is never stored: its key is kept without the body, and a replay
 * is a 409 saying the secret was shown once. The request is kept only as an HMAC under a key derived
 * from JWT_SECRET: a body holding a password (a user created, a password changed, a sign-in) leaves
 * nothing in the table that guesses could be tested against.
 */
@Injectable()
export class IdempotencyInterceptor implements NestInterceptor {
  private readonly hashKey: Buffer;

  constructor(
    private readonly transactions: Transactions,
    private readonly reflector: Reflector,
    @Inject(authConfig.KEY) auth: ConfigType<typeof authConfig>,
  ) {
    this.hashKey = createHmac('sha256', auth.jwtSecret).update('pavilion/idempotency-request-hash').digest();
  }

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const request = context.switchToHttp().getRequest<FastifyRequest & { user?: Principal }>();
    const header = request.headers['idempotency-key'];
    if (request.method !== 'POST' || header === undefined || !request.user) return next.handle();
    const key = String(header);
    if (!KEY.test(key)) {
      throw new ValidationProblem([{ field: 'Idempotency-Key', message: 'Idempotency-Key must be 1-255 visible ASCII characters' }]);
    }
    const agencyId = request.user.agencyId;
    const path = request.url.split('?')[0];
    const requestHash = createHmac('sha256', this.hashKey).update(`POST ${path}\n${canonical(request.body)}`).digest('hex');
    const reply = context.switchToHttp().getResponse<FastifyReply>();
    const secret = this.reflector.get<boolean | undefined>(SECRET_RESPONSE, context.getHandler()) === true;
    return from(this.transactions.run((manager) => this.once(manager, { agencyId, key, requestHash, secret }, reply, next)));
  }

  private async once(
    manager: Transactions['manager'],
    { agencyId, key, requestHash, secret }: { agencyId: string; key: string; requestHash: string; secret: boolean },
    reply: FastifyReply,
    next: CallHandler,
  ): Promise<unknown> {
    // Not waiting on a lock: a duplicate arriving while the first runs is told so at once.
    const [{ locked }] = await manager.query<{ locked: boolean }[]>(
      'SELECT pg_try_advisory_xact_lock(hashtextextended($1, 0)) AS locked',
      [`idempotency:${agencyId}:${key}`],
    );
    if (!locked) throw new ConflictProblem('A request with this Idempotency-Key is still being processed; retry shortly');

    const [stored] = await manager.query<{ request_hash: string; response_body: unknown }[]>(
      `SELECT request_hash, response_body FROM idempotency_keys
        WHERE agency_id = $1 AND key = $2 AND created_at > now() - interval '${IDEMPOTENCY_WINDOW}'`,
      [agencyId, key],
    );
    if (stored) {
      if (stored.request_hash !== requestHash) {
        throw new ProblemException({
          status: HttpStatus.UNPROCESSABLE_ENTITY,
          type: 'idempotency-key-reused',
          title: 'Idempotency-Key reused',
          detail: 'This Idempotency-Key was used with a different request body',
        });
      }
      if (secret) {
        throw new ProblemException({
          status: HttpStatus.CONFLICT,
          type: 'secret-shown-once',
          title: 'Secret shown only once',
          detail:
            'The response to this request carried a secret, which is shown only once and never stored; ' +
            'nothing was created now. Use the first response, or send a new request with a new Idempotency-Key',
        });
      }
      void reply.header('idempotent-replayed', 'true');
      return stored.response_body;
    }

    const body: unknown = await lastValueFrom(next.handle() as Observable<unknown>, { defaultValue: null });
    await manager.query(
      `INSERT INTO idempotency_keys (agency_id, key, request_hash, response_status, response_body)
       VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (agency_id, key) DO UPDATE
         SET request_hash = EXCLUDED.request_hash, response_status = EXCLUDED.response_status,
             response_body = EXCLUDED.response_body, created_at = now()`,
      [agencyId, key, requestHash, HttpStatus.CREATED, JSON.stringify(secret ? null : body)],
    );
    return body;
  }
}
