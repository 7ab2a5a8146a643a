import { bearer, seedAgency, startTestApp, type SeededAgency, type TestApp } from './support/test-app.js';

describe('queue board (/admin/queues)', () => {
  let test: TestApp;
  let agency: SeededAgency;

  beforeAll(async () => {
    test = await startTestApp();
    agency = await seedAgency(test, 'Wonju');
  });
  afterAll(() => test.close());

  const get = (url: string, headers: Record<string, string> = {}) => test.app.inject({ method: 'GET', url, headers });

  it('answers 401 without a token and 403 to managers and staff', async () => {
    expect((await get('/admin/queues')).statusCode).toBe(401);
    expect((await get('/admin/queues', bearer('not-a-token'))).statusCode).toBe(401);
    expect((await get('/admin/queues', bearer(agency.manager.token))).statusCode).toBe(403);
    expect((await get('/admin/queues/api/queues', bearer(agency.staff.token))).statusCode).toBe(403);
  });

  it('shows admins the outcomes queue', async () => {
    const page = await get('/admin/queues', bearer(agency.admin.token));
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-type']).toContain('text/html');
    const api = await get('/admin/queues/api/queues', bearer(agency.admin.token));
    expect(api.json().queues.map((q: { name: string }) => q.name)).toContain('outcomes');
  });

  it('moves a token from the URL into an HttpOnly cookie scoped to the board', async () => {
    const redirect = await get(`/admin/queues?token=${agency.admin.token}`);
    expect(redirect.statusCode).toBe(303);
    expect(redirect.headers.location).toBe('/admin/queues');
    const cookie = String(redirect.headers['set-cookie']);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/Path=\/admin\/queues/);
    const withCookie = await get('/admin/queues', { cookie: cookie.split(';')[0] });
    expect(withCookie.statusCode).toBe(200);
  });
});
