import type { IncomingMessage } from 'node:http';
import cookie from '@fastify/cookie';
import multipart from '@fastify/multipart';
import type { Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import type { HelmetOptions } from 'helmet';
import { Logger } from 'nestjs-pino';
import { mountQueueBoard } from './admin/queue-board.js';
import { AppModule } from './app.module.js';
import { clientErrorHandler, frameworkErrors } from './common/framework-errors.js';
import { registerInputGuards } from './common/input-guards.js';
import { registerSecurityHeaders } from './common/security-headers.js';
import { jsonBodyParser } from './common/json-body.js';
import { registerEtags } from './common/etag.js';
import { completeDocument } from './common/openapi-document.js';
import { mountMetrics } from './metrics/metrics-route.js';
import { createRequestLogger, RequestLogController, requestId } from './common/logging.module.js';
import type { Env } from './config/env.js';
import { serveWebApp } from './web-app/serve-web-app.js';
import { registerRequestActor } from './tenancy/request-actor.js';

const API_PREFIX = 'v1';
/** The response headers the OpenAPI document describes, readable by browser clients on other origins too. */
const EXPOSED_HEADERS = ['etag', 'location', 'idempotent-replayed', 'retry-after', 'x-ratelimit-limit', 'x-ratelimit-remaining', 'content-disposition', 'x-request-id'];

/**
 * Helmet's headers for the pages served here. Swagger UI's page needs inline styles and scripts;
 * everything else stays strict. The web app at /app/ has no inline script (Vite emits files; it sends
 * its own CSP), and its service worker and manifest are 'self'. API answers get a shorter set
 * (API_SECURITY_HEADERS).
 */
const PAGE_SECURITY: HelmetOptions = {
  contentSecurityPolicy: {
    directives: {
      defaultSrc: ["'self'"],
      styleSrc: ["'self'", "'unsafe-inline'"],
      imgSrc: ["'self'", 'data:'],
      scriptSrc: ["'self'", "'unsafe-inline'"],
    },
  },
};

/** Builds the HTTP app exactly as it serves, so e2e tests exercise the same pipeline as production. */
export async function createApp(env: Env, rootModule: Type = AppModule): Promise<NestFastifyApplication> {
  const adapter = new FastifyAdapter({
    bodyLimit: env.BODY_LIMIT_BYTES,
    trustProxy: env.TRUST_PROXY,
    // One id per request for Fastify's request logger and the X-Request-Id answer.
    genReqId: (request: IncomingMessage) => requestId(request),
    requestIdHeader: false,
    loggerInstance: createRequestLogger(env.LOG_LEVEL, env.LOG_FORMAT),
    logController: new RequestLogController(),
    // Errors answered before Nest's filters could see them: problem+json too.
    frameworkErrors,
    clientErrorHandler,
  });
  const app = await NestFactory.create<NestFastifyApplication>(rootModule, adapter, { bufferLogs: true });
  app.useLogger(app.get(Logger));
  const fastify = app.getHttpAdapter().getInstance();
  fastify.addHook('onRequest', (request, reply, done) => {
    void reply.header('x-request-id', request.id);
    done();
  });
  registerRequestActor(fastify);
  registerEtags(fastify);
  app.setGlobalPrefix(API_PREFIX, { exclude: ['health', 'health/live'] });
  await mountQueueBoard(app, env);
  mountMetrics(app, env.METRICS_TOKEN);

  const corsOrigins = env.CORS_ORIGINS === '*' ? true : env.CORS_ORIGINS.split(',').filter(Boolean);
  app.enableCors({ origin: corsOrigins, exposedHeaders: EXPOSED_HEADERS });
  registerSecurityHeaders(fastify, PAGE_SECURITY, [`/${API_PREFIX}/`, '/health']);

  // The refresh token travels in a cookie (src/auth/refresh-cookie.ts); nothing else reads cookies.
  await app.register(cookie);

  // Spreadsheet uploads (POST /v1/imports) stream to disk; the size limit is set per request there.
  await app.register(multipart);

  // The API speaks JSON only; anything else is a 415 rather than a string the validators reject.
  fastify.removeContentTypeParser('text/plain');
  // UTF-8, depth-limited, prototype-safe JSON (json-body.ts); NUL characters and create-time nulls refused.
  app.useBodyParser('application/json', { bodyLimit: env.BODY_LIMIT_BYTES }, jsonBodyParser(fastify));
  registerInputGuards(fastify);

  setupOpenApi(app);
  await serveWebApp(app);
  return app;
}

function setupOpenApi(app: NestFastifyApplication): void {
  const config = new DocumentBuilder()
    .setTitle('Pavilion API')
    .setDescription(
      'Trade-fair consultations, contracts and outcomes for export-promotion agencies. ' +
        'Errors are application/problem+json (RFC 9457).',
    )
    .setVersion('1')
    .addBearerAuth({ type: 'http', scheme: 'bearer', bearerFormat: 'JWT' })
    .addApiKey({ type: 'apiKey', in: 'header', name: 'X-API-Key', description: 'Partner API key (read only, scoped)' }, 'apiKey')
    .build();
  const document = SwaggerModule.createDocument(app, config);
  completeDocument(document);
  SwaggerModule.setup('docs', app, document, { jsonDocumentUrl: 'docs-json' });
}
