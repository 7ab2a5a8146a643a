import { AsyncLocalStorage } from 'node:async_hooks';
import { type CallHandler, type ExecutionContext, Injectable, type NestInterceptor } from '@nestjs/common';
import type { Observable } from 'rxjs';
import { auditActor, type Principal } from '../auth/principal.js';

const actors = new AsyncLocalStorage<string>();

/** Who the current request acts as, for the audit log ("user:<id>", "api_key:<id>"); undefined outside one. */
export const currentActor = (): string | undefined => actors.getStore();

/** Runs `work` as `actor` (e.g. a job acting for the user who asked for it), so its writes are audited as theirs. */
export const actingAs = <T>(actor: string, work: () => T): T => actors.run(actor, work);

/**
 * Carries the principal of the request into everything its handler runs, so a transaction can tell
 * the audit trigger who writes. Registered before every other interceptor (Nest binds each
 * interceptor's `next.handle()` to the async context it is called in).
 */
@Injectable()
export class RequestActorInterceptor implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const principal = context.switchToHttp().getRequest<{ user?: Principal }>().user;
    return principal ? actors.run(auditActor(principal), () => next.handle()) : next.handle();
  }
}
