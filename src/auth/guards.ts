import { type ExecutionContext, Injectable, type CanActivate } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AuthGuard } from '@nestjs/passport';
import type { FastifyRequest } from 'fastify';
import type { ApiKeyScope } from '../tenancy/scopes.js';
import { ForbiddenProblem } from '../common/errors.js';
import { validateBody } from '../common/validation.js';
import { PrincipalThrottlerGuard } from '../throttle/principal-throttler.guard.js';
import { roleSatisfies, type Role } from '../tenancy/role.js';
import { API_KEY_SCOPE } from '../tenancy/api-key-scope.decorator.js';
import { AccessTokens } from './access-tokens.js';
import { LoginDto } from './dto/login.dto.js';
import type { Principal } from '../tenancy/principal.js';
import { authenticate } from '../tenancy/request-actor.js';
import { IS_PUBLIC } from '../tenancy/public.decorator.js';
import { REQUIRED_ROLE } from '../tenancy/roles.decorator.js';
import { UnauthorizedProblem } from './unauthorized.problem.js';

@Injectable()
class ApiKeyGuard extends AuthGuard('api-key') {
  override handleRequest<T = Principal>(error: unknown, principal: T | false): T {
    if (error) throw error as Error;
    if (!principal) throw new UnauthorizedProblem('The API key is unknown, revoked or expired');
    return principal;
  }
}

/**
 * The one global authentication guard: every route needs a bearer token or, when the request sends
 * `X-API-Key`, a live partner key; @Public() routes are the explicit exception.
 */
@Injectable()
export class AuthenticationGuard implements CanActivate {
  private readonly apiKey = new ApiKeyGuard();

  constructor(
    private readonly reflector: Reflector,
    private readonly limiter: PrincipalThrottlerGuard,
    private readonly tokens: AccessTokens,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const isPublic = this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, [context.getHandler(), context.getClass()]);
    if (isPublic) return true;
    const request = context.switchToHttp().getRequest<FastifyRequest & { user?: Principal }>();
    try {
      if (request.headers['x-api-key'] !== undefined) {
        await this.apiKey.canActivate(context); // Passport sets request.user, or throws
        authenticate(request, request.user as Principal);
      } else {
        authenticate(request, await this.tokens.principal(request.headers.authorization));
      }
      return true;
    } catch (error) {
      // Refused credentials count against the client address, so guessing keys or tokens is throttled
      // too (429 once over the limit, else the 401).
      if (error instanceof UnauthorizedProblem) await this.limiter.canActivate(context);
      throw error;
    }
  }
}

const READ_METHODS = new Set(['GET', 'HEAD']);

/**
 * Enforces what a principal may do. Users: @Roles() (the least role a route needs). API keys: read
 * routes that declare an @ApiKeyScope() the key holds, nothing else (secure by default: a route
 * without a scope refuses every key).
 */
@Injectable()
export class AccessGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    const targets = [context.getHandler(), context.getClass()];
    const request = context.switchToHttp().getRequest<{ user?: Principal; method: string }>();
    const principal = request.user;
    if (principal?.kind === 'apiKey') {
      const scope = this.reflector.getAllAndOverride<ApiKeyScope | undefined>(API_KEY_SCOPE, targets);
      if (!scope || !READ_METHODS.has(request.method)) throw new ForbiddenProblem('API keys cannot use this route');
      if (!principal.scopes.includes(scope)) throw new ForbiddenProblem(`This route requires the ${scope} scope`);
      return true;
    }
    const required = this.reflector.getAllAndOverride<Role | undefined>(REQUIRED_ROLE, targets);
    if (!required) return true;
    if (principal && roleSatisfies(principal.role, required)) return true;
    throw new ForbiddenProblem(`This action requires the ${required} role`);
  }
}

/** Login: validate the body like any DTO (guards run before pipes), then check the password. */
@Injectable()
export class LoginGuard extends AuthGuard('local') {
  override async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<{ body: unknown; user?: Principal }>();
    await validateBody(LoginDto, request.body);
    await super.canActivate(context); // Passport sets request.user, or throws
    authenticate(request, request.user as Principal);
    return true;
  }

  override handleRequest<T = Principal>(error: unknown, principal: T | false): T {
    if (error) throw error as Error;
    if (!principal) throw new UnauthorizedProblem('Invalid email or password');
    return principal;
  }
}
