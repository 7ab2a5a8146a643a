import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { ConfigType } from '@nestjs/config';
import { type FastifyReply, type FastifyRequest, LogController } from 'fastify';
import { LoggerModule } from 'nestjs-pino';
import { pino, type Logger, type LoggerOptions } from 'pino';
import { httpConfig } from '../config/configuration.js';

const REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;

/** A caller's X-Request-Id is kept when it looks sane; otherwise one is made. Either way it is echoed. */
export function requestId(request: IncomingMessage): string {
  const given = request.headers['x-request-id'];
  return typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
}

/** One pino configuration for Fastify's request logs and Nest's application logs. */
export const pinoOptions = (level: string): LoggerOptions => ({ level });

export const createRequestLogger = (level: string): Logger => pino(pinoOptions(level));

/**
 * Nest's `Logger` writes through nestjs-pino as structured JSON. Request logs are Fastify's own
 * (its per-request child logger carries `reqId`), written by the hook below: Fastify's logging costs
 * a fraction of an HTTP middleware's (measured: the pino-http middleware halved requests per second).
 */
export const AppLoggerModule = LoggerModule.forRootAsync({
  inject: [httpConfig.KEY],
  useFactory: (config: ConfigType<typeof httpConfig>) => ({
    pinoHttp: pinoOptions(config.logLevel),
    useExisting: true as const,
    forRoutes: [],
  }),
});

/**
 * Fastify's request logging, shaped for us: one line per request when it completes, at a level by
 * status (5xx error, 4xx warn, else info), without headers or bodies, so no credential or personal
 * data reaches the log. Health probes are not logged.
 */
export class RequestLogController extends LogController {
  constructor() {
    super({ requestIdLogLabel: 'reqId', disableRequestLogging: (request) => request.url.startsWith('/health') });
  }

  override incomingRequest(): void {
    // One line per request is enough: the completion line says everything.
  }

  override requestCompleted(error: Error | null | undefined, request: FastifyRequest, reply: FastifyReply): void {
    if (this.isLogDisabled(request)) return;
    const status = reply.statusCode;
    const level = error || status >= 500 ? 'error' : status >= 400 ? 'warn' : 'info';
    request.log[level](
      {
        req: { method: request.method, url: request.url, remoteAddress: request.ip },
        res: { statusCode: status },
        responseTime: reply.elapsedTime,
        ...(error ? { err: error } : {}),
      },
      'request completed',
    );
  }
}
