import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { ForbiddenProblem } from '../common/errors.js';
import type { Principal, UserPrincipal } from './principal.js';

const principalOf = (context: ExecutionContext): Principal => {
  const principal = context.switchToHttp().getRequest<{ user?: Principal }>().user;
  if (!principal) {
    throw new Error('CurrentPrincipal used on a route no authentication guard ran for (is it @Public()?)');
  }
  return principal;
};

/** The authenticated principal. Throws if no guard put one on the request: that is a wiring bug. */
export const CurrentPrincipal = createParamDecorator((_data: unknown, context: ExecutionContext): Principal => principalOf(context));

/**
 * The signed-in user, for routes only users reach (writes, admin). The access guard already refuses
 * API keys there; this keeps a key from ever being taken for a user should a route be misdeclared.
 */
export const CurrentUser = createParamDecorator((_data: unknown, context: ExecutionContext): UserPrincipal => {
  const principal = principalOf(context);
  if (principal.kind !== 'user') {
    throw new ForbiddenProblem('API keys cannot use this route');
  }
  return principal;
});
