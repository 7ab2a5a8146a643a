import { type CallHandler, type ExecutionContext, Injectable, type NestInterceptor } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { type Observable, tap } from 'rxjs';
import { etagFor } from './etag.js';

/** Any single versioned record in a response gets an ETag, so clients can PATCH with If-Match. */
@Injectable()
export class EtagInterceptor implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    return next.handle().pipe(
      tap((body: unknown) => {
        const version = (body as { version?: unknown } | null)?.version;
        if (typeof version === 'number' && context.getType() === 'http') {
          void context.switchToHttp().getResponse<FastifyReply>().header('etag', etagFor(version));
        }
      }),
    );
  }
}
