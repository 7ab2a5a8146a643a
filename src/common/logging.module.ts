import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ConfigType } from '@nestjs/config';
import { LoggerModule } from 'nestjs-pino';
import { httpConfig } from '../config/configuration.js';

const REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;

/** A caller's X-Request-Id is kept when it looks sane; otherwise one is made. Either way it is echoed. */
export function requestId(request: IncomingMessage): string {
  const given = request.headers['x-request-id'];
  return typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
}

const existingOrNewId = (request: IncomingMessage): string => (request as { id?: string }).id ?? requestId(request);

/** Structured JSON logs with the request id; credentials and passwords never reach a log line. */
export const AppLoggerModule = LoggerModule.forRootAsync({
  inject: [httpConfig.KEY],
  useFactory: (config: ConfigType<typeof httpConfig>) => ({
    pinoHttp: {
      level: config.logLevel,
      genReqId: existingOrNewId,
      serializers: {
        req: (request: { id: string; method: string; url: string; remoteAddress?: string }) => ({
          id: request.id,
          method: request.method,
          url: request.url,
          remoteAddress: request.remoteAddress,
        }),
        res: (response: { statusCode: number }) => ({ statusCode: response.statusCode }),
      },
      redact: {
        paths: ['req.headers.authorization', 'req.headers["x-api-key"]', 'req.headers.cookie', '*.password'],
        censor: '[redacted]',
      },
      autoLogging: { ignore: (request: IncomingMessage) => request.url?.startsWith('/health') ?? false },
      customLogLevel: (_request: IncomingMessage, response: ServerResponse, error?: Error) =>
        error || response.statusCode >= 500 ? 'error' : response.statusCode >= 400 ? 'warn' : 'info',
    },
  }),
});
