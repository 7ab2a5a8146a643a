import { type ExecutionContext, Injectable } from '@nestjs/common';
import { ThrottlerGuard } from '@nestjs/throttler';
import type { Principal } from '../auth/principal.js';
import { ProblemException } from '../common/problem.js';

/** Who a request counts against: its key or its user when authenticated, else its client address. */
export const throttleTracker = (request: { user?: Principal; ip: string }): string => {
  const principal = request.user;
  if (!principal) return `ip:${request.ip}`;
  return principal.kind === 'apiKey' ? `key:${principal.keyId}` : `user:${principal.userId}`;
};

/**
 * @nestjs/throttler per principal rather than per address and route: one count per key or user over
 * every route, shared by all API processes through Redis. Runs after authentication.
 */
@Injectable()
export class PrincipalThrottlerGuard extends ThrottlerGuard {
  protected override getTracker(request: Record<string, unknown>): Promise<string> {
    return Promise.resolve(throttleTracker(request as { user?: Principal; ip: string }));
  }

  protected override generateKey(_context: ExecutionContext, tracker: string, name: string): string {
    return `${name}:${tracker}`;
  }

  protected override throwThrottlingException(): Promise<void> {
    throw new ProblemException({
      status: 429,
      type: 'too-many-requests',
      title: 'Too Many Requests',
      detail: 'Rate limit reached for this API key or user; retry after the number of seconds in Retry-After',
    });
  }
}

