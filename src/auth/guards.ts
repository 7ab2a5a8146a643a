import { type ExecutionContext, Injectable, type CanActivate } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AuthGuard } from '@nestjs/passport';
import { ProblemException } from '../common/problem.js';
import { validateBody } from '../common/validation.js';
import { roleSatisfies, type Role } from '../users/role.js';
import { LoginDto } from './dto/login.dto.js';
import type { Principal } from './principal.js';
import { IS_PUBLIC } from './public.decorator.js';
import { REQUIRED_ROLE } from './roles.decorator.js';
import { UnauthorizedProblem } from './unauthorized.problem.js';

const describe = (info: unknown): string => {
  const name = (info as { name?: string } | undefined)?.name;
  if (name === 'TokenExpiredError') return 'The access token has expired';
  if (name === 'JsonWebTokenError' || name === 'NotBeforeError') return 'The access token is invalid';
  return 'A bearer access token is required';
};

/** The one global authentication guard: every route needs a valid token unless it is @Public(). */
@Injectable()
export class AuthenticationGuard extends AuthGuard('jwt') {
  constructor(private readonly reflector: Reflector) {
    super();
  }

  override canActivate(context: ExecutionContext) {
    const isPublic = this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, [context.getHandler(), context.getClass()]);
    return isPublic ? true : super.canActivate(context);
  }

  override handleRequest<T = Principal>(error: unknown, principal: T | false, info: unknown): T {
    if (error) throw error as Error;
    if (!principal) throw new UnauthorizedProblem(describe(info));
    return principal;
  }
}

/** Enforces @Roles(): the principal's role must be at least the one the route names. */
@Injectable()
export class RolesGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    const required = this.reflector.getAllAndOverride<Role | undefined>(REQUIRED_ROLE, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (!required) return true;
    const principal = context.switchToHttp().getRequest<{ user?: Principal }>().user;
    if (principal && roleSatisfies(principal.role, required)) return true;
    throw new ProblemException({
      status: 403,
      type: 'forbidden',
      title: 'Forbidden',
      detail: `This action requires the ${required} role`,
    });
  }
}

/** Login: validate the body like any DTO (guards run before pipes), then check the password. */
@Injectable()
export class LoginGuard extends AuthGuard('local') {
  override async canActivate(context: ExecutionContext): Promise<boolean> {
    await validateBody(LoginDto, context.switchToHttp().getRequest<{ body: unknown }>().body);
    return (await super.canActivate(context)) as boolean;
  }

  override handleRequest<T = Principal>(error: unknown, principal: T | false): T {
    if (error) throw error as Error;
    if (!principal) throw new UnauthorizedProblem('Invalid email or password');
    return principal;
  }
}
