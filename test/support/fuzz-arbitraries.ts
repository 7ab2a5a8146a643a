import fc from 'fast-check';

/** The slice of OpenAPI 3 schema the DTOs produce. */
export interface Schema {
  $ref?: string;
  type?: string;
  format?: string;
  enum?: unknown[];
  items?: Schema;
  properties?: Record<string, Schema>;
  required?: string[];
  allOf?: Schema[];
  nullable?: boolean;
  maxLength?: number;
}

export type Components = Record<string, Schema>;

const resolve = (schema: Schema, components: Components): Schema => {
  if (schema.$ref) return resolve(components[schema.$ref.replace('#/components/schemas/', '')], components);
  if (schema.allOf?.length === 1) return resolve(schema.allOf[0], components);
  return schema;
};

/** Anything a client could send in place of a field: wrong types, huge and odd strings, extreme numbers. */
export const junk: fc.Arbitrary<unknown> = fc.oneof(
  fc.string(),
  fc.string({ unit: 'binary', maxLength: 64 }),
  fc.string({ unit: 'grapheme', minLength: 1, maxLength: 32 }),
  fc.constantFrom('', ' ', '\u0000', '\u202e', '💉🏥', 'null', 'NaN', '-0.01', '1e400', '12345678901234567.00', "'; DROP TABLE fairs; --", '{{7*7}}', '../../etc/passwd'),
  fc.nat({ max: 16 }).map((n) => 'x'.repeat(1 << n)),
  fc.integer(),
  fc.constantFrom(-1, 0, 2 ** 31, 2 ** 53 + 1, -(2 ** 63), 1e308, -1e308, 0.001, Number.MAX_SAFE_INTEGER),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.oneof(fc.string(), fc.integer()), { maxLength: 5 }),
  fc.dictionary(fc.string({ maxLength: 8 }), fc.string({ maxLength: 8 }), { maxKeys: 3 }),
);

/** Values of roughly the declared type (so requests get past validation and into the services), or junk. */
export function fromSchema(input: Schema, components: Components, depth = 0): fc.Arbitrary<unknown> {
  const schema = resolve(input, components);
  const typed = (): fc.Arbitrary<unknown> => {
    if (schema.enum) return fc.constantFrom(...schema.enum);
    if (schema.type === 'object' || schema.properties) {
      if (depth > 3) return fc.constant({});
      const properties = Object.fromEntries(
        Object.entries(schema.properties ?? {}).map(([name, property]) => [name, fromSchema(property, components, depth + 1)]),
      );
      return fc.record(properties, { requiredKeys: [] });
    }
    if (schema.type === 'array') return fc.array(fromSchema(schema.items ?? {}, components, depth + 1), { maxLength: 4 });
    if (schema.type === 'integer') return fc.oneof(fc.integer({ min: -5, max: 3000 }), fc.integer());
    if (schema.type === 'number') return fc.oneof(fc.double(), fc.integer());
    if (schema.type === 'boolean') return fc.boolean();
    if (schema.format === 'uuid') return fc.uuid();
    if (schema.format === 'date-time') return fc.date({ min: new Date('1969-01-01'), max: new Date('2200-01-01'), noInvalidDate: true }).map((date) => date.toISOString());
    if (schema.format === 'date') return fc.date({ min: new Date('1900-01-01'), max: new Date('2200-01-01'), noInvalidDate: true }).map((date) => date.toISOString().slice(0, 10));
    return fc.oneof(fc.string({ maxLength: schema.maxLength ?? 40 }), fc.stringMatching(/^\d{1,17}(\.\d{1,3})?$/), fc.constantFrom('USD', 'KRW', 'EUR', 'DE', 'cn', 'Asia/Seoul'));
  };
  return fc.oneof({ weight: 4, arbitrary: typed() }, { weight: 1, arbitrary: junk });
}

/** A valid body with some fields replaced by junk, some removed, and perhaps fields that must not be sent. */
export function mutated(valid: Record<string, unknown>, schema: Schema | undefined, components: Components): fc.Arbitrary<Record<string, unknown>> {
  const fields = [...new Set([...Object.keys(valid), ...Object.keys(schema ? resolve(schema, components).properties ?? {} : {})])];
  const forbidden = ['agencyId', 'id', 'createdBy', 'loggedBy', 'version', 'createdAt', 'deletedAt', 'valueUsd', 'estimatedUsd', 'consultations', '__proto__', 'constructor'];
  return fc.record({
    replace: fc.subarray(fields),
    remove: fc.subarray(fields),
    extra: fc.subarray(forbidden, { maxLength: 2 }),
    values: fc.array(junk, { minLength: fields.length + 2, maxLength: fields.length + 2 }),
  }).map(({ replace, remove, extra, values }) => {
    const body: Record<string, unknown> = { ...valid };
    replace.forEach((field, index) => (body[field] = values[index]));
    for (const field of remove) delete body[field];
    extra.forEach((field, index) => Object.defineProperty(body, field, { value: values[fields.length + index] ?? 1, enumerable: true, writable: true, configurable: true }));
    return body;
  });
}

export interface FuzzedRequest {
  /** The raw payload sent (a string for malformed JSON and other content types). */
  payload: string | undefined;
  contentType: string | undefined;
  /** Replaces the route's path parameters when set. */
  pathJunk: string | undefined;
}

/** Everything the fuzzer sends to one route: schema-typed bodies, mutated valid bodies, broken JSON, other media types. */
export function requests(valid: Record<string, unknown> | undefined, schema: Schema | undefined, components: Components): fc.Arbitrary<FuzzedRequest> {
  const json = (body: unknown) => ({ payload: JSON.stringify(body), contentType: 'application/json' });
  const bodies: fc.Arbitrary<{ payload: string | undefined; contentType: string | undefined }>[] = [
    fc.constant({ payload: undefined, contentType: undefined }),
    junk.map(json),
    fc.oneof(fc.string(), fc.constantFrom('{', '{"a":', '[1,', '{"fairId": "x",}', 'nul', '\u0000', '{"a":1}{"b":2}')).map((payload) => ({ payload, contentType: 'application/json' })),
    fc.tuple(fc.constantFrom('text/plain', 'application/x-www-form-urlencoded', 'application/xml', 'multipart/form-data; boundary=x', 'application/json; charset=latin1'), fc.string())
      .map(([contentType, payload]) => ({ payload, contentType })),
  ];
  if (schema) bodies.push(fromSchema(schema, components).map(json), fromSchema(schema, components).map(json));
  if (valid) bodies.push(mutated(valid, schema, components).map(json), mutated(valid, schema, components).map(json), mutated(valid, schema, components).map(json));
  return fc.record({
    body: fc.oneof(...bodies),
    pathJunk: fc.option(fc.oneof(fc.uuid(), fc.string({ minLength: 1, maxLength: 40 }), fc.constantFrom('0', '-1', '%00', 'null')), { freq: 6 }),
  }).map(({ body, pathJunk }) => ({ ...body, pathJunk: pathJunk ?? undefined }));
}
