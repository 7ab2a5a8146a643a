import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { FastifyReply, FastifyRequest } from 'fastify';

/** Where `vite build` writes the web app: `<repo>/dist/web`, from dist/src/web-app (built) and src/web-app (under jest) alike. */
const REPO_ROOT = join(import.meta.dirname, import.meta.dirname.includes(join('dist', 'src')) ? '../../..' : '../..');
export const WEB_DIST_DIR = join(REPO_ROOT, 'dist', 'web');

export const WEB_PREFIX = '/app/';

/**
 * The app's page gets a stricter policy than Helmet's default for the service (which lets Swagger UI
 * run inline script and style): the build has no inline script or style, so none is allowed.
 */
export const WEB_APP_CSP = [
  "default-src 'self'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'self'",
  "img-src 'self' data:",
  "object-src 'none'",
  "script-src 'self'",
  "script-src-attr 'none'",
  "style-src 'self'",
].join(';');

/** Hashed assets never change under their name; everything else (index.html, the service worker) must be revalidated. */
function cacheControl(path: string): string {
  return /[/\\]assets[/\\]/.test(path) ? 'public, max-age=31536000, immutable' : 'no-cache';
}

/**
 * Serves the single-page app at /app/ from the same process and origin as the API (no CORS): files
 * as they are, any other /app/ path as index.html so client routes survive a reload, and / redirects
 * to /app/. Returns false (and serves nothing) when the app was not built, e.g. `nest build` alone.
 */
export async function serveWebApp(app: NestFastifyApplication, root = WEB_DIST_DIR): Promise<boolean> {
  const indexFile = join(root, 'index.html');
  if (!existsSync(indexFile)) return false;
  const index = readFileSync(indexFile);
  const fastify = app.getHttpAdapter().getInstance();
  await fastify.register(fastifyStatic, {
    root,
    prefix: WEB_PREFIX,
    // Routes for the files present at start; unknown paths fall through to the SPA route below.
    wildcard: false,
    index: false,
    // Swagger UI's own instance decorates the reply already.
    decorateReply: false,
    cacheControl: false,
    // The build writes .br and .gz beside each asset (web/vite.config.ts): sent as the browser accepts.
    preCompressed: true,
    setHeaders: (res, path) => void res.header('cache-control', cacheControl(path)),
  });
  const sendIndex = (request: FastifyRequest, reply: FastifyReply) => {
    // A file name that is not there (an old hashed asset) is a plain 404, never the page in its place.
    if (/\.[a-z0-9]+$/i.test(request.url.split('?')[0])) return reply.callNotFound();
    return reply.type('text/html; charset=utf-8').header('cache-control', 'no-cache').header('content-security-policy', WEB_APP_CSP).send(index);
  };
  fastify.get('/app', (_request, reply) => reply.redirect(WEB_PREFIX));
  fastify.get(WEB_PREFIX, sendIndex);
  fastify.get(`${WEB_PREFIX}*`, sendIndex);
  fastify.get('/', (_request, reply) => reply.redirect(WEB_PREFIX));
  return true;
}
