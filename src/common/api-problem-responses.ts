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
