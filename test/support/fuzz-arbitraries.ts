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
  fc.constantFrom('20170516', '2017-W20-2', '2017-136', '20170516T030000Z'),
  fc.string({ maxLength: 8 }).map((text) => `${text}\u0000`),
  fc.array(fc.oneof(fc.string(), fc.integer()), { maxLength: 5 }),
  fc.dictionary(fc.string({ maxLength: 8 }), fc.string({ maxLength: 8 }), { maxKeys: 3 }),
);

/** ISO 8601 forms `Date` cannot read or that carry no zone, and impossible dates: each must be a 400, never a RangeError. */
export const isoVariants = fc.constantFrom(
  '20170516', '2017-W20-2', '2017-W20', '2017-136', '20170516T030000Z', '2017-05-16T03:00:00', '2017-05-16T24:00:00Z',
  '2017-02-30', '2017-02-30T03:00:00Z', '2017-05-16T03:00:00+2400', '+002017-05-16T03:00:00Z', '0000-01-01', '0000-01-01T00:00:00Z',
  '2017-05-16T03:00:60Z', '2017-05-16 03:00:00Z', '2017-05-16T03Z', '2017-05', '2017', 'T03:00:00Z', '2017-05-16T03:00:00.Z',
);

/** A string with a NUL character somewhere in it (PostgreSQL text cannot hold one). */
export const withNul = (base: fc.Arbitrary<string> = fc.string({ maxLength: 12 })): fc.Arbitrary<string> =>
  fc.tuple(base, fc.nat()).map(([text, at]) => {
    const index = text.length === 0 ? 0 : at % (text.length + 1);
    return `${text.slice(0, index)}\u0000${text.slice(index)}`;
  });

/** Marks a value that `requests` writes as JSON nested this deep (built as text: a real object that deep would overflow JSON.stringify). */
export class Deep {
  constructor(readonly depth: number, readonly bracket: '[' | '{') {}
  text(): string {
    return this.bracket === '[' ? `${'['.repeat(this.depth)}${']'.repeat(this.depth)}` : `${'{"a":'.repeat(this.depth)}1${'}'.repeat(this.depth)}`;
  }
}
export const deep: fc.Arbitrary<Deep> = fc.tuple(fc.constantFrom(40, 500, 5000), fc.constantFrom('[' as const, '{' as const)).map(([depth, bracket]) => new Deep(depth, bracket));

/** JSON text of a body in which Deep markers become deep nesting. */
export function toJsonText(body: unknown): string {
  const deeps: Deep[] = [];
  const text = JSON.stringify(body, (_key, value: unknown) => {
    if (value instanceof Deep) {
      deeps.push(value);
      return `\u0001deep${deeps.length - 1}\u0001`;
    }
    return value;
  });
  return text.replace(/"\\u0001deep(\d+)\\u0001"/g, (_match, index: string) => deeps[Number(index)].text());
}

/**
 * The input classes that were 500s: for a field of this schema, the value that breaks it — null where
 * an object or array is expected, a NUL inside a string, an ISO 8601 form Date cannot read, deep nesting.
 */
export function nasty(input: Schema | undefined, components: Components): fc.Arbitrary<unknown> {
  const schema = input ? resolve(input, components) : {};
  const common = [fc.constant(null), deep, withNul()];
  if (schema.format === 'date-time' || schema.format === 'date') return fc.oneof(isoVariants, isoVariants, ...common);
  if (schema.type === 'object' || schema.properties) {
    const inner = Object.entries(schema.properties ?? {}).map(([name, property]) => nasty(property, components).map((value) => ({ [name]: value })));
    return fc.oneof(...common, ...inner);
  }
  if (schema.type === 'array') return fc.oneof(...common, nasty(schema.items, components).map((item) => [item]));
  if (schema.enum && schema.enum.every((value) => typeof value === 'string')) return fc.oneof(...common, withNul(fc.constantFrom(...schema.enum)));
  return fc.oneof(...common, isoVariants);
}

