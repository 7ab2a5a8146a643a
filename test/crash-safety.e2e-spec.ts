import { randomUUID } from 'node:crypto';
import { spawnApi, type ApiProcess } from './support/api-process.js';
import { appRoutes, type AppRoute } from './support/route-table.js';
import { fillPath, Fixtures, ROUTE_CASES } from './support/route-cases.js';
import { bearer, seedAgency, startTestApp, type SeededAgency, type TestApp } from './support/test-app.js';

const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

/**
 * Query parameters no route should choke on: cursors that are not ours (among them ones that decode
 * but hold a time PostgreSQL refuses, which only fail once the query runs), dates ISO 8601 allows but
 * `Date` cannot read, non-decimal integers, NUL characters.
 */
const BAD_QUERIES: Record<string, string>[] = [
  { cursor: 'W10' },
  { cursor: '%00' },
  { cursor: b64(['x', 'y']) },
  { cursor: b64(['2017-W20-2', randomUUID()]) },
  { cursor: b64(['1 2', randomUUID()]) },
  { cursor: b64(['0000-01-01T00:00:00.000Z', randomUUID()]) },
  { cursor: 'x'.repeat(600) },
  { from: '2017-W20-2', to: '20170516T030000Z' },
  { from: '2017-136' },
  { limit: '0x10' },
  { limit: '-1', year: '1e3' },
  { q: '\u0000' },
  { registrationNumber: '\u0000', email: 'a\u0000b' },
  { companyId: '\u0000' },
  { fairId: 'not-a-uuid', country: '\u0000' },
];

/** Path parameters that do not decode, are too long, or are no id. */
const BAD_PATH_PARAMS = ['%ff%fe', 'x'.repeat(101), '%00', 'null', '..%2f..'];

interface Sent {
  request: string;
  status: number | string;
}

/**
 * The real API process (`dist/src/main.js`), sent every route of the app with bad query and path
 * input while a second request checks, each time, that the process still serves. A crash shows as
 * a health check that cannot connect; a 5xx as a status in the list.
 */
describe('one request never takes the API process down', () => {
  let test: TestApp;
  let a: SeededAgency;
  let fx: Fixtures;
  let api: ApiProcess;
  let routes: AppRoute[];

  beforeAll(async () => {
    test = await startTestApp();
    a = await seedAgency(test, 'Wonju');
    fx = await new Fixtures(test, a).init();
    routes = await appRoutes(test.app);
    api = await spawnApi(test);
  }, 120_000);
  // A test that took the process down leaves the next one a fresh process, so each fails for itself.
  beforeEach(async () => {
    if (!(await serving())) {
      await api.stop();
      api = await spawnApi(test);
    }
  });
  afterAll(async () => {
    await api?.stop();
    await test.close();
  });

  const send = async (method: string, url: string, body?: string): Promise<Sent> => {
    const request = `${method} ${url.slice(0, 200)}`;
    try {
      const response = await fetch(`${api.url}${url}`, {
        method,
        headers: { ...bearer(a.admin.token), ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
        ...(body === undefined ? {} : { body }),
      });
      // Read the whole body: a streamed response fails (if it does) while it is read.
      await response.arrayBuffer().catch(() => undefined);
      return { request, status: response.status };
    } catch (error) {
      return { request, status: `no answer: ${String(error)}` };
    }
  };

  const serving = async (): Promise<boolean> => {
    try {
      return (await fetch(`${api.url}/health/live`)).ok;
    } catch {
      return false;
    }
  };

  /** The request, with a health check sent while it is served and one after it. */
  const probe = async (method: string, url: string, body?: string): Promise<Sent & { servingAfter: boolean }> => {
    const [sent] = await Promise.all([send(method, url, body), serving()]);
    return { ...sent, servingAfter: await serving() };
  };

  const urlsFor = async (route: AppRoute): Promise<string[]> => {
    const filled = ROUTE_CASES[route.route]?.fill ? await ROUTE_CASES[route.route].fill!(fx, false) : {};
    const base = fillPath(route.path, filled.params);
    const withQuery = BAD_QUERIES.map((query) => `${base}?${new URLSearchParams({ ...filled.query, ...query }).toString()}`);
    const names = Object.keys(filled.params ?? {});
    const withPath = names.length === 0
      ? []
      : BAD_PATH_PARAMS.map((junk) => route.path.replace(/\{(\w+)\}/g, () => junk));
    return [...withQuery, ...withPath];
  };

  it('answers bad query and path input on every route with a 4xx, and keeps serving', async () => {
    expect(routes.length).toBeGreaterThan(60);
    const down: string[] = [];
    const serverErrors: string[] = [];
    let sent = 0;
    for (const route of routes) {
      for (const url of await urlsFor(route)) {
        const result = await probe(route.method, url, route.method === 'GET' || route.method === 'DELETE' ? undefined : '{}');
        sent += 1;
        if (!result.servingAfter) {
          down.push(`${result.request} → ${result.status}`);
          break;
        }
        if (typeof result.status !== 'number' || result.status >= 500) serverErrors.push(`${result.request} → ${result.status}`);
      }
      if (down.length > 0) break;
    }
    process.stdout.write(`crash-safety: ${sent} bad requests over ${routes.length} routes\n`);
    expect(down).toEqual([]);
    expect(serverErrors).toEqual([]);
  }, 240_000);

  it('answers bad bodies on every write route (NUL, nesting 5,000 deep, null objects) and keeps serving', async () => {
    const deep = '['.repeat(5000) + ']'.repeat(5000);
    const deepObject = '{"a":'.repeat(5000) + '1' + '}'.repeat(5000);
    const bodies = [deep, deepObject, JSON.stringify({ name: 'a\u0000b', email: 'x\u0000@y.test', estimatedValue: null })];
    const failures: string[] = [];
    for (const route of routes.filter((r) => r.method !== 'GET')) {
      const filled = ROUTE_CASES[route.route]?.fill ? await ROUTE_CASES[route.route].fill!(fx, false) : {};
      if (filled.raw) continue;
      for (const body of bodies) {
        const result = await probe(route.method, fillPath(route.path, filled.params), body);
        if (!result.servingAfter || typeof result.status !== 'number' || result.status >= 500) {
          failures.push(`${result.request} ${body.slice(0, 40)} → ${result.status}, serving after: ${result.servingAfter}`);
        }
      }
    }
    expect(failures).toEqual([]);
  }, 240_000);

  it('answers an oversized URL or header with a 431 problem, over a real socket', async () => {
    const oversized: { url: string; headers: Record<string, string> }[] = [
      { url: `/v1/companies?q=${'x'.repeat(20_000)}`, headers: {} },
      { url: '/v1/companies', headers: { 'x-padding': 'x'.repeat(20_000) } },
    ];
    for (const init of oversized) {
      const response = await fetch(`${api.url}${init.url}`, { headers: { ...bearer(a.admin.token), ...init.headers } });
      expect(response.status).toBe(431);
      expect(response.headers.get('content-type')).toContain('application/problem+json');
      expect(await response.json()).toMatchObject({ status: 431, title: 'Request Header Fields Too Large' });
    }
    expect(await serving()).toBe(true);
  });
});
