import { type CallHandler, type ExecutionContext, Injectable, type NestInterceptor } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { FastifyReply } from 'fastify';
import { type Observable, tap } from 'rxjs';

/** Metadata of a creating route (set by `ApiPost({ location })`): the path of the GET that reads what it created. */
export const LOCATION = 'pavilion:location';

/**
 * `/v1/fairs/{id}` with each `{name}` replaced by the answer's field of that name; undefined when the
 * answer lacks one (then no Location is sent rather than a wrong one).
 */
export function locationOf(template: string, body: unknown): string | undefined {
  const fields = (body ?? {}) as Record<string, unknown>;
  let complete = true;
  const path = template.replace(/\{(\w+)\}/g, (_match, name: string) => {
    const value = fields[name];
    if (typeof value === 'string' && value !== '') return encodeURIComponent(value);
    complete = false;
    return '';
  });
  return complete ? path : undefined;
}

/**
 * A 201 names what it created: `Location` is the path of the record's GET route. It runs outside the
 * idempotency interceptor, so a replayed answer carries it too.
 */
@Injectable()
export class LocationInterceptor implements NestInterceptor {
  constructor(private readonly reflector: Reflector) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const template = this.reflector.get<string | undefined>(LOCATION, context.getHandler());
    if (template === undefined) return next.handle();
    return next.handle().pipe(
      tap((body: unknown) => {
        const location = locationOf(template, body);
        if (location !== undefined) void context.switchToHttp().getResponse<FastifyReply>().header('location', location);
      }),
    );
  }
}
