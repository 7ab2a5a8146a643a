import { ValidationPipe, type ValidationError, type ValidationPipeOptions } from '@nestjs/common';
import { plainToInstance, type ClassConstructor } from 'class-transformer';
import { validate } from 'class-validator';
import { ValidationProblem, type FieldError } from './problem.js';

/** Flattens class-validator's nested errors into `{field: "a.b[0].c", message}` pairs. */
export function toFieldErrors(errors: ValidationError[], parent = ''): FieldError[] {
  return errors.flatMap((error) => {
    const field = error.property === undefined || error.property === '' ? parent : join(parent, error.property);
    const own = Object.values(error.constraints ?? {}).map((message) => ({
      field: field || '(body)',
      message: message === 'an unknown value was passed to the validate function' ? 'must be a JSON object' : message,
    }));
    return [...own, ...toFieldErrors(error.children ?? [], field)];
  });
}

function join(parent: string, property: string): string {
  if (/^\d+$/.test(property)) return `${parent}[${property}]`;
  return parent ? `${parent}.${property}` : property;
}

export const validationOptions: ValidationPipeOptions = {
  whitelist: true,
  forbidNonWhitelisted: true,
  forbidUnknownValues: true,
  transform: true,
  validationError: { target: false, value: false },
  exceptionFactory: (errors) => new ValidationProblem(toFieldErrors(errors)),
};

export const createValidationPipe = (): ValidationPipe => new ValidationPipe(validationOptions);

/** Validates a body outside the pipe (guards run before pipes) with the same rules and errors. */
export async function validateBody<T extends object>(dto: ClassConstructor<T>, body: unknown): Promise<T> {
  const instance = plainToInstance(dto, body ?? {}) as T | T[];
  if (typeof body !== 'object' || body === null || Array.isArray(body) || Array.isArray(instance)) {
    throw new ValidationProblem([{ field: '(body)', message: 'must be a JSON object' }]);
  }
  const errors = await validate(instance, { whitelist: true, forbidNonWhitelisted: true, forbidUnknownValues: true });
  if (errors.length > 0) throw new ValidationProblem(toFieldErrors(errors));
  return instance;
}

/**
 * PATCH bodies make every field optional, and `@IsOptional()` lets `null` through; for a field the
 * record cannot lack, null is a 400 naming it rather than a cleared value.
 */
export function rejectNulls<T extends object>(changes: T, required: readonly (keyof T & string)[]): void {
  const errors = required
    .filter((field) => (changes as Record<string, unknown>)[field] === null)
    .map((field) => ({ field, message: `${field} must not be null` }));
  if (errors.length > 0) throw new ValidationProblem(errors);
}
