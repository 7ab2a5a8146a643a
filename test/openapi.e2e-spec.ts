import { randomUUID } from 'node:crypto';
import { Fixtures, requestUrl, ROUTE_CASES } from './support/route-cases.js';
import { bearer, seedAgency, startTestApp, type SeededAgency, type TestApp } from './support/test-app.js';

interface Response {
  description: string;
  headers?: Record<string, { $ref?: string; description?: string }>;
  content?: Record<string, { schema?: { $ref?: string } }>;
}
interface Operation {
  operationId?: string;
  requestBody?: { content: Record<string, { schema?: { $ref?: string } }> };
  summary?: string;
  security?: Record<string, string[]>[];
  parameters?: { name: string; in: string; schema?: { format?: string } }[];
  responses: Record<string, Response>;
}
interface Document {
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, { required?: string[]; properties?: Record<string, { default?: unknown }> }>; headers: Record<string, unknown> };
}
interface Documented {
  route: string;
  method: string;
  path: string;
  operation: Operation;
}

/** Anonymous requests per window: low, so the 429 test reaches it; every other request of the file is a user's. */
const ADDRESS_LIMIT = 10;
const PROBLEM = { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } };
/** Path parameters that are not ids. */
const NOT_UUIDS = new Set(['series', 'step']);

const success = (operation: Operation): [string, Response] => {
  const found = Object.entries(operation.responses).find(([status]) => status.startsWith('2'));
  if (!found) throw new Error(`${operation.operationId} documents no success`);
  return found;
};
const headersOf = (response: Response) => Object.keys(response.headers ?? {});

