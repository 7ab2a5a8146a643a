import { applyDecorators, Header, HttpCode, SetMetadata, type Type } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiForbiddenResponse,
  ApiHeader,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiPreconditionFailedResponse,
  ApiProduces,
  ApiResponse,
  ApiUnauthorizedResponse,
  ApiUnprocessableEntityResponse,
  type HeadersObject,
} from '@nestjs/swagger';
import { LOCATION } from './location.js';
import { IDEMPOTENT_REPLAYED } from './openapi-document.js';
import { SecretResponse } from './secret-response.decorator.js';

// Error answers are documented by status and description here; their problem+json content, 429 and
// the headers every answer carries are added to the whole document by completeDocument.

/** The error answers every authenticated JSON route can give. */
export const ApiProblems = (options: { notFound?: boolean } = {}): MethodDecorator & ClassDecorator =>
  applyDecorators(
    ApiBadRequestResponse({ description: 'Validation failed; `errors` names each field' }),
    ApiUnauthorizedResponse({ description: 'Missing, expired or invalid bearer token or API key' }),
    ...(options.notFound ? [ApiNotFoundResponse({ description: 'No such record in your agency' })] : []),
  );

const readOnlyKeys = () => ApiForbiddenResponse({ description: 'API keys are read only' });

/** A PATCH or PUT of a versioned record: `If-Match` with the ETag you read; a stale one is a 412. */
export const ApiIfMatch = (): MethodDecorator =>
  applyDecorators(
    ApiHeader({ name: 'If-Match', required: false, description: 'The ETag (version) you read; a stale one is answered 412 and changes nothing' }),
    ApiPreconditionFailedResponse({ description: 'If-Match names an older version; nothing changed' }),
    readOnlyKeys(),
  );

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

export interface FileAnswer {
  /** The Content-Type sent, parameters included (`text/csv; charset=utf-8`). */
  contentType: string;
  description: string;
  /** Sent as an attachment of this (ASCII) name: the Content-Disposition is set here… */
  fileName?: string;
  /** …or of a name the handler chooses and sets itself, described here. */
  fileNameDescription?: string;
}

/** A file download: its Content-Type and, for an attachment, Content-Disposition, sent and documented. */
export function ApiFile({ contentType, description, fileName, fileNameDescription }: FileAnswer): MethodDecorator {
  const mediaType = contentType.split(';')[0];
  const disposition = fileName === undefined ? undefined : `attachment; filename="${fileName}"`;
  const named = disposition === undefined ? fileNameDescription : `\`${disposition}\``;
  return applyDecorators(
    Header('content-type', contentType),
    ...(disposition === undefined ? [] : [Header('content-disposition', disposition)]),
    ApiProduces(mediaType),
    ApiOkResponse({
      description,
      content: { [mediaType]: { schema: { type: 'string', format: 'binary' } } },
      ...(named === undefined
        ? {}
        : { headers: { 'Content-Disposition': { description: named, required: true, schema: { type: 'string' } } } }),
    }),
  );
}
