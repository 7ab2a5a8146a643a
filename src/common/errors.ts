import { HttpStatus } from '@nestjs/common';
import { ProblemException } from './problem.js';

/** Another agency's object is answered exactly like a missing one. */
export class NotFoundProblem extends ProblemException {
  constructor(resource: string, id: string) {
    super({ status: HttpStatus.NOT_FOUND, type: 'not-found', title: 'Not Found', detail: `${resource} ${id} not found` });
  }
}

/** The caller may not do this (role, scope, or a key on a users-only route). */
export class ForbiddenProblem extends ProblemException {
  constructor(detail: string) {
    super({ status: HttpStatus.FORBIDDEN, type: 'forbidden', title: 'Forbidden', detail });
  }
}

/** A PostgreSQL error of this SQLSTATE (and constraint, when named), as TypeORM wraps it. */
export const isDriverError = (error: unknown, code: string, constraint?: string): boolean => {
  const driverError = (error as { driverError?: { code?: string; constraint?: string } }).driverError;
  return driverError?.code === code && (constraint === undefined || driverError.constraint === constraint);
};

/** PostgreSQL unique_violation, for mapping a lost insert race to a 409. */
export const isUniqueViolation = (error: unknown, constraint?: string): boolean => isDriverError(error, '23505', constraint);

/** A body names a record the agency does not have (or another agency's: they look the same). */
export class UnknownReferenceProblem extends ProblemException {
  constructor(field: string, what: string) {
    super({
      status: HttpStatus.UNPROCESSABLE_ENTITY,
      type: 'unknown-reference',
      title: 'Unknown reference',
      detail: `${field}: no such ${what} in your agency`,
      errors: [{ field, message: `no such ${what} in your agency` }],
    });
  }
}

/** A body that is well-formed but breaks a rule of the domain; names the field. */
export class RuleProblem extends ProblemException {
  constructor(field: string, message: string) {
    super({
      status: HttpStatus.UNPROCESSABLE_ENTITY,
      type: 'rule-violation',
      title: 'Unprocessable Content',
      detail: `${field}: ${message}`,
      errors: [{ field, message }],
    });
  }
}
