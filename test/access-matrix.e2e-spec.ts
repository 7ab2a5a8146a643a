import { API_KEY_SCOPES, type ApiKeyScope } from '../src/tenancy/scopes.js';
import { roleSatisfies, type Role } from '../src/tenancy/role.js';
import { issueKey } from './support/api-keys.js';
import { ResponseSchemas } from './support/openapi-responses.js';
import { appRoutes, type AppRoute } from './support/route-table.js';
import { Fixtures, requestUrl, ROUTE_CASES } from './support/route-cases.js';
import { bearer, type SeededAgency, type TestApp } from './support/test-app.js';
import { startTwoAgencies } from './support/two-agencies.js';

type Caller =
  | { name: string; kind: 'user'; agency: 'A' | 'B'; role: Role; headers: Record<string, string> }
  | { name: string; kind: 'key'; scopes: ApiKeyScope[]; headers: Record<string, string> }
  | { name: string; kind: 'refused'; headers: Record<string, string> };

const MUTATING = new Set(['POST', 'PATCH', 'PUT', 'DELETE']);

/**
 * The status a caller must get, derived from the route's own declarations: @Public(), @Roles(),
 * @ApiKeyScope() (keys: read routes with a scope the key holds, nothing else), and tenancy (admin B
 * on A's ids: 404).
 */
function expected(route: AppRoute, caller: Caller): number {
  const routeCase = ROUTE_CASES[route.route];
  if (route.isPublic) return routeCase.ok;
  if (caller.kind === 'refused') return 401;
  if (caller.kind === 'key') {
    if (!route.scope || route.method !== 'GET' || !caller.scopes.includes(route.scope)) return 403;
    return routeCase.ok;
  }
  if (route.role && !roleSatisfies(caller.role, route.role)) return 403;
  if (caller.agency === 'B') {
    if (/\{\w+\}/.test(route.path)) return 404;
    return routeCase.crossAgency ?? routeCase.ok;
  }
  return routeCase.ok;
}

