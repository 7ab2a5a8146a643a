import { HttpStatus } from '@nestjs/common';
import { ProblemException } from './problem.js';

/** Another agency's object is answered exactly like a missing one. */
export class NotFoundProblem extends ProblemException {
  constructor(resource: string, id: string) {
    super({ status: HttpStatus.NOT_FOUND, type: 'not-found', title: 'Not Found', detail: `${resource} ${id} not found` });
  }
}

/** PostgreSQL unique_violation, for mapping a lost insert race to a 409. */
export const isUniqueViolation = (error: unknown, constraint?: string): boolean => {
  const driverError = (error as { driverError?: { code?: string; constraint?: string } }).driverError;
  return driverError?.code === '23505' && (constraint === undefined || driverError.constraint === constraint);
};
