import { Ajv, type ValidateFunction } from 'ajv';
import formats from 'ajv-formats';

/** A CommonJS module: its default export is on `.default` under nodenext. */
const addFormats = formats.default;

/** What the app's OpenAPI document (`/docs-json`) says, as much of it as response checking needs. */
interface OpenApiDoc {
  paths: Record<string, Record<string, { responses?: Record<string, { content?: Record<string, { schema?: unknown }> }> }>>;
  components: { schemas: Record<string, unknown> };
}

const DOC_ID = 'https://pavilion.test/openapi.json';

/**
 * Every object schema that lists its properties and says nothing of others is made closed
 * (`additionalProperties: false`): an answer carrying a field the document does not name fails, as a
 * generated client's types would never show it. Objects combined with `allOf` are closed once, on the
 * combination, since each part alone names only some of the fields.
 */
function closed(schema: unknown, insideAllOf = false): unknown {
  if (Array.isArray(schema)) return schema.map((item) => closed(item, insideAllOf));
  if (schema === null || typeof schema !== 'object') return schema;
  const source = schema as Record<string, unknown>;
  const result: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(source)) {
    if (key === 'allOf') result[key] = closed(value, true);
    else if (key === 'properties' && value !== null && typeof value === 'object') {
      result[key] = Object.fromEntries(Object.entries(value).map(([name, property]) => [name, closed(property)]));
    } else result[key] = closed(value);
  }
  if (source.properties !== undefined && source.additionalProperties === undefined && !insideAllOf) result.additionalProperties = false;
  // OpenAPI 3.0's `nullable: true` admits null whatever else the schema says (a `$ref` or an `enum`
  // beside it included), which JSON Schema's `nullable` keyword does not.
  if (result.nullable === true) {
    delete result.nullable;
    return { anyOf: [{ type: 'null' }, result] };
  }
  return result;
}

const pointer = (...parts: string[]) => parts.map((part) => part.replaceAll('~', '~0').replaceAll('/', '~1')).join('/');

/** Validates answers against the response schemas of the document, closed as above. */
export class ResponseSchemas {
  private readonly ajv = new Ajv({ strict: false, allErrors: true });
  private readonly cache = new Map<string, ValidateFunction | null>();

  constructor(private readonly doc: OpenApiDoc) {
    addFormats(this.ajv);
    this.ajv.addSchema({ $id: DOC_ID, ...(closed(doc) as object) });
  }

  /** The schema's problems with `body`, or null when the document gives no schema for this answer. */
  problems(path: string, method: string, status: number, contentType: string, body: unknown): string[] | null {
    const responses = this.doc.paths[path]?.[method.toLowerCase()]?.responses ?? {};
    const statusKey = String(status) in responses ? String(status) : 'default' in responses ? 'default' : undefined;
    if (statusKey === undefined) return null;
    const media = Object.keys(responses[statusKey].content ?? {}).find((type) => contentType.startsWith(type));
    if (media === undefined || responses[statusKey].content?.[media]?.schema === undefined) return null;
    const ref = `${DOC_ID}#/${pointer('paths', path, method.toLowerCase(), 'responses', statusKey, 'content', media, 'schema')}`;
    if (!this.cache.has(ref)) this.cache.set(ref, this.ajv.getSchema(ref) ?? null);
    const validate = this.cache.get(ref);
    if (!validate) throw new Error(`no schema at ${ref}`);
    if (validate(body)) return [];
    return (validate.errors ?? []).map((error) =>
      error.keyword === 'additionalProperties'
        ? `${error.instancePath || '(body)'} has undocumented property ${JSON.stringify(error.params.additionalProperty)}`
        : `${error.instancePath || '(body)'} ${error.message ?? error.keyword}`,
    );
  }
}
