import { type CanActivate, type ExecutionContext, Inject, Injectable, SetMetadata } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { ConfigType } from '@nestjs/config';
import type { FastifyReply } from 'fastify';
import type { Principal } from '../tenancy/principal.js';
import { TooManyRequestsProblem } from '../common/problem.js';
import { rateLimitConfig } from '../config/configuration.js';
import { RateLimitLeases } from './rate-limit-leases.js';

const NOT_RATE_LIMITED = 'pavilion:not-rate-limited';

/**
 * Health probes are not rate limited: an orchestrator whose liveness probe is answered 429 restarts a
 * healthy process, and a probe costs the service nothing worth limiting.
 */
export const NotRateLimited = (): ClassDecorator & MethodDecorator => SetMetadata(NOT_RATE_LIMITED, true);

interface Tracked {
  tracker: string;
  limit: number;
}

/**
 * Rate limit per principal rather than per address and route: one count per API key or user over
 * every route (anonymous requests per client address), shared by all API processes through Redis.
 * Runs after authentication, before access checks (refused requests count too). Over the limit: 429
 * with Retry-After. Without Redis it lets requests through.
 */
@Injectable()
export class PrincipalThrottlerGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly leases: RateLimitLeases,
    @Inject(rateLimitConfig.KEY) private readonly config: ConfigType<typeof rateLimitConfig>,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (this.reflector.getAllAndOverride<boolean>(NOT_RATE_LIMITED, [context.getHandler(), context.getClass()])) return true;
    const request = context.switchToHttp().getRequest<{ user?: Principal; ip: string }>();
    const { tracker, limit } = this.tracked(request);
    const verdict = await this.leases.take(tracker, this.config.windowMs, limit);
    // Redis away: serve unthrottled rather than refuse (DESIGN: losing Redis may delay freshness,
    // never writes). /health reports the outage; failed logins still fail closed (503).
    if (!verdict) return true;
    const reply = context.switchToHttp().getResponse<FastifyReply>();
    void reply.header('x-ratelimit-limit', limit).header('x-ratelimit-remaining', verdict.remaining);
    if (verdict.allowed) return true;
    throw new TooManyRequestsProblem(`More than ${limit} requests in ${this.config.windowMs / 1000} s; see Retry-After`, verdict.retryAfterSeconds);
  }

  private tracked(request: { user?: Principal; ip: string }): Tracked {
    const principal = request.user;
    if (!principal) return { tracker: `ip:${request.ip}`, limit: this.config.perAddress };
    if (principal.kind === 'apiKey') return { tracker: `key:${principal.keyId}`, limit: this.config.perApiKey };
    return { tracker: `user:${principal.userId}`, limit: this.config.perUser };
  }
}