/** A valid body with exactly one field (perhaps nested) replaced by a nasty value: it gets past everything else. */
export function oneNastyField(valid: Record<string, unknown>, schema: Schema | undefined, components: Components): fc.Arbitrary<Record<string, unknown>> {
  const properties = schema ? (resolve(schema, components).properties ?? {}) : {};
  const fields = [...new Set([...Object.keys(valid), ...Object.keys(properties)])];
  if (fields.length === 0) return fc.constant(valid);
  return fc.constantFrom(...fields).chain((field) => nasty(properties[field], components).map((value) => ({ ...valid, [field]: value })));
}

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
    if (schema.format === 'date-time') return fc.oneof({ weight: 1, arbitrary: isoVariants }, { weight: 3, arbitrary: fc.date({ min: new Date('1969-01-01'), max: new Date('2200-01-01'), noInvalidDate: true }).map((date) => date.toISOString()) });
    if (schema.format === 'date') return fc.oneof({ weight: 1, arbitrary: isoVariants }, { weight: 3, arbitrary: fc.date({ min: new Date('1900-01-01'), max: new Date('2200-01-01'), noInvalidDate: true }).map((date) => date.toISOString().slice(0, 10)) });
    return fc.oneof(fc.string({ maxLength: schema.maxLength ?? 40 }), withNul(), fc.stringMatching(/^\d{1,17}(\.\d{1,3})?$/), fc.constantFrom('USD', 'KRW', 'EUR', 'DE', 'cn', 'Asia/Seoul'));
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
  const json = (body: unknown) => ({ payload: toJsonText(body), contentType: 'application/json' });
  const bodies: fc.Arbitrary<{ payload: string | undefined; contentType: string | undefined }>[] = [
    fc.constant({ payload: undefined, contentType: undefined }),
    junk.map(json),
    fc.oneof(fc.string(), fc.constantFrom('{', '{"a":', '[1,', '{"fairId": "x",}', 'nul', '\u0000', '{"a":1}{"b":2}')).map((payload) => ({ payload, contentType: 'application/json' })),
    fc.tuple(fc.constantFrom('text/plain', 'application/x-www-form-urlencoded', 'application/xml', 'multipart/form-data; boundary=x', 'application/json; charset=latin1'), fc.string())
      .map(([contentType, payload]) => ({ payload, contentType })),
  ];
  if (schema) bodies.push(fromSchema(schema, components).map(json), fromSchema(schema, components).map(json));
  if (valid) bodies.push(mutated(valid, schema, components).map(json), mutated(valid, schema, components).map(json), mutated(valid, schema, components).map(json));
  // The classes that were 500s, each in an otherwise valid body so that it reaches the service.
  bodies.push(oneNastyField(valid ?? {}, schema, components).map(json), oneNastyField(valid ?? {}, schema, components).map(json), deep.map(json));
  return fc.record({
    body: fc.oneof(...bodies),
    pathJunk: fc.option(fc.oneof(fc.uuid(), fc.string({ minLength: 1, maxLength: 40 }), fc.constantFrom('0', '-1', '%00', 'null')), { freq: 6 }),
  }).map(({ body, pathJunk }) => ({ ...body, pathJunk: pathJunk ?? undefined }));
}

/** The slice of an OpenAPI parameter the DTOs produce. */
export interface Parameter {
  name: string;
  in: string;
  schema?: Schema;
}

/** Query values a client could send: odd integers, cursors that are not ours, the nasty classes. */
const queryJunk: fc.Arbitrary<string> = fc.oneof(
  withNul(),
  isoVariants,
  fc.constantFrom('0x10', '1e3', '-1', '', ' 16', '16.0', '0b11', 'Infinity', 'W10', 'eyJ', '%00', 'null'),
  fc.tuple(fc.string({ maxLength: 30 }), fc.uuid()).map((pair) => Buffer.from(JSON.stringify(pair)).toString('base64url')),
  fc.constantFrom('1 2', '2017-W20-2', '0000-01-01T00:00:00.000Z', '2017-05-16T03:00:00Z').map((at) => Buffer.from(JSON.stringify([at, '00000000-0000-4000-8000-000000000000'])).toString('base64url')),
  fc.string({ maxLength: 20 }),
);

/** A query for a route: its valid one (if any), with some documented parameters set to junk. */
export function queries(parameters: Parameter[], valid: Record<string, string> | undefined, components: Components): fc.Arbitrary<Record<string, string>> {
  const names = [...new Set([...parameters.filter((p) => p.in === 'query').map((p) => p.name), ...Object.keys(valid ?? {})])];
  const typed = (parameter: Parameter | undefined): fc.Arbitrary<string> => {
    const schema = parameter?.schema ? resolve(parameter.schema, components) : {};
    if (schema.enum) return fc.constantFrom(...schema.enum.map(String));
    if (schema.type === 'integer' || schema.type === 'number') return fc.integer({ min: -2, max: 600 }).map(String);
    if (schema.format === 'uuid') return fc.uuid();
    return fc.string({ maxLength: 12 });
  };
  if (names.length === 0) return fc.constant(valid ?? {});
  return fc.record({
    set: fc.subarray(names, { minLength: 1 }),
    values: fc.tuple(...names.map((name) => fc.oneof({ weight: 3, arbitrary: queryJunk }, { weight: 1, arbitrary: typed(parameters.find((p) => p.name === name)) }))),
  }).map(({ set, values }) => ({ ...valid, ...Object.fromEntries(set.map((name) => [name, values[names.indexOf(name)]])) }));
}
