import type { FastifyInstance, FastifyRequest } from 'fastify';
import { type FieldError, ValidationProblem } from './problem.js';

/**
 * Rules every request meets before any guard, pipe or handler sees it, in one place rather than in
 * each DTO:
 * - no NUL character (U+0000) in any string of the body, query or path, keys included: PostgreSQL
 *   text cannot hold one, and the driver's `invalid byte sequence` would otherwise be a 500;
 * - no `null` in a POST or PUT body: creating takes a value or nothing (omit the field); only PATCH
 *   uses `null`, to clear a field (and refuses it for a field the record cannot lack).
 * Each offending field is named in the 400's `errors`.
 */
export function registerInputGuards(fastify: FastifyInstance): void {
  fastify.addHook('preValidation', (request: FastifyRequest, _reply, done) => {
    const errors: FieldError[] = [];
    scan(request.params, '', errors, false);
    scan(request.query, '', errors, false);
    const nullsRefused = request.method === 'POST' || request.method === 'PUT';
    scan(request.body, '', errors, nullsRefused);
    done(errors.length > 0 ? new ValidationProblem(errors.slice(0, 20)) : undefined);
  });
}

/**
 * The NUL refusals of `value` (strings, and the keys and strings of plain objects and arrays within),
 * each naming its field under `field`: for input that arrives outside the JSON body, such as a
 * multipart upload's form fields.
 */
export function nulCharacters(value: unknown, field = ''): FieldError[] {
  const errors: FieldError[] = [];
  scan(value, field, errors, false);
  return errors;
}

const NUL = '\u0000';
const printable = (key: string) => key.replaceAll(NUL, '\\u0000');
const join = (parent: string, key: string | number) =>
  typeof key === 'number' ? `${parent}[${key}]` : parent ? `${parent}.${printable(key)}` : printable(key);

function scan(value: unknown, field: string, errors: FieldError[], nullsRefused: boolean): void {
  if (typeof value === 'string') {
    if (value.includes(NUL)) errors.push({ field: field || '(body)', message: `${field || 'the value'} must not contain a NUL character (\\u0000)` });
    return;
  }
  if (value === null) {
    if (nullsRefused && field) errors.push({ field, message: `${field} must not be null: omit it to leave it unset` });
    return;
  }
  if (Array.isArray(value)) {
    value.forEach((item, index) => scan(item, join(field, index), errors, nullsRefused));
    return;
  }
  if (typeof value !== 'object' || !isPlain(value)) return;
  for (const [key, item] of Object.entries(value)) {
    const path = join(field, key);
    if (key.includes(NUL)) errors.push({ field: path, message: 'a field name must not contain a NUL character (\\u0000)' });
    scan(item, path, errors, nullsRefused);
  }
}

/**
 * Parsed JSON, query strings (fast-querystring's objects have a prototype of their own) and route
 * params; not a Buffer or a multipart stream.
 */
const isPlain = (value: object): boolean => !ArrayBuffer.isView(value) && typeof (value as { pipe?: unknown }).pipe !== 'function';
