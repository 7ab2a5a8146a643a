import { applyDecorators, Header } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiForbiddenResponse,
  ApiHeader,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiPreconditionFailedResponse,
  ApiProduces,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';

// Error answers are documented by status and description here; their problem+json content, 429 and
// the headers every answer carries are added to the whole document by completeDocument.

/** The error answers every authenticated JSON route can give. */
export const ApiProblems = (options: { notFound?: boolean } = {}): MethodDecorator & ClassDecorator =>
  applyDecorators(
    ApiBadRequestResponse({ description: 'Validation failed; `errors` names each field' }),
    ApiUnauthorizedResponse({ description: 'Missing, expired or invalid bearer token or API key' }),
    ...(options.notFound ? [ApiNotFoundResponse({ description: 'No such record in your agency' })] : []),
  );

/** A write route: API keys are refused (403). */
export const readOnlyKeys = (): MethodDecorator & ClassDecorator => ApiForbiddenResponse({ description: 'API keys are read only' });

/** A PATCH or PUT of a versioned record: `If-Match` with the ETag you read; a stale one is a 412. */
export const ApiIfMatch = (): MethodDecorator =>
  applyDecorators(
    ApiHeader({ name: 'If-Match', required: false, description: 'The ETag (version) you read; a stale one is answered 412 and changes nothing' }),
    ApiPreconditionFailedResponse({ description: 'If-Match names an older version; nothing changed' }),
    readOnlyKeys(),
  );

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
