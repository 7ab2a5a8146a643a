import { applyDecorators, HttpCode, SetMetadata, type Type, UseInterceptors } from '@nestjs/common';
import { ApiConflictResponse, ApiHeader, ApiResponse, ApiUnprocessableEntityResponse, type HeadersObject } from '@nestjs/swagger';
import { ApiIfMatch, readOnlyKeys } from '../common/api-responses.js';
import { LOCATION, LocationInterceptor } from '../common/location.js';
import { IDEMPOTENT_REPLAYED } from '../common/openapi-document.js';
import { SecretResponse } from '../common/secret-response.decorator.js';
import { IdempotencyInterceptor } from './idempotency.interceptor.js';

export type PostAnswer = {
  type: Type<unknown>;
  description?: string;
  /** The record is versioned: `If-Match` too (see ApiIfMatch). */
  ifMatch?: boolean;
  /** The answer carries a secret (@SecretResponse): it is never stored, so a replay is a 409. */
  secret?: boolean;
} & (
  | {
      /** 201 (the default): a record created. */
      status?: 201;
      /**
       * `Location`: the path of the GET route that reads the created record, each `{name}` filled
       * from the answer's field of that name (`/v1/fairs/{id}`). LocationInterceptor sends it.
       */
      location?: string;
    }
  /** 200: an action on a record; 202: work queued. */
  | { status: 200 | 202; location?: never }
);

const POST_ANSWERS = { 200: 'Done', 201: 'Created', 202: 'Accepted: queued' } as const;

/**
 * A POST: its answer (status, type, `Location`, `Idempotent-Replayed`) and the `Idempotency-Key` the
 * idempotency interceptor honours on every authenticated POST, with its 409 and 422.
 */
export function ApiPost({ status = 201, type, description = POST_ANSWERS[status], location, ifMatch = false, secret = false }: PostAnswer): MethodDecorator {
  const headers: HeadersObject = {
    ...(secret ? {} : IDEMPOTENT_REPLAYED),
    ...(location === undefined
      ? {}
      : { Location: { description: `The created record: \`${location}\``, required: true, schema: { type: 'string', format: 'uri-reference' } } }),
  };
  return applyDecorators(
    // Location outside idempotency, so a replayed answer carries it too. Bound here, with what they
    // document, rather than globally: routes without them (every read) need no Observable around
    // their handler.
    UseInterceptors(...(location === undefined ? [] : [LocationInterceptor]), IdempotencyInterceptor),
    HttpCode(status),
    ApiResponse({ status, type, description, headers }),
    ApiHeader({
      name: 'Idempotency-Key',
      required: false,
      description: secret
        ? 'Retry-safe POST: the answer carries a secret shown once and never stored, so a retry with the same key and body is a 409 and does nothing'
        : 'Retry-safe POST: a retry with the same key and body within 24 h replays the first answer (`Idempotent-Replayed: true`) and does nothing',
    }),
    ApiConflictResponse({
      description: secret
        ? 'The same Idempotency-Key is still being processed, or was used before: the secret is shown only once, nothing was done now'
        : 'The same Idempotency-Key is still being processed',
    }),
    ApiUnprocessableEntityResponse({ description: 'The Idempotency-Key was used with another body' }),
    ...(ifMatch ? [ApiIfMatch()] : [readOnlyKeys()]),
    ...(location === undefined ? [] : [SetMetadata(LOCATION, location)]),
    ...(secret ? [SecretResponse()] : []),
  );
}
