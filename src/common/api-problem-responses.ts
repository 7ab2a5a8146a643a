import { applyDecorators } from '@nestjs/common';
import { ApiBadRequestResponse, ApiNotFoundResponse, ApiUnauthorizedResponse } from '@nestjs/swagger';

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
