import { BadRequestException, HttpStatus, ServiceUnavailableException } from '@nestjs/common';
import { toProblem } from './problem.filter.js';
import { ValidationProblem } from './problem.js';
import { toFieldErrors } from './validation.js';

describe('toProblem', () => {
  it('keeps a problem exception as it is, with its headers', () => {
    const { problem } = toProblem(new ValidationProblem([{ field: 'email', message: 'email must be an email address' }]));
    expect(problem).toMatchObject({ status: 400, errors: [{ field: 'email', message: 'email must be an email address' }] });
  });

  it('maps a plain HttpException to about:blank with the status title', () => {
    expect(toProblem(new BadRequestException('nope')).problem).toEqual({
      type: 'about:blank',
      title: 'Bad Request',
      status: 400,
      detail: 'nope',
    });
  });

  it('maps Fastify client errors (body too large) to their status', () => {
    const error = Object.assign(new Error('Request body is too large'), { statusCode: 413, code: 'FST_ERR_CTP_BODY_TOO_LARGE' });
    expect(toProblem(error).problem).toMatchObject({ status: 413, title: 'Content Too Large' });
  });

  it('names the failing dependencies of a health check', () => {
    const health = new ServiceUnavailableException({ status: 'error', info: {}, error: { redis: { status: 'down' } }, details: {} });
    expect(toProblem(health).problem).toMatchObject({ status: HttpStatus.SERVICE_UNAVAILABLE, detail: 'Unhealthy: redis' });
  });

  it('answers a deadlock victim or a serialization failure with a 503 to send again, not a 500', () => {
    for (const code of ['40P01', '40001']) {
      const error = Object.assign(new Error('deadlock detected'), { driverError: { code } });
      const { problem, headers } = toProblem(error);
      expect(problem).toMatchObject({ status: 503, type: expect.stringContaining('concurrent-write') });
      expect(headers).toEqual({ 'retry-after': '1' });
    }
  });

  it('hides anything unexpected behind a generic 500', () => {
    const { problem } = toProblem(new TypeError("Cannot read properties of undefined (reading 'x')"));
    expect(problem).toEqual({ type: 'about:blank', title: 'Internal Server Error', status: 500, detail: 'An unexpected error occurred' });
  });
});

describe('toFieldErrors', () => {
  it('names nested fields with dotted paths and array indexes', () => {
    const errors = toFieldErrors([
      {
        property: 'value',
        children: [{ property: 'amount', constraints: { matches: 'amount must be a decimal string' }, children: [] }],
      },
      { property: 'tags', children: [{ property: '0', constraints: { isString: 'must be a string' }, children: [] }] },
    ]);
    expect(errors).toEqual([
      { field: 'value.amount', message: 'amount must be a decimal string' },
      { field: 'tags[0]', message: 'must be a string' },
    ]);
  });
});
