import { STATUS_CODES } from 'node:http';
import type { Socket } from 'node:net';
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { PROBLEM_CONTENT_TYPE, type ProblemDetails } from './problem.js';

/**
 * The errors Fastify and Node answer before a request reaches Nest (and so its ProblemFilter): a URL
 * that does not decode (`/v1/companies/%ff%fe`), a path parameter over Fastify's 100 characters, and
 * what the HTTP parser refuses (431 for oversized headers or URL, 400 for a malformed request). Every
 * one is application/problem+json, like every other error the service sends.
 */
const FRAMEWORK_DETAILS: Record<string, { status: number; detail: string }> = {
  FST_ERR_BAD_URL: { status: 400, detail: 'The URL has a component that is not valid percent-encoded UTF-8' },
  FST_ERR_MAX_PARAM_LENGTH: { status: 414, detail: 'A path parameter is longer than 100 characters' },
  FST_ERR_ASYNC_CONSTRAINT: { status: 400, detail: 'The request could not be routed' },
};

const problem = (status: number, detail: string, instance?: string): ProblemDetails => ({
  type: 'about:blank',
  title: STATUS_CODES[status] ?? 'Error',
  status,
  detail,
  ...(instance === undefined ? {} : { instance }),
});

/** Fastify's `frameworkErrors` option: routing errors, answered before any handler runs. */
export function frameworkErrors(error: FastifyError, request: FastifyRequest, reply: FastifyReply): void {
  const known = FRAMEWORK_DETAILS[error.code];
  const status = known?.status ?? (error.statusCode && error.statusCode >= 400 && error.statusCode < 500 ? error.statusCode : 400);
  // The raw URL may not decode (that is the error), so the instance is left out rather than mangled.
  void reply
    .status(status)
    .header('content-type', PROBLEM_CONTENT_TYPE)
    .send(JSON.stringify(problem(status, known?.detail ?? 'The request could not be routed')));
}

const CLIENT_ERRORS: Record<string, { status: number; detail: string }> = {
  HPE_HEADER_OVERFLOW: { status: 431, detail: 'The request line or headers are larger than allowed' },
  ERR_HTTP_REQUEST_TIMEOUT: { status: 408, detail: 'The request was not received in time' },
};

/**
 * Fastify's `clientErrorHandler`: Node's HTTP parser rejected the request, so there is no request
 * object, only the socket; the answer is written by hand, as Fastify's default does, as problem+json.
 */
export function clientErrorHandler(error: Error & { code?: string }, socket: Socket): void {
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  const { status, detail } = CLIENT_ERRORS[error.code ?? ''] ?? { status: 400, detail: 'The request is not valid HTTP' };
  const body = JSON.stringify(problem(status, detail));
  if (socket.writable) {
    socket.write(
      `HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\nContent-Type: ${PROBLEM_CONTENT_TYPE}\r\n` +
        `Content-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
    );
  }
  socket.destroy(error);
}
