import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { Principal } from './principal.js';

/** The authenticated principal. Throws if no guard put one on the request: that is a wiring bug. */
export const CurrentPrincipal = createParamDecorator((_data: unknown, context: ExecutionContext): Principal => {
  const principal = context.switchToHttp().getRequest<{ user?: Principal }>().user;
  if (!principal) {
    throw new Error('CurrentPrincipal used on a route no authentication guard ran for (is it @Public()?)');
  }
  return principal;
});
