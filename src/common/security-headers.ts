import type { IncomingMessage, ServerResponse } from 'node:http';
import type { FastifyInstance } from 'fastify';
import helmet, { type HelmetOptions } from 'helmet';

/**
 * Helmet's headers, worked out once. @fastify/helmet builds Helmet's middleware anew on every request
 * (parsing the CSP directives each time: 8 % of the CPU of a no-I/O route in the profile); with no
 * nonces the headers never change, so they are computed at start and set as they are.
 */
export function securityHeaders(options: HelmetOptions): Record<string, string> {
  const headers: Record<string, string> = {};
  const response = {
    setHeader: (name: string, value: string) => void (headers[name.toLowerCase()] = value),
    removeHeader: () => undefined,
  };
  helmet(options)({} as IncomingMessage, response as unknown as ServerResponse, () => undefined);
  return headers;
}

/**
 * What a JSON answer needs of them (OWASP's REST Security Cheat Sheet): no sniffing, HTTPS only, never
 * framed, nothing loaded. The rest of Helmet's set (cross-origin, referrer, DNS prefetch, download and
 * XSS-filter headers, the page's CSP) speaks to browsers rendering a page, and a JSON answer is not
 * one; sending it anyway was two thirds of the bytes of a small answer and a tenth of its CPU.
 */
export const API_SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'strict-transport-security': 'max-age=31536000; includeSubDomains',
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'content-security-policy': "default-src 'none'; frame-ancestors 'none'",
};

/**
 * Security headers with every answer: the API's routes (`/v1/…`, `/health…`), which answer JSON or
 * files, get API_SECURITY_HEADERS; everything else (the web app, the OpenAPI UI, the queue board)
 * gets Helmet's full set as configured by `options`. A route may still override one.
 */
export function registerSecurityHeaders(fastify: FastifyInstance, options: HelmetOptions, apiPrefixes: readonly string[]): void {
  const page = Object.entries(securityHeaders(options));
  const api = Object.entries(API_SECURITY_HEADERS);
  fastify.addHook('onRequest', (request, reply, done) => {
    const headers = apiPrefixes.some((prefix) => request.url.startsWith(prefix)) ? api : page;
    for (const [name, value] of headers) void reply.header(name, value);
    done();
  });
}
