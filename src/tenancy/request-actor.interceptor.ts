import { type CallHandler, type ExecutionContext, Injectable, type NestInterceptor } from '@nestjs/common';
import type { Observable } from 'rxjs';
import { actingAs } from '../database/actor.js';
import { auditActor, type Principal } from './principal.js';

/**
 * Carries the principal of the request into everything its handler runs, so a transaction can tell
 * the audit trigger who writes. Registered before every other interceptor (Nest binds each
 * interceptor's `next.handle()` to the async context it is called in).
 */
@Injectable()
export class RequestActorInterceptor implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const principal = context.switchToHttp().getRequest<{ user?: Principal }>().user;
    return principal ? actingAs(auditActor(principal), () => next.handle()) : next.handle();
  }
}
