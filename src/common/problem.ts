import { HttpException, HttpStatus } from '@nestjs/common';

/** RFC 9457 problem details, as every error response of the API carries them. */
export interface ProblemDetails {
  type: string;
  title: string;
  status: number;
  detail?: string;
  instance?: string;
  errors?: FieldError[];
  [extension: string]: unknown;
}

export interface FieldError {
  field: string;
  message: string;
}

export const PROBLEM_CONTENT_TYPE = 'application/problem+json; charset=utf-8';
const PROBLEM_BASE = 'https://pavilion.dev/problems/';

export const problemType = (slug: string): string => `${PROBLEM_BASE}${slug}`;

export interface ProblemInit {
  status: HttpStatus;
  type: string;
  title: string;
  detail?: string;
  errors?: FieldError[];
  headers?: Record<string, string>;
  extensions?: Record<string, unknown>;
}

/** An HttpException that already knows its problem document (type, title, field errors, headers). */
export class ProblemException extends HttpException {
  readonly problem: ProblemDetails;
  readonly headers: Record<string, string>;

  constructor(init: ProblemInit) {
    super(init.detail ?? init.title, init.status);
    this.problem = {
      type: problemType(init.type),
      title: init.title,
      status: init.status,
      ...(init.detail === undefined ? {} : { detail: init.detail }),
      ...(init.errors === undefined ? {} : { errors: init.errors }),
      ...init.extensions,
    };
    this.headers = init.headers ?? {};
  }
}

export class ValidationProblem extends ProblemException {
  constructor(errors: FieldError[]) {
    super({
      status: HttpStatus.BAD_REQUEST,
      type: 'validation-error',
      title: 'Request validation failed',
      detail: errors.map((e) => `${e.field}: ${e.message}`).join('; '),
      errors,
    });
  }
}

export class ConflictProblem extends ProblemException {
  constructor(detail: string, extensions?: Record<string, unknown>) {
    super({ status: HttpStatus.CONFLICT, type: 'conflict', title: 'Conflict', detail, extensions });
  }
}

export class PreconditionFailedProblem extends ProblemException {
  constructor(detail: string) {
    super({ status: HttpStatus.PRECONDITION_FAILED, type: 'precondition-failed', title: 'Precondition failed', detail });
  }
}

export class TooManyRequestsProblem extends ProblemException {
  constructor(detail: string, retryAfterSeconds: number) {
    super({
      status: HttpStatus.TOO_MANY_REQUESTS,
      type: 'too-many-requests',
      title: 'Too many requests',
      detail,
      headers: { 'retry-after': String(Math.max(1, Math.ceil(retryAfterSeconds))) },
    });
  }
}