describe('the OpenAPI document a generated client is built from', () => {
  let test: TestApp;
  let a: SeededAgency;
  let fx: Fixtures;
  let doc: Document;
  let operations: Documented[];

  beforeAll(async () => {
    test = await startTestApp({ RATE_LIMIT_PER_ADDRESS: String(ADDRESS_LIMIT), CORS_ORIGINS: 'https://partner.example' });
    a = await seedAgency(test, 'Wonju');
    fx = await new Fixtures(test, a).init();
    doc = (await test.app.inject({ method: 'GET', url: '/docs-json' })).json<Document>();
    operations = Object.entries(doc.paths).flatMap(([path, item]) =>
      Object.entries(item).map(([method, operation]) => ({ route: `${method.toUpperCase()} ${path}`, method: method.toUpperCase(), path, operation })),
    );
  });
  afterAll(() => test.close());

  it('gives every operation a short summary and a unique camelCase operationId', () => {
    expect(operations.length).toBeGreaterThan(80);
    const ids = operations.map(({ operation }) => operation.operationId ?? '');
    expect(operations.filter(({ operation }) => !/^[a-z][A-Za-z0-9]+$/.test(operation.operationId ?? '')).map(({ route }) => route)).toEqual([]);
    expect(ids.filter((id, index) => ids.indexOf(id) !== index)).toEqual([]);
    expect(operations.filter(({ operation }) => !operation.summary?.trim() || operation.summary.length > 80).map(({ route }) => route)).toEqual([]);
    expect(ids).toEqual(expect.arrayContaining(['listFairs', 'getFair', 'createConsultation', 'getFairOutcomes', 'downloadFairReportXlsx', 'createImport']));
  });

  it('defines the problem document once, as components.schemas.Problem, and every error answer refers to it', () => {
    expect(doc.components.schemas.Problem).toMatchObject({
      required: ['type', 'title', 'status'],
      properties: { errors: { type: 'array', items: { required: ['field', 'message'] } } },
    });
    // The schema's own `required` list appears once: nothing inlines it any more.
    expect(JSON.stringify(doc).split('"required":["type","title","status"]').length - 1).toBe(1);
    const inlined = operations.flatMap(({ route, operation }) =>
      Object.entries(operation.responses)
        .filter(([status, response]) => /^[45]/.test(status) && JSON.stringify(response.content) !== JSON.stringify(PROBLEM))
        .map(([status]) => `${route} ${status}`),
    );
    expect(inlined).toEqual([]);
  });

  it('documents 429 with Retry-After and the rate-limit headers on every operation but the health probes (the limiter is a global guard)', () => {
    const limited = operations.filter(({ path }) => !path.startsWith('/health'));
    expect(operations.length - limited.length).toBe(2);
    const missing = limited.filter(({ operation }) => {
      const throttled = operation.responses['429'];
      return !throttled || !['Retry-After', 'X-RateLimit-Limit', 'X-RateLimit-Remaining'].every((name) => headersOf(throttled).includes(name));
    });
    expect(missing.map(({ route }) => route)).toEqual([]);
    const unlimited = limited.filter(({ operation }) => !headersOf(success(operation)[1]).includes('X-RateLimit-Remaining'));
    expect(unlimited.map(({ route }) => route)).toEqual([]);
  });

  it('documents ETag on the answers that are one versioned record: reads, PATCH and PUT answers, POST answers', () => {
    const withEtag = operations.filter(({ operation }) => headersOf(success(operation)[1]).includes('ETag')).map(({ route }) => route);
    expect(withEtag).toEqual(
      expect.arrayContaining([
        'GET /v1/fairs/{id}',
        'PATCH /v1/fairs/{id}',
        'POST /v1/fairs',
        'GET /v1/consultations/{id}',
        'PATCH /v1/consultations/{id}',
        'PUT /v1/companies/{id}/profile',
        'POST /v1/fairs/{fairId}/meetings/{id}/{step}',
      ]),
    );
    expect(withEtag).not.toContain('GET /v1/fairs');
    expect(withEtag).not.toContain('GET /v1/exchange-rates/{id}');
  });

  it('documents Idempotency-Key on every authenticated POST, POST /v1/imports included, and Idempotent-Replayed on its answer unless it is a secret', () => {
    // Signed in with a bearer token: the refresh (cookie only, no user yet) is not served by the idempotency interceptor.
    const posts = operations.filter(({ method, operation }) => method === 'POST' && (operation.security ?? []).some((scheme) => 'bearer' in scheme));
    expect(posts.map(({ route }) => route)).toContain('POST /v1/imports');
    const withoutKey = posts.filter(({ operation }) => !operation.parameters?.some((p) => p.in === 'header' && p.name === 'Idempotency-Key'));
    expect(withoutKey.map(({ route }) => route)).toEqual([]);
    const replayed = posts.filter(({ operation }) => headersOf(success(operation)[1]).includes('Idempotent-Replayed')).map(({ route }) => route);
    expect(posts.map(({ route }) => route).filter((route) => !replayed.includes(route)).sort()).toEqual([
      'POST /v1/api-keys',
      'POST /v1/api-keys/{id}/rotate',
      'POST /v1/auth/password',
      // A company's new follow-up link is shown once.
      'POST /v1/follow-up-questionnaires/{questionnaireId}/link',
      'POST /v1/webhooks',
      'POST /v1/webhooks/{id}/rotate-secret',
    ]);
  });

  it('documents Location on every 201 whose record a GET route reads, naming that route', () => {
    const creates = operations.filter(({ method, operation }) => method === 'POST' && '201' in operation.responses);
    const located = creates.filter(({ operation }) => headersOf(operation.responses['201']).includes('Location'));
    for (const { route, operation } of located) {
      const target = /`([^`]+)`/.exec(operation.responses['201'].headers?.Location.description ?? '')?.[1] ?? '';
      expect({ route, target, readable: doc.paths[target]?.get !== undefined }).toEqual({ route, target, readable: true });
    }
    // A create without Location has no GET of its own record (a category is read in the list only).
    const readable = (path: string) => Object.keys(doc.paths).some((other) => other.startsWith(`${path}/{`) && other.split('/').length === path.split('/').length + 1 && doc.paths[other].get);
    const unlocated = creates.filter((create) => !located.includes(create));
    expect(unlocated.filter(({ path }) => readable(path)).map(({ route }) => route)).toEqual([]);
    expect(unlocated.map(({ route }) => route).sort()).toEqual(['POST /v1/categories', 'POST /v1/fairs/{fairId}/meeting-sessions']);
  });

  it('names no `default` in request bodies, which openapi-typescript would type as fields a client must send', () => {
    const bodies = new Set(
      operations.flatMap(({ operation }) => Object.values(operation.requestBody?.content ?? {}).map((media) => media.schema?.$ref?.split('/').pop() ?? '')),
    );
    bodies.delete('');
    expect(bodies.size).toBeGreaterThan(15);
    const defaults = [...bodies].flatMap((name) =>
      Object.entries(doc.components.schemas[name].properties ?? {})
        .filter(([, property]) => property.default !== undefined)
        .map(([property]) => `${name}.${property}`),
    );
    expect(defaults).toEqual([]);
  });

  it('documents path ids as UUIDs', () => {
    const parameters = operations.flatMap(({ route, operation }) =>
      (operation.parameters ?? []).filter((p) => p.in === 'path').map((p) => ({ route, name: p.name, format: p.schema?.format })),
    );
    expect(parameters.length).toBeGreaterThan(60);
    expect(parameters.filter((p) => !NOT_UUIDS.has(p.name) && p.format !== 'uuid')).toEqual([]);
    expect(parameters.filter((p) => NOT_UUIDS.has(p.name) && p.format !== undefined)).toEqual([]);
  });

  it('documents the file downloads with their media type and Content-Disposition', () => {
    const files = operations.filter(({ path }) => /\.(csv|xlsx)$/.test(path));
    expect(files.length).toBe(7);
    for (const { route, operation } of files) {
      const [, answer] = success(operation);
      expect({ route, disposition: headersOf(answer).includes('Content-Disposition'), media: Object.keys(answer.content ?? {}) }).toEqual({
        route,
        disposition: true,
        media: [route.endsWith('.csv') ? 'text/csv' : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
      });
    }
  });

  it('sends Location on every 201 that documents it, the path of the created record; a replay sends it too', async () => {
    const located = operations.filter(({ method, operation }) => method === 'POST' && headersOf(operation.responses['201'] ?? { description: '' }).includes('Location'));
    expect(located.length).toBeGreaterThanOrEqual(12);
    for (const { route, path, operation } of located) {
      const filled = await ROUTE_CASES[route].fill!(fx, true);
      const key = randomUUID();
      const send = () =>
        test.app.inject({
          method: 'POST',
          url: requestUrl(path, filled),
          headers: { ...bearer(a.admin.token), 'idempotency-key': key, ...filled.raw?.headers },
          ...(filled.raw ? { payload: filled.raw.payload } : { payload: filled.body ?? {} }),
        });
      const created = await send();
      expect({ route, status: created.statusCode }).toEqual({ route, status: 201 });
      const location = String(created.headers.location);
      const template = /`([^`]+)`/.exec(operation.responses['201'].headers?.Location.description ?? '')?.[1] ?? '';
      expect({ route, location }).toEqual({ route, location: expect.stringMatching(new RegExp(`^${template.replace(/\{\w+\}/g, '[0-9a-f-]{36}')}$`)) });
      const read = await test.app.inject({ method: 'GET', url: location, headers: bearer(a.admin.token) });
      expect({ route, read: read.statusCode }).toEqual({ route, read: 200 });
      const body = created.json<{ id?: string }>();
      if (body.id !== undefined) expect(read.json<{ id: string }>().id).toBe(body.id);

      const replay = await send();
      if (route === 'POST /v1/api-keys' || route === 'POST /v1/webhooks') {
        expect(replay.statusCode).toBe(409); // a secret is shown once: never replayed
        continue;
      }
      expect({ route, status: replay.statusCode, replayed: replay.headers['idempotent-replayed'], location: replay.headers.location }).toEqual({
        route,
        status: 201,
        replayed: 'true',
        location,
      });
    }
  }, 60_000);

  it('sends ETag exactly on the reads the document gives one, with the version of the record, and the rate-limit headers on all', async () => {
    const reads = operations.filter(({ method, path }) => method === 'GET' && path.startsWith('/v1/'));
    const wrong: string[] = [];
    for (const { route, path, operation } of reads) {
      const filled = ROUTE_CASES[route].fill ? await ROUTE_CASES[route].fill(fx, false) : {};
      // A public read's own credential (the follow-up link's token header) rides along.
      const response = await test.app.inject({ method: 'GET', url: requestUrl(path, filled), headers: { ...bearer(a.admin.token), ...filled.raw?.headers } });
      if (response.statusCode !== 200) wrong.push(`${route}: ${response.statusCode}`);
      const documented = headersOf(success(operation)[1]).includes('ETag');
      const version = /json/.test(String(response.headers['content-type'])) ? response.json<{ version?: number }>().version : undefined;
      const expected = documented ? `"${version}"` : undefined;
      if (response.headers.etag !== expected) wrong.push(`${route}: ETag ${String(response.headers.etag)}, documented ${expected}`);
      if (response.headers['x-ratelimit-limit'] === undefined) wrong.push(`${route}: no X-RateLimit-Limit`);
    }
    expect(wrong).toEqual([]);
    expect(reads.length).toBeGreaterThan(40);
  }, 60_000);

  it('lets browsers on an allowed origin read every response header the document describes (CORS)', async () => {
    const response = await test.app.inject({ method: 'GET', url: '/v1/fairs', headers: { ...bearer(a.admin.token), origin: 'https://partner.example' } });
    const exposed = String(response.headers['access-control-expose-headers']).split(',').map((name) => name.trim().toLowerCase());
    const documented = new Set(operations.flatMap(({ operation }) => Object.values(operation.responses).flatMap((r) => headersOf(r).map((name) => name.toLowerCase()))));
    expect([...documented].filter((name) => !exposed.includes(name))).toEqual([]);
    expect(exposed).toEqual(expect.arrayContaining(['etag', 'location', 'idempotent-replayed', 'x-ratelimit-limit', 'x-ratelimit-remaining', 'retry-after']));
  });

  it('answers 429 with Retry-After and the rate-limit headers, on a public route too; never on a health probe', async () => {
    const refresh = () => test.app.inject({ method: 'POST', url: '/v1/auth/refresh' });
    let response = await refresh();
    for (let sent = 1; response.statusCode !== 429 && sent <= 2 * ADDRESS_LIMIT; sent += 1) {
      expect(response.headers['x-ratelimit-limit']).toBe(String(ADDRESS_LIMIT));
      response = await refresh();
    }
    expect(response.statusCode).toBe(429);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(response.headers['retry-after']).toMatch(/^\d+$/);
    expect(response.headers['x-ratelimit-limit']).toBe(String(ADDRESS_LIMIT));
    expect(response.headers['x-ratelimit-remaining']).toBe('0');
    // The same address, over its limit: an orchestrator's probes still get their answer.
    for (const url of ['/health/live', '/health']) {
      const probe = await test.app.inject({ method: 'GET', url });
      expect(probe.statusCode).toBe(200);
      expect(probe.headers['x-ratelimit-limit']).toBeUndefined();
      expect(Object.keys(operations.find(({ path }) => path === url)?.operation.responses ?? {})).not.toContain('429');
    }
  });
});