describe('access matrix: every route × every kind of principal', () => {
  let test: TestApp;
  let a: SeededAgency;
  let b: SeededAgency;
  let fx: Fixtures;
  let routes: AppRoute[];
  const callers: Caller[] = [];
  /** Every JSON answer of the matrix, checked against the document once the matrix has run. */
  const answers: { route: AppRoute; caller: string; status: number; contentType: string; body: string }[] = [];

  beforeAll(async () => {
    ({ test, a, b } = await startTwoAgencies());
    fx = await new Fixtures(test, a).init();
    routes = await appRoutes(test.app);
    for (const role of ['staff', 'manager', 'admin'] as const) {
      callers.push({ name: `${role} A`, kind: 'user', agency: 'A', role, headers: bearer(a[role].token) });
    }
    callers.push({ name: 'admin B', kind: 'user', agency: 'B', role: 'admin', headers: bearer(b.admin.token) });
    for (const scope of API_KEY_SCOPES) {
      const key = await issueKey(test, a.admin.token, [scope]);
      callers.push({ name: `key ${scope}`, kind: 'key', scopes: [scope], headers: { 'x-api-key': key.secret } });
    }
    const revoked = await issueKey(test, a.admin.token, [...API_KEY_SCOPES]);
    await fx.api.post(`/v1/api-keys/${revoked.id}/revoke`, {});
    callers.push({ name: 'revoked key', kind: 'refused', headers: { 'x-api-key': revoked.secret } });
    const expired = await issueKey(test, a.admin.token, [...API_KEY_SCOPES], { expiresAt: new Date(Date.now() + 60_000).toISOString() });
    await test.db.query(`UPDATE api_keys SET expires_at = now() - interval '1 second' WHERE id = $1`, [expired.id]);
    callers.push({ name: 'expired key', kind: 'refused', headers: { 'x-api-key': expired.secret } });
    callers.push({ name: 'no credentials', kind: 'refused', headers: {} });
  });
  afterAll(() => test.close());

  it('has a row for every route of the app, and no row for a route the app lacks', () => {
    const inApp = routes.map((route) => route.route).sort();
    expect(inApp.filter((route) => !(route in ROUTE_CASES))).toEqual([]);
    expect(Object.keys(ROUTE_CASES).filter((route) => !inApp.includes(route))).toEqual([]);
  });

  it('declares nothing risky: only sign-in, refresh, sign-out, password reset, accepting an invitation, health and the follow-up link are public, only reads open to keys', () => {
    expect(routes.filter((route) => route.isPublic).map((route) => route.route).sort()).toEqual([
      'DELETE /v1/auth/refresh',
      'GET /health',
      'GET /health/live',
      // A company answering a follow-up round: the link's token (its own header) is the credential.
      'GET /v1/follow-up/questionnaires/{questionnaireId}',
      'POST /v1/auth/login',
      'POST /v1/auth/password-reset',
      'POST /v1/auth/password-reset/confirm',
      'POST /v1/auth/refresh',
      'POST /v1/follow-up/questionnaires/{questionnaireId}/response',
      'POST /v1/invitations/accept',
    ]);
    expect(routes.filter((route) => route.scope && route.method !== 'GET')).toEqual([]);
    const admin = routes.filter((route) => route.role === 'admin').map((route) => route.route);
    expect(admin).toEqual(expect.arrayContaining(['POST /v1/invitations', 'DELETE /v1/invitations/{id}', 'POST /v1/api-keys', 'GET /v1/audit', 'POST /v1/buyers/{id}/erase', 'GET /v1/buyers/{id}/personal-data', 'POST /v1/users']));
    expect(routes.filter((route) => route.role === 'admin' && route.scope)).toEqual([]);
  });

  it('answers every principal on every route with the status its declarations give', async () => {
    const wrong: string[] = [];
    let requests = 0;
    for (const route of routes) {
      const routeCase = ROUTE_CASES[route.route];
      if (!routeCase) continue; // reported by the test above
      for (const caller of callers) {
        const want = expected(route, caller);
        const fresh = MUTATING.has(route.method) && want < 300;
        const filled = routeCase.fill ? await routeCase.fill(fx, fresh) : {};
        const response = await test.app.inject({
          method: route.method as 'GET',
          url: requestUrl(route.path, filled),
          headers: { ...caller.headers, ...filled.raw?.headers },
          ...(filled.raw ? { payload: filled.raw.payload } : filled.body === undefined ? {} : { payload: filled.body }),
        });
        requests += 1;
        const contentType = String(response.headers['content-type'] ?? '');
        if (/json/.test(contentType)) answers.push({ route, caller: caller.name, status: response.statusCode, contentType, body: response.body });
        if (response.statusCode !== want) wrong.push(`${route.route} as ${caller.name}: ${response.statusCode}, expected ${want} ${response.body.slice(0, 200)}`);
      }
    }
    expect(wrong).toEqual([]);
    expect(requests).toBe(routes.length * callers.length);
    process.stdout.write(`access matrix: ${routes.length} routes × ${callers.length} principals = ${requests} requests\n`);
  }, 120_000); // 1,200+ requests: on a busy 2-core machine more than the default 30 s

  it('answers with exactly the fields its OpenAPI response schema documents, none more (every JSON answer of the matrix)', async () => {
    expect(answers.length).toBeGreaterThan(routes.length);
    const schemas = new ResponseSchemas((await test.app.inject({ method: 'GET', url: '/docs-json' })).json());
    const wrong: string[] = [];
    let checked = 0;
    for (const answer of answers) {
      const problems = schemas.problems(answer.route.path, answer.route.method, answer.status, answer.contentType, JSON.parse(answer.body));
      // A 2xx JSON answer must be documented; errors are checked where the document describes them.
      if (problems === null && answer.status < 300) wrong.push(`${answer.route.route} ${answer.status}: no schema documented`);
      if (problems === null) continue;
      checked += 1;
      if (problems.length > 0) wrong.push(`${answer.route.route} ${answer.status} as ${answer.caller}: ${problems.slice(0, 5).join('; ')}`);
    }
    expect([...new Set(wrong)]).toEqual([]);
    expect(checked).toBeGreaterThan(routes.length);
  });

  it("never shows agency A's rows in agency B's lists", async () => {
    const { rows } = await test.db.query<{ id: string }>(
      `SELECT id FROM fairs WHERE agency_id = $1 UNION ALL SELECT id FROM companies WHERE agency_id = $1
       UNION ALL SELECT id FROM buyers WHERE agency_id = $1 UNION ALL SELECT id FROM consultations WHERE agency_id = $1
       UNION ALL SELECT id FROM contracts WHERE agency_id = $1 UNION ALL SELECT id FROM exchange_rates WHERE agency_id = $1
       UNION ALL SELECT id FROM users WHERE agency_id = $1 UNION ALL SELECT id FROM api_keys WHERE agency_id = $1
       UNION ALL SELECT id FROM interpreters WHERE agency_id = $1 UNION ALL SELECT id FROM meetings WHERE agency_id = $1
       UNION ALL SELECT id FROM meeting_sessions WHERE agency_id = $1 UNION ALL SELECT id FROM invitations WHERE agency_id = $1`,
      [a.id],
    );
    expect(rows.length).toBeGreaterThan(10);
    const lists = routes.filter((route) => route.method === 'GET' && !/\{\w+\}/.test(route.path) && route.path.startsWith('/v1/'));
    expect(lists.length).toBeGreaterThan(8);
    for (const route of lists) {
      const response = await test.app.inject({ method: 'GET', url: route.path, headers: bearer(b.admin.token) });
      expect({ route: route.route, status: response.statusCode }).toEqual({ route: route.route, status: 200 });
      expect({ route: route.route, leaked: rows.filter((row) => response.body.includes(row.id)).map((row) => row.id) }).toEqual({ route: route.route, leaked: [] });
    }
  });
});
