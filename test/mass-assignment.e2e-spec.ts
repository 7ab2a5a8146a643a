import { appRoutes } from './support/route-table.js';
import { fillPath, Fixtures, ROUTE_CASES } from './support/route-cases.js';
import { bearer, type SeededAgency, type TestApp } from './support/test-app.js';
import { startTwoAgencies } from './support/two-agencies.js';

/** Fields the server owns: a body that carries one is a 400 naming it, and nothing changes. */
const SERVER_OWNED = ['agencyId', 'id', 'createdBy', 'loggedBy', 'version', 'createdAt', 'updatedAt', 'deletedAt', 'estimatedUsd', 'valueUsd', 'secretHash', 'consultations', 'contracts', 'companies'];

describe('mass assignment', () => {
  let test: TestApp;
  let a: SeededAgency;
  let b: SeededAgency;
  let fx: Fixtures;

  beforeAll(async () => {
    ({ test, a, b } = await startTwoAgencies());
    fx = await new Fixtures(test, a).init();
  });
  afterAll(() => test.close());

  it('answers 400 naming the field to every write body carrying a server-owned field, and changes no row', async () => {
    const rows = async () =>
      (await test.db.query(`SELECT (SELECT json_agg(t ORDER BY t.id) FROM (
          SELECT id, agency_id, version, deleted_at FROM fairs UNION ALL SELECT id, agency_id, version, deleted_at FROM companies
          UNION ALL SELECT id, agency_id, version, deleted_at FROM buyers UNION ALL SELECT id, agency_id, version, deleted_at FROM consultations
          UNION ALL SELECT id, agency_id, version, deleted_at FROM contracts UNION ALL SELECT id, agency_id, version, deleted_at FROM participations
          UNION ALL SELECT id, agency_id, version, NULL FROM users UNION ALL SELECT id, agency_id, version, revoked_at FROM api_keys
          UNION ALL SELECT id, agency_id, version, deleted_at FROM interpreters UNION ALL SELECT id, agency_id, version, NULL FROM meetings
          UNION ALL SELECT id, agency_id, version, NULL FROM meeting_sessions UNION ALL SELECT id, agency_id, version, NULL FROM webhook_endpoints) t)::text AS rows`)).rows[0].rows as string;
    const writes = (await appRoutes(test.app)).filter((route) => ['POST', 'PATCH', 'PUT'].includes(route.method));
    const withBodies = [];
    for (const route of writes) {
      const { params, body } = (await ROUTE_CASES[route.route].fill?.(fx, false)) ?? {};
      if (body) withBodies.push({ route, params, body });
    }
    expect(withBodies.length).toBeGreaterThan(15);
    const before = await rows();
    const wrong: string[] = [];
    for (const { route, params, body } of withBodies) {
      for (const field of SERVER_OWNED) {
        const value = field === 'agencyId' ? b.id : field === 'version' ? 99 : field.endsWith('Usd') ? '1.00' : fx.fair.id;
        const response = await test.app.inject({ method: route.method as 'POST', url: fillPath(route.path, params), headers: bearer(a.admin.token), payload: { ...body, [field]: value } });
        const fields = response.statusCode === 400 ? response.json<{ errors?: { field: string }[] }>().errors?.map((error) => error.field) ?? [] : [];
        if (response.statusCode !== 400 || !fields.includes(field)) wrong.push(`${route.route} with ${field}: ${response.statusCode} ${response.body.slice(0, 160)}`);
      }
    }
    expect(wrong).toEqual([]);
    expect(await rows()).toBe(before);
  });
});
