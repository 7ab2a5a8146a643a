import { client, type Client } from './support/http.js';
import { insertExhibitor, insertFair, type FairRow } from './support/records.js';
import { bearer, seedAgency, startTestApp, type SeededAgency, type TestApp } from './support/test-app.js';
import { importsDir, upload } from './support/uploads.js';

const PROBLEM = 'application/problem+json; charset=utf-8';

/** Bad input that used to be a 500 (or accepted as something else) is a 4xx problem naming the field. */
describe('bad input is a 4xx problem naming the field, and writes nothing', () => {
  let test: TestApp;
  let a: SeededAgency;
  let api: Client;
  let fair: FairRow;
  let companyId: string;

  beforeAll(async () => {
    test = await startTestApp({ BODY_LIMIT_BYTES: String(64 * 1024), IMPORTS_DIR: importsDir() });
    a = await seedAgency(test, 'Wonju');
    api = client(test, a.admin.token);
    fair = await insertFair(test, a.id, { series: 'cmef', name: 'CMEF 2017', year: 2017 });
    companyId = await insertExhibitor(test, a.id, fair.id);
  });
  afterAll(() => test.close());

  const counts = async () =>
    (await test.db.query(`SELECT (SELECT count(*) FROM companies) AS c, (SELECT count(*) FROM consultations) AS k, (SELECT count(*) FROM users) AS u`)).rows[0] as object;
  const raw = (method: 'POST' | 'PATCH', url: string, payload: string | Buffer, contentType = 'application/json', token: string | null = a.admin.token) =>
    test.app.inject({ method, url, payload, headers: { ...(token ? bearer(token) : {}), 'content-type': contentType } });
  const expectProblem = (response: { statusCode: number; headers: Record<string, unknown>; json: () => unknown }, status: number, field?: string) => {
    expect(response.statusCode).toBe(status);
    expect(response.headers['content-type']).toBe(PROBLEM);
    if (field !== undefined) expect((response.json() as { errors: { field: string }[] }).errors).toEqual(expect.arrayContaining([expect.objectContaining({ field })]));
  };
  const consultation = (extra: Record<string, unknown>) => ({ fairId: fair.id, companyId, buyerCountry: 'DE', occurredAt: '2017-05-16T03:00:00Z', ...extra });

  describe('NUL characters', () => {
    it('in a text field of a write, in the login email and in query parameters', async () => {
      const before = await counts();
      expectProblem(await api.post('/v1/companies', { name: 'Medi\u0000Tech' }), 400, 'name');
      expectProblem(await api.post('/v1/consultations', consultation({ notes: 'a\u0000b', estimatedValue: { amount: '1.00', currency: 'US\u0000' } })), 400, 'estimatedValue.currency');
      expectProblem(await api.post('/v1/companies', { name: 'ok', ['reg\u0000']: 'x' }), 400, 'reg\\u0000');
      expectProblem(await raw('POST', '/v1/auth/login', JSON.stringify({ email: `${a.staff.email}\u0000`, password: 'x' }), 'application/json', null), 400, 'email');
      for (const url of ['/v1/companies?q=%00', '/v1/companies?registrationNumber=%00', '/v1/buyers?email=a%00b', '/v1/consultations/export.csv?country=%00']) {
        expectProblem(await api.get(url), 400);
      }
      expect((await api.get('/v1/companies?q=%00')).json().errors).toEqual([expect.objectContaining({ field: 'q' })]);
      expect(await counts()).toEqual(before);
    });

    it("in an upload's form fields, field names, mapping headers and file name (the JSON guard does not see multipart)", async () => {
      const imports = async () => (await test.db.query<{ n: number }>('SELECT count(*)::int AS n FROM imports')).rows[0].n;
      const file = { name: 'log.csv', content: 'Company,Country,Date\n' };
      const fields = { fairId: fair.id, kind: 'consultations' };
      expectProblem(await upload(test, a.manager.token, { ...fields, mapping: '{"Firma":"company"}\u0000' }, file), 400, 'mapping');
      expectProblem(await upload(test, a.manager.token, { ...fields, ['kind\u0000']: 'x' }, file), 400, 'kind\\u0000');
      expectProblem(await upload(test, a.manager.token, { ...fields, mapping: JSON.stringify({ 'Fir\u0000ma': 'company' }) }, file), 400, 'mapping');
      expectProblem(await upload(test, a.manager.token, fields, { ...file, name: 'log\u0000.csv' }), 400, 'file');
      expect(await imports()).toBe(0);
    });
  });

  describe('JSON nested deep', () => {
    it('is refused at the parser, on login too, while __proto__ stays refused', async () => {
      const before = await counts();
      const deep = `{"email":${'['.repeat(5000)}${']'.repeat(5000)}}`;
      expectProblem(await raw('POST', '/v1/auth/login', deep, 'application/json', null), 400, '(body)');
      expectProblem(await raw('POST', '/v1/companies', `{"name":"x","tags":${'{"a":'.repeat(5000)}1${'}'.repeat(5000)}}`), 400, '(body)');
      // Brackets inside strings are text, not nesting.
      expect((await raw('POST', '/v1/companies', JSON.stringify({ name: `Deep ${'['.repeat(100)} Co` }))).statusCode).toBe(201);
      expectProblem(await raw('POST', '/v1/companies', '{"name":"x","__proto__":{"admin":true}}'), 400);
      expect((await counts() as { c: string }).c).toBe(String(Number((before as { c: string }).c) + 1));
    });
  });

  describe('ISO 8601 forms', () => {
    it.each(['20170516', '2017-W20-2', '2017-136', '20170516T030000Z', '2017-05-16T03:00:00', '2017-05-16T24:00:00Z', '2017-02-30T03:00:00Z', '2017-05-16 03:00:00Z'])(
      'occurredAt %s is a 400 naming occurredAt',
      async (occurredAt) => {
        const before = await counts();
        expectProblem(await api.post('/v1/consultations', consultation({ occurredAt })), 400, 'occurredAt');
        expectProblem(await api.patch(`/v1/consultations/${(await api.post('/v1/consultations', consultation({}))).json().id}`, { occurredAt }), 400, 'occurredAt');
        expect(Number((await counts() as { k: string }).k)).toBe(Number((before as { k: string }).k) + 1);
      },
    );

    it.each(['2017-05-16T03:00:00Z', '2017-05-16T11:00:00+08:00', '2017-05-16T03:00Z', '2017-05-16T03:00:00.123456Z'])('occurredAt %s is taken', async (occurredAt) => {
      const response = await api.post('/v1/consultations', consultation({ occurredAt }));
      expect(response.statusCode).toBe(201);
      expect(Date.parse(response.json().occurredAt)).toBe(Date.parse(occurredAt));
    });

    it('every other date and date-time field refuses the forms Date cannot read', async () => {
      for (const url of ['/v1/consultations?from=2017-W20-2', '/v1/consultations/export.csv?to=20170516T030000Z', '/v1/contracts?from=2017-136', '/v1/fairs?from=20170516']) {
        const field = new URL(url, 'http://x').searchParams.keys().next().value as string;
        expectProblem(await api.get(url), 400, field);
      }
      expectProblem(await api.post('/v1/api-keys', { name: 'Partner', scopes: ['fairs:read'], expiresAt: '2030-W20-2' }), 400, 'expiresAt');
      expectProblem(await api.post('/v1/contracts', { fairId: fair.id, companyId, buyerCountry: 'DE', status: 'signed', signedOn: '20170516', value: { amount: '1.00', currency: 'USD' } }), 400, 'signedOn');
      expectProblem(await api.post('/v1/fairs', { series: 'medica', name: 'MEDICA 2017', year: 2017, city: 'Düsseldorf', country: 'DE', startsOn: '2017-W46-1', endsOn: '2017-11-16', timezone: 'Europe/Berlin' }), 400, 'startsOn');
    });
  });

  describe('null where an object is expected', () => {
    it('estimatedValue: null on create is a 400 naming it; on PATCH null still clears it', async () => {
      const before = await counts();
      expectProblem(await api.post('/v1/consultations', consultation({ estimatedValue: null })), 400, 'estimatedValue');
      expectProblem(await api.post('/v1/consultations', consultation({ unitPrice: null })), 400, 'unitPrice');
      expectProblem(await api.post('/v1/contracts', { fairId: fair.id, companyId, buyerCountry: 'DE', status: 'expected', value: null }), 400, 'value');
      expect(await counts()).toEqual(before);
      const created = (await api.post('/v1/consultations', consultation({ estimatedValue: { amount: '10.00', currency: 'USD' } }))).json();
      const cleared = await api.patch(`/v1/consultations/${created.id}`, { estimatedValue: null });
      expect(cleared.statusCode).toBe(200);
      expect(cleared.json().estimatedValue).toBeNull();
    });
  });

  describe("Fastify's own errors are problem+json", () => {
    it('a URL that does not decode, a path parameter over 100 characters, an unknown route', async () => {
      const badUrl = await api.get('/v1/companies/%ff%fe');
      expectProblem(badUrl, 400);
      expect(badUrl.json()).toMatchObject({ status: 400, title: 'Bad Request' });
      const long = await api.get(`/v1/companies/${'x'.repeat(101)}`);
      expectProblem(long, 414);
      expect(long.json()).toMatchObject({ status: 414, detail: expect.stringContaining('100 characters') });
      expectProblem(await api.get('/v1/no-such-route'), 404);
    });

    it('413, 415 and malformed JSON', async () => {
      expectProblem(await raw('POST', '/v1/companies', JSON.stringify({ name: 'x'.repeat(70_000) })), 413);
      expectProblem(await raw('POST', '/v1/companies', 'name=x', 'application/xml'), 415);
      expectProblem(await raw('POST', '/v1/companies', '{"name":'), 400);
    });
  });

  describe('bodies that are not UTF-8 JSON', () => {
    it('invalid UTF-8 and any charset but utf-8 are a 400; utf-8 is taken', async () => {
      const before = await counts();
      const latin1 = Buffer.concat([Buffer.from('{"name":"Caf'), Buffer.from([0xe9]), Buffer.from('"}')]);
      expectProblem(await raw('POST', '/v1/companies', latin1), 400, '(body)');
      expectProblem(await raw('POST', '/v1/companies', JSON.stringify({ name: 'Café' }), 'application/json; charset=latin1'), 400, '(body)');
      expectProblem(await raw('POST', '/v1/companies', JSON.stringify({ name: 'Café' }), 'application/json; charset=iso-8859-1'), 400, '(body)');
      expect(await counts()).toEqual(before);
      const utf8 = await raw('POST', '/v1/companies', JSON.stringify({ name: 'Café 카페' }), 'application/json; charset=UTF-8');
      expect(utf8.statusCode).toBe(201);
      expect(utf8.json().name).toBe('Café 카페');
    });
  });

  describe('integer query parameters', () => {
    it('are decimal integers only', async () => {
      for (const [url, field] of [['/v1/companies?limit=0x10', 'limit'], ['/v1/companies?limit=1e1', 'limit'], ['/v1/companies?limit=', 'limit'], ['/v1/fairs?year=0x7E1', 'year'], ['/v1/outcomes?year=2017.0', 'year']] as const) {
        expectProblem(await api.get(url), 400, field);
      }
      const page = await api.get('/v1/companies?limit=16');
      expect(page.statusCode).toBe(200);
    });
  });

  describe("moving a fair's dates", () => {
    it('is refused (422 naming the field) when its consultations would fall outside it, and allowed otherwise', async () => {
      const moved = await insertFair(test, a.id, { series: 'kimes', name: 'KIMES 2017', year: 2017 });
      const exhibitor = await insertExhibitor(test, a.id, moved.id);
      const logged = await api.post('/v1/consultations', { fairId: moved.id, companyId: exhibitor, buyerCountry: 'DE', occurredAt: `${moved.startsOn}T04:00:00Z` });
      expect(logged.statusCode).toBe(201);
      const day = logged.json().localDate as string;

      const far = await api.patch(`/v1/fairs/${moved.id}`, { startsOn: '9999-12-30', endsOn: '9999-12-31' });
      expectProblem(far, 422, 'startsOn');
      expect(far.json().detail).toContain(day);
      expectProblem(await api.patch(`/v1/fairs/${moved.id}`, { startsOn: '2016-01-01', endsOn: '2016-01-03' }), 422, 'endsOn');
      expect((await api.get(`/v1/fairs/${moved.id}`)).json()).toMatchObject({ startsOn: moved.startsOn, endsOn: moved.endsOn, version: 1 });

      // One day after the consultation's day still holds it (± 1 day).
      const next = new Date(`${day}T00:00:00Z`);
      next.setUTCDate(next.getUTCDate() + 1);
      const startsOn = next.toISOString().slice(0, 10);
      const ok = await api.patch(`/v1/fairs/${moved.id}`, { startsOn, endsOn: '2017-12-31' });
      expect(ok.statusCode).toBe(200);
    });
  });
});
