import type { HeaderObject, OpenAPIObject, OperationObject, ReferenceObject, ResponseObject, SchemaObject } from '@nestjs/swagger';

/**
 * What the OpenAPI document says because of the app's global machinery rather than any one route,
 * added once the routes are scanned, by the same rules that machinery follows:
 *
 * - every error answer is application/problem+json (`ProblemFilter`, `framework-errors.ts`): one
 *   `Problem` component, referenced by every 4xx and 5xx answer;
 * - every request is counted by the rate limiter (`PrincipalThrottlerGuard`, a global guard): each
 *   operation but the health probes can answer 429 with `Retry-After`, and answers carry the `X-RateLimit-*` headers;
 * - a single record with a numeric `version` is answered with its `ETag` (the `registerEtags` hook).
 */

const ref = (kind: 'schemas' | 'headers', name: string): ReferenceObject => ({ $ref: `#/components/${kind}/${name}` });

export const PROBLEM_REF = ref('schemas', 'Problem');
export const IDEMPOTENT_REPLAYED = { 'Idempotent-Replayed': ref('headers', 'Idempotent-Replayed') };
const ETAG = { ETag: ref('headers', 'ETag') };
const RATE_LIMIT = { 'X-RateLimit-Limit': ref('headers', 'X-RateLimit-Limit'), 'X-RateLimit-Remaining': ref('headers', 'X-RateLimit-Remaining') };
const RETRY_AFTER = { 'Retry-After': ref('headers', 'Retry-After') };

/** RFC 9457 problem details, with the extension members some answers add (see src/common/problem.ts). */
const PROBLEM_SCHEMA: SchemaObject = {
  type: 'object',
  description: 'RFC 9457 problem details: every error answer of the API',
  required: ['type', 'title', 'status'],
  properties: {
    type: { type: 'string', description: 'Identifies the kind of problem: `https://pavilion.dev/problems/<slug>`, or `about:blank`' },
    title: { type: 'string', description: 'Short summary of the kind of problem' },
    status: { type: 'integer', description: 'The HTTP status code' },
    detail: { type: 'string', description: 'What went wrong with this request, for a person to read' },
    instance: { type: 'string', description: 'The path of the request' },
    errors: {
      type: 'array',
      description: 'Validation problems (400) and refused values (422), one per field',
      items: {
        type: 'object',
        required: ['field', 'message'],
        properties: {
          field: { type: 'string', description: 'The field, as a path into the body (`estimatedValue.currency`), a query parameter or a header' },
          message: { type: 'string' },
        },
      },
    },
    existingId: { type: 'string', format: 'uuid', description: '409 on buyers: the buyer that already has this email, to reuse' },
    consultationId: { type: 'string', format: 'uuid', description: '409 on a meeting already turned into a consultation: that consultation' },
    conflict: {
      type: 'string',
      enum: ['company', 'buyer', 'interpreter', 'table', 'hours'],
      description: '409 on meetings: what the requested slot collides with',
    },
    currency: { type: 'string', description: '422 without an exchange rate: the currency' },
    date: { type: 'string', format: 'date', description: '422 without an exchange rate: the date no rate is dated on or before' },
    checks: { type: 'object', additionalProperties: true, description: '503 from /health: the state of each dependency' },
    reason: {
      type: 'string',
      enum: ['unknown', 'used', 'expired', 'revoked', 'superseded'],
      description: '410 on an invitation or password reset link: why it no longer works',
    },
  },
};

const HEADERS: Record<string, HeaderObject> = {
  ETag: {
    description: 'The record\'s version as an entity tag (`"3"`): send it as `If-Match` on a PATCH to be told (412) if someone changed it since',
    schema: { type: 'string', example: '"3"' },
  },
  'Idempotent-Replayed': {
    description: '`true` when this is the stored answer to an earlier request with the same `Idempotency-Key` and body: nothing was done again',
    schema: { type: 'string', enum: ['true'] },
  },
  'Retry-After': { description: 'Seconds until the rate-limit window ends', schema: { type: 'integer', minimum: 1 } },
  'X-RateLimit-Limit': {
    description: 'Requests allowed per window to your API key, user or (without credentials) client address; absent while the limiter is unavailable',
    schema: { type: 'integer' },
  },
  'X-RateLimit-Remaining': { description: 'Requests left in the current window; absent while the limiter is unavailable', schema: { type: 'integer', minimum: 0 } },
};

const OVER_THE_LIMIT = 'Over the rate limit of your API key, user or client address: wait `Retry-After` seconds';
const PROBLEM_CONTENT = { 'application/problem+json': { schema: PROBLEM_REF } };

export function completeDocument(document: OpenAPIObject): void {
  const components = (document.components ??= {});
  components.schemas = { ...components.schemas, Problem: PROBLEM_SCHEMA };
  components.headers = { ...components.headers, ...HEADERS };
  const schemas = components.schemas;

  for (const item of Object.values(document.paths)) {
    for (const operation of Object.values(item) as (OperationObject | undefined)[]) {
      if (!operation?.responses) continue;
      const responses = operation.responses as Record<string, ResponseObject>;
      // Health probes are not rate limited (NotRateLimited): no 429, no X-RateLimit-* headers.
      const limited = !operation.tags?.includes('health');
      if (limited) {
        const throttled = responses['429'];
        // Login's own 429 (failed attempts) keeps its description, as swagger merges two of one status.
        responses['429'] = throttled ? { ...throttled, description: `${throttled.description}\n\n${OVER_THE_LIMIT}` } : { description: OVER_THE_LIMIT };
        responses['429'].headers = { ...responses['429'].headers, ...RETRY_AFTER, ...RATE_LIMIT };
      }
      for (const [status, response] of Object.entries(responses)) {
        if (/^[45]\d\d$/.test(status)) response.content = PROBLEM_CONTENT;
        if (/^2\d\d$/.test(status)) response.headers = { ...response.headers, ...(isVersioned(response, schemas) ? ETAG : {}), ...(limited ? RATE_LIMIT : {}) };
      }
    }
  }
}

/** The answer is one record with a numeric `version`, which the `registerEtags` hook sends as the ETag. */
function isVersioned(response: ResponseObject, schemas: Record<string, SchemaObject | ReferenceObject>): boolean {
  const schema = response.content?.['application/json']?.schema;
  const resolved = schema && '$ref' in schema ? schemas[schema.$ref.split('/').pop() ?? ''] : schema;
  const version = resolved && !('$ref' in resolved) ? resolved.properties?.version : undefined;
  return version !== undefined && !('$ref' in version) && (version.type === 'number' || version.type === 'integer');
}
