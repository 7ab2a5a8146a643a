import { applyDecorators } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiForbiddenResponse,
  ApiHeader,
  ApiNotFoundResponse,
  ApiPreconditionFailedResponse,
  ApiUnauthorizedResponse,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';

const problem = {
  'application/problem+json': {
    schema: {
      type: 'object',
      required: ['type', 'title', 'status'],
      properties: {
        type: { type: 'string' },
        title: { type: 'string' },
        status: { type: 'integer' },
        detail: { type: 'string' },
        instance: { type: 'string' },
        errors: {
          type: 'array',
          items: { type: 'object', properties: { field: { type: 'string' }, message: { type: 'string' } } },
        },
      },
    },
  },
};

/** The error answers every authenticated JSON route can give, documented once. */
export const ApiProblems = (options: { notFound?: boolean } = {}): MethodDecorator & ClassDecorator =>
  applyDecorators(
    ApiBadRequestResponse({ description: 'Validation failed; `errors` names each field', content: problem }),
    ApiUnauthorizedResponse({ description: 'Missing, expired or invalid bearer token', content: problem }),
    ...(options.notFound ? [ApiNotFoundResponse({ description: 'No such record in your agency', content: problem })] : []),
  );

/**
 * Headers of writes: `Idempotency-Key` on POST (a retry replays the first answer), `If-Match` on PATCH
 * (a stale version is a 412).
 */
export const ApiWrite = (options: { ifMatch?: boolean } = {}): MethodDecorator =>
  applyDecorators(
    ...(options.ifMatch
      ? [
          ApiHeader({ name: 'If-Match', required: false, description: 'The ETag (version) you read; a stale one is answered 412' }),
          ApiPreconditionFailedResponse({ description: 'If-Match names an older version; nothing changed', content: problem }),
        ]
      : [
          ApiHeader({
            name: 'Idempotency-Key',
            required: false,
            description: 'Retry-safe POST: the same key and body within 24 h replays the first response',
          }),
          ApiConflictResponse({ description: 'The same Idempotency-Key is still being processed', content: problem }),
          ApiUnprocessableEntityResponse({ description: 'The Idempotency-Key was used with another body', content: problem }),
        ]),
    ApiForbiddenResponse({ description: 'Your role may not do this', content: problem }),
  );

/**
 * Every error answer is application/problem+json (the problem filter makes it so), but a route that
 * declares a 403 or 409 by description alone leaves it without content, and a generated client then
 * types that error as nothing. Filling those in once, here, keeps the document true without repeating
 * the schema on each decorator.
 */
export function declareProblemContent(document: { paths: Record<string, object | undefined> }): void {
  for (const item of Object.values(document.paths)) {
    for (const operation of Object.values(item ?? {}) as { responses?: Record<string, { content?: object }> }[]) {
      for (const [status, response] of Object.entries(operation?.responses ?? {})) {
        if (/^[45]\d\d$/.test(status) && response.content === undefined) response.content = problem;
      }
    }
  }
}
