import { type ArgumentsHost, Catch, type ExceptionFilter, HttpException, HttpStatus } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { camelCase } from './case.js';
import { isDriverError } from './errors.js';
import { PROBLEM_CONTENT_TYPE, ProblemException, type ProblemDetails, problemType } from './problem.js';

const STATUS_TITLES: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  406: 'Not Acceptable',
  409: 'Conflict',
  412: 'Precondition Failed',
  413: 'Content Too Large',
  415: 'Unsupported Media Type',
  422: 'Unprocessable Content',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
};

interface HealthBody {
  status: 'error';
  error: Record<string, unknown>;
}

const isHealthBody = (body: unknown): body is HealthBody =>
  typeof body === 'object' && body !== null && (body as HealthBody).status === 'error' && 'error' in body;

/** Fastify's own errors (bad JSON, body too large, wrong content type) carry a statusCode and a code. */
interface FastifyLikeError {
  statusCode: number;
  code?: string;
  message: string;
}

const isFastifyError = (error: unknown): error is FastifyLikeError =>
  error instanceof Error &&
  typeof (error as Partial<FastifyLikeError>).statusCode === 'number' &&
  typeof (error as Partial<FastifyLikeError>).code === 'string';

const plain = (status: number, detail?: string): ProblemDetails => ({
  type: 'about:blank',
  title: STATUS_TITLES[status] ?? 'Error',
  status,
  ...(detail === undefined ? {} : { detail }),
});

/**
 * The database as the last line of defence: a constraint the validators missed (a null for a required
 * field, a number out of range) is the client's 400, never a 500. Nothing was written: the
 * transaction rolled back.
 */
function databaseProblem(error: unknown): ProblemDetails | null {
  const driverError = (error as { driverError?: { code?: string; column?: string; constraint?: string } }).driverError;
  switch (driverError?.code) {
    case '23502': {
      const field = camelCase(driverError.column ?? 'value');
      return { ...validation(field, `${field} must not be null`) };
    }
    case '23514':
      return validation(driverError.constraint ?? '(body)', `violates ${driverError.constraint ?? 'a rule'}`);
    case '22003':
      return validation('(body)', 'a number is out of range');
    case '22P02':
    case '22007':
    case '22008':
      return validation('(body)', 'a value has the wrong format');
    default:
      return null;
  }
}

/**
 * PostgreSQL aborted the transaction to let a concurrent one through (a deadlock's victim, a
 * serialization failure) and no code path retried it further: nothing was written and the same
 * request will most likely succeed when sent again, so it is a 503 with Retry-After, not a 500.
 */
const isConcurrencyAbort = (error: unknown): boolean => isDriverError(error, '40P01') || isDriverError(error, '40001');

const validation = (field: string, message: string): ProblemDetails => ({
  type: problemType('validation-error'),
  title: 'Request validation failed',
  status: 400,
  detail: `${field}: ${message}`,
  errors: [{ field, message }],
});

/** Turns anything thrown while serving a request into a problem document (never a stack trace). */
export function toProblem(error: unknown): { problem: ProblemDetails; headers: Record<string, string> } {
  if (error instanceof ProblemException) return { problem: { ...error.problem }, headers: error.headers };
  if (error instanceof HttpException) {
    const status = error.getStatus();
    const body = error.getResponse();
    if (isHealthBody(body)) {
      const failing = Object.keys(body.error);
      return {
        problem: {
          type: problemType('unhealthy'),
          title: 'Service Unavailable',
          status,
          detail: `Unhealthy: ${failing.join(', ')}`,
          checks: body,
        },
        headers: {},
      };
    }
    const message = typeof body === 'string' ? body : (body as { message?: unknown }).message;
    const detail = Array.isArray(message) ? message.join('; ') : typeof message === 'string' ? message : undefined;
    return { problem: plain(status, detail), headers: {} };
  }
  const database = databaseProblem(error);
  if (database) return { problem: database, headers: {} };
  if (isConcurrencyAbort(error)) {
    return {
      problem: {
        type: problemType('concurrent-write'),
        title: 'Service Unavailable',
        status: 503,
        detail: 'The request met a concurrent write and was rolled back; nothing was changed. Send it again.',
      },
      headers: { 'retry-after': '1' },
    };
  }
  if (isFastifyError(error) && error.statusCode >= 400 && error.statusCode < 500) {
    const detail = error.code === 'FST_ERR_CTP_BODY_TOO_LARGE' ? 'Request body is larger than allowed' : error.message;
    return { problem: plain(error.statusCode, detail), headers: {} };
  }
  return { problem: plain(HttpStatus.INTERNAL_SERVER_ERROR, 'An unexpected error occurred'), headers: {} };
}

/** Every error of every route, Fastify's own included (Nest routes those through its filters too). */
@Catch()
export class ProblemFilter implements ExceptionFilter {
  catch(exception: unknown, host: ArgumentsHost): void {
    const request = host.switchToHttp().getRequest<FastifyRequest>();
    const { problem, headers } = toProblem(exception);
    if (problem.status >= 500 && problem.type === 'about:blank') {
      // The request's own logger: the line carries its reqId, so a client's report can be traced.
      request.log.error({ err: exception }, 'unhandled error');
    }
    problem.instance = request.url.split('?')[0];
    void host
      .switchToHttp()
      .getResponse<FastifyReply>()
      .status(problem.status)
      .headers(headers)
      .header('content-type', PROBLEM_CONTENT_TYPE)
      .send(JSON.stringify(problem));
  }
}
