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

/** Query parameters that carry credentials: their values never reach a log line. */
const CREDENTIAL_PARAM = /token|secret|passw|api[-_]?key|^key$|^sig(nature)?$|^auth|^session$|^code$|jwt/i;
const REDACTED = '[Redacted]';

/** The URL with the value of every credential-like query parameter replaced (`?token=[Redacted]`). */
export function redactUrl(url: string): string {
  const query = url.indexOf('?');
  if (query < 0) return url;
  const params = url
    .slice(query + 1)
    .split('&')
    .map((part) => {
      const equals = part.indexOf('=');
      const rawName = equals < 0 ? part : part.slice(0, equals);
      let name = rawName;
      try {
        name = decodeURIComponent(rawName.replaceAll('+', ' '));
      } catch {
        // an undecodable name is judged as written
      }
      return CREDENTIAL_PARAM.test(name) ? `${rawName}=${REDACTED}` : part;
    });
  return `${url.slice(0, query + 1)}${params.join('&')}`;
}

interface LoggedRequest {
  method?: string;
  url?: string;
  /** Fastify's request: the client address after trustProxy. */
  ip?: string;
  socket?: { remoteAddress?: string };
}

/**
 * Credentials never reach a log: headers that carry them are censored wherever a line holds them, and
 * a request is logged as method, redacted URL and client address (Fastify's `ip`, else the socket's).
 */
const REDACT_PATHS = ['authorization', 'cookie', '["set-cookie"]', '["x-api-key"]'].flatMap((header) => [
  `req.headers.${header}`.replace('.[', '['),
  `res.headers.${header}`.replace('.[', '['),
  `headers.${header}`.replace('.[', '['),
]);
const REDACT_FIELDS = ['password', 'currentPassword', 'newPassword', 'accessToken', 'refreshToken', 'secret', 'token'].flatMap((field) => [field, `*.${field}`]);

/** One pino configuration for Fastify's request logs and Nest's application logs. */
export const pinoOptions = (level: string, format: 'json' | 'pretty' = 'json'): LoggerOptions => ({
  level,
  ...(format === 'pretty' ? { transport: { target: 'pino-pretty', options: { singleLine: true, translateTime: 'SYS:HH:MM:ss.l' } } } : {}),
  redact: { paths: [...REDACT_PATHS, ...REDACT_FIELDS], censor: REDACTED },
  serializers: {
    req: (req: LoggedRequest) => ({
      method: req.method,
      url: req.url === undefined ? undefined : redactUrl(req.url),
      remoteAddress: req.ip ?? req.socket?.remoteAddress,
    }),
  },
});

export const createRequestLogger = (level: string, format: 'json' | 'pretty' = 'json'): Logger => pino(pinoOptions(level, format));

/**
 * Nest's `Logger` writes through nestjs-pino as structured JSON. Request logs are Fastify's own
 * (its per-request child logger carries `reqId`), written by the hook below: Fastify's logging costs
 * a fraction of an HTTP middleware's (measured: the pino-http middleware halved requests per second).
 */
export const AppLoggerModule = LoggerModule.forRootAsync({
  inject: [httpConfig.KEY],
  useFactory: (config: ConfigType<typeof httpConfig>) => ({
    pinoHttp: pinoOptions(config.logLevel, config.logFormat),
    useExisting: true as const,
    forRoutes: [],
  }),
});

/**
 * Fastify's request logging, shaped for us: one line per request when it completes, at a level by
 * status (5xx error, 4xx warn, else info), without headers or bodies and with credentials in the
 * query string redacted, so no credential or personal data reaches the log. Health probes are not logged.
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
        req: request, // the `req` serializer above keeps method, redacted URL and address
        res: { statusCode: status },
        responseTime: reply.elapsedTime,
        ...(error ? { err: error } : {}),
      },
      'request completed',
    );
  }
}
