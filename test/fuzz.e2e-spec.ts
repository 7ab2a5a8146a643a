import fc from 'fast-check';
import { requests, type Components, type Schema } from './support/fuzz-arbitraries.js';
import { appRoutes, type AppRoute } from './support/route-table.js';
import { fillPath, Fixtures, ROUTE_CASES } from './support/route-cases.js';
import { bearer, seedAgency, startTestApp, type SeededAgency, type TestApp } from './support/test-app.js';

const TOTAL_REQUESTS = 10_000;
const WRITE_METHODS = new Set(['POST', 'PATCH', 'PUT', 'DELETE']);

interface OpenApi {
  paths: Record<string, Record<string, { requestBody?: { content: Record<string, { schema: Schema }> } }>>;
  components: { schemas: Components };
}

/**
 * Every row count and version, the audit log's end, and the stored outcomes with their stale marks,
 * in one query: a rejected request must leave all of it as it was.
 */
const SNAPSHOT = `
  SELECT ${['fairs', 'companies', 'participations', 'buyers', 'consultations', 'contracts', 'users', 'api_keys']
    .map((table) => `(SELECT count(*) || '/' || coalesce(sum(version), 0) || '/' || count(*) FILTER (WHERE ${table === 'users' ? 'disabled_at' : table === 'api_keys' ? 'revoked_at' : 'deleted_at'} IS NOT NULL) FROM ${table}) AS ${table}`)
    .join(', ')},
         (SELECT count(*) FROM exchange_rates) AS exchange_rates,
         (SELECT count(*) FROM categories) AS categories, (SELECT count(*) FROM schedule_runs) AS schedule_runs,
         (SELECT count(*) || '/' || coalesce(sum(version), 0) FROM meetings) AS meetings,
         (SELECT coalesce(max(id), 0) FROM audit_log) AS audit,
         (SELECT count(*) FROM outcome_changes) AS outcome_changes,
         (SELECT md5(coalesce(string_agg(o::text, ',' ORDER BY o.fair_id), '')) FROM fair_outcomes o) AS outcomes,
         (SELECT md5(coalesce(string_agg(b.contact_name || b.email || b.phone, ',' ORDER BY b.id), '')) FROM buyers b) AS buyers_contact`;

describe('fuzzing every write route with generated requests', () => {
  let test: TestApp;
  let a: SeededAgency;
  let fx: Fixtures;
  let doc: OpenApi;
  let writes: AppRoute[];

  beforeAll(async () => {
    test = await startTestApp();
    a = await seedAgency(test, 'Wonju');
    await seedAgency(test, 'Gimhae');
    fx = await new Fixtures(test, a).init();
    doc = (await test.app.inject({ method: 'GET', url: '/docs-json' })).json<OpenApi>();
    writes = (await appRoutes(test.app)).filter((route) => WRITE_METHODS.has(route.method));
  });
  afterAll(() => test.close());

  it(`sends ${TOTAL_REQUESTS}+ requests: no 5xx, and every rejected request changes nothing`, async () => {
    expect(writes.length).toBeGreaterThan(20);
    const runsPerRoute = Math.ceil(TOTAL_REQUESTS / writes.length);
    // Named: planned once, it costs well under a millisecond per request.
    const snapshot = async () => JSON.stringify((await test.db.query({ name: 'fuzz-snapshot', text: SNAPSHOT })).rows[0]);
    const serverErrors: string[] = [];
    const changedWhenRejected: string[] = [];
    const statuses = new Map<number, number>();
    let sent = 0;
    let before = await snapshot();

    for (const route of writes) {
      const routeCase = ROUTE_CASES[route.route];
      const { params, body } = routeCase.fill ? await routeCase.fill(fx, false) : {};
      // Arranging a route's fixtures writes rows (a sign-in for a refresh cookie is audited): not the fuzzed request's doing.
      before = await snapshot();
      const schema = doc.paths[route.path][route.method.toLowerCase()].requestBody?.content['application/json']?.schema;
      await fc.assert(
        fc.asyncProperty(requests(body, schema, doc.components.schemas), async (request) => {
          const url = request.pathJunk === undefined || !params
            ? fillPath(route.path, params)
            : fillPath(route.path, Object.fromEntries(Object.keys(params).map((name) => [name, request.pathJunk as string])));
          const response = await test.app.inject({
            method: route.method as 'POST',
            url,
            headers: { ...bearer(a.admin.token), ...(request.contentType ? { 'content-type': request.contentType } : {}) },
            ...(request.payload === undefined ? {} : { payload: request.payload }),
          });
          sent += 1;
          statuses.set(response.statusCode, (statuses.get(response.statusCode) ?? 0) + 1);
          const after = await snapshot();
          const describe = `${route.method} ${url} ${request.contentType ?? ''} ${String(request.payload).slice(0, 300)} → ${response.statusCode} ${response.body.slice(0, 300)}`;
          if (response.statusCode >= 500) serverErrors.push(describe);
          if (response.statusCode >= 400 && after !== before) changedWhenRejected.push(`${describe}\n  before ${before}\n  after  ${after}`);
          before = after;
          return response.statusCode < 500;
        }),
        { numRuns: runsPerRoute, seed: 20261122, endOnFailure: true },
      ).catch(() => undefined); // failures are collected above, with the request that caused them
    }

    process.stdout.write(`fuzz: ${sent} requests over ${writes.length} write routes; statuses ${JSON.stringify(Object.fromEntries(statuses))}; 5xx seen = ${serverErrors.length}\n`);
    expect(serverErrors).toEqual([]);
    expect(changedWhenRejected).toEqual([]);
    expect(sent).toBeGreaterThanOrEqual(TOTAL_REQUESTS);
  }, 240_000);
});
