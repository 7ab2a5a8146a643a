import { randomUUID } from 'node:crypto';
import { allIds, client, type Client } from './support/http.js';
import { type SeededAgency, type TestApp } from './support/test-app.js';
import { startTwoAgencies } from './support/two-agencies.js';

describe('companies', () => {
  let test: TestApp;
  let a: SeededAgency;
  let b: SeededAgency;
  let manager: Client;
  let staff: Client;
  let otherAdmin: Client;

  beforeAll(async () => {
    ({ test, a, b } = await startTwoAgencies());
    manager = client(test, a.manager.token);
    staff = client(test, a.staff.token);
    otherAdmin = client(test, b.admin.token);
  });
  afterAll(() => test.close());

  const company = (overrides: object = {}) => ({
    name: `Medi ${randomUUID().slice(0, 6)}`,
    localName: '메디',
    registrationNumber: randomUUID().slice(0, 12),
    region: 'Gangwon',
    productCategories: ['patient monitoring'],
    certifications: ['ce', 'MFDS'],
    website: 'https://medi.example',
    ...overrides,
  });
  const count = async () => (await test.db.query('SELECT count(*)::int AS n FROM companies')).rows[0].n as number;

  it('creates, reads, updates and soft-deletes a company', async () => {
    const created = await manager.post('/v1/companies', company());
    expect(created.statusCode).toBe(201);
    const body = created.json();
    expect(body).toMatchObject({ certifications: ['CE', 'MFDS'], version: 1, region: 'Gangwon' });
    expect(created.headers.etag).toBe('"1"');

    const updated = await manager.patch(`/v1/companies/${body.id}`, { region: 'Seoul', localName: null }, { 'if-match': '"1"' });
    expect(updated.statusCode).toBe(200);
    expect(updated.json()).toMatchObject({ region: 'Seoul', localName: null, version: 2 });

    expect((await manager.delete(`/v1/companies/${body.id}`)).statusCode).toBe(204);
    expect((await manager.get(`/v1/companies/${body.id}`)).statusCode).toBe(404);
    expect(await allIds(manager, '/v1/companies')).not.toContain(body.id);
    const row = await test.db.query('SELECT deleted_at FROM companies WHERE id = $1', [body.id]);
    expect(row.rows[0].deleted_at).not.toBeNull();
  });

  it('keeps a language (ko by default) that round-trips through create, read, update and list', async () => {
    const plain = (await manager.post('/v1/companies', company())).json();
    expect(plain.language).toBe('ko');
    const created = await manager.post('/v1/companies', company({ language: 'en' }));
    expect(created.statusCode).toBe(201);
    const { id } = created.json();
    expect(created.json().language).toBe('en');
    expect((await manager.get(`/v1/companies/${id}`)).json().language).toBe('en');
    const updated = await manager.patch(`/v1/companies/${id}`, { language: 'ko' });
    expect(updated.json()).toMatchObject({ language: 'ko', version: 2 });
    const listed = (await manager.get(`/v1/companies?registrationNumber=${updated.json().registrationNumber}`)).json();
    expect(listed.data.map((c: { language: string }) => c.language)).toEqual(['ko']);
    const rows = await test.db.query('SELECT id, language FROM companies WHERE id = ANY($1) ORDER BY id', [[plain.id, id]]);
    expect(rows.rows).toEqual([plain.id, id].sort().map((key) => ({ id: key, language: 'ko' })));
    const event = await test.db.query(`SELECT changed_fields FROM change_events WHERE record_id = $1 AND type = 'company.updated'`, [id]);
    expect(event.rows).toEqual([{ changed_fields: ['language'] }]);
  });

  it('refuses a language that is not ko or en (400 naming language) on create and update, changing nothing', async () => {
    const before = await count();
    for (const language of ['fr', 'KO', '', 7]) {
      const response = await manager.post('/v1/companies', company({ language }));
      expect({ language, status: response.statusCode }).toEqual({ language, status: 400 });
      expect(response.json().errors).toEqual([expect.objectContaining({ field: 'language' })]);
    }
    expect((await manager.post('/v1/companies', company({ language: null }))).json().errors).toEqual([expect.objectContaining({ field: 'language' })]);
    expect(await count()).toBe(before);
    const { id } = (await manager.post('/v1/companies', company({ language: 'en' }))).json();
    for (const language of ['de', null]) {
      const response = await manager.patch(`/v1/companies/${id}`, { language });
      expect({ language, status: response.statusCode }).toEqual({ language, status: 400 });
      expect(response.json().errors).toEqual([expect.objectContaining({ field: 'language' })]);
    }
    expect((await test.db.query('SELECT language, version FROM companies WHERE id = $1', [id])).rows[0]).toEqual({ language: 'en', version: 1 });
    // The database holds the same rule as the API: the CHECK is built from the DTO's constant.
    await expect(test.db.query(`UPDATE companies SET language = 'fr' WHERE id = $1`, [id])).rejects.toThrow(/companies_language_check/);
  });

  it('keeps registration numbers unique per agency, not across agencies', async () => {
    const input = company();
    expect((await manager.post('/v1/companies', input)).statusCode).toBe(201);
    expect((await manager.post('/v1/companies', { ...input, name: 'Other' })).statusCode).toBe(409);
    expect((await otherAdmin.post('/v1/companies', input)).statusCode).toBe(201);
  });

  it('filters by registration number, name substring and region, and pages', async () => {
    const input = company({ name: 'Zeta Dental Works', region: 'Busan' });
    const created = (await manager.post('/v1/companies', input)).json();
    const byNumber = (await manager.get(`/v1/companies?registrationNumber=${input.registrationNumber}`)).json();
    expect(byNumber.data.map((c: { id: string }) => c.id)).toEqual([created.id]);
    const byName = (await manager.get('/v1/companies?q=dental%20work')).json();
    expect(byName.data.map((c: { id: string }) => c.id)).toContain(created.id);
    const byRegion = (await manager.get('/v1/companies?region=Busan')).json();
    expect(byRegion.data.every((c: { region: string }) => c.region === 'Busan')).toBe(true);

    const all = await allIds(manager, '/v1/companies?limit=1');
    const direct = await test.db.query('SELECT id FROM companies WHERE agency_id = $1 AND deleted_at IS NULL ORDER BY created_at, id', [a.id]);
    expect(all).toEqual(direct.rows.map((r) => r.id));
  });

  it('rejects bad fields with a 400 naming them and creates nothing', async () => {
    const before = await count();
    for (const [payload, field] of [
      [company({ name: '' }), 'name'],
      [company({ website: 'not a url' }), 'website'],
      [company({ certifications: 'CE' }), 'certifications'],
      [company({ agencyId: b.id }), 'agencyId'],
      [company({ version: 7 }), 'version'],
    ] as const) {
      const response = await manager.post('/v1/companies', payload);
      expect(response.statusCode).toBe(400);
      expect(response.json().errors).toEqual(expect.arrayContaining([expect.objectContaining({ field })]));
    }
    const nulled = await manager.post('/v1/companies', company());
    const patchNull = await manager.patch(`/v1/companies/${nulled.json().id}`, { name: null });
    expect(patchNull.statusCode).toBe(400);
    expect(patchNull.json().errors[0].field).toBe('name');
    expect(await count()).toBe(before + 1);
  });

  it('answers 412 to a stale If-Match and leaves the row alone', async () => {
    const created = (await manager.post('/v1/companies', company())).json();
    await manager.patch(`/v1/companies/${created.id}`, { region: 'Incheon' });
    const stale = await manager.patch(`/v1/companies/${created.id}`, { region: 'Daegu' }, { 'if-match': '"1"' });
    expect(stale.statusCode).toBe(412);
    expect((await manager.get(`/v1/companies/${created.id}`)).json()).toMatchObject({ region: 'Incheon', version: 2 });
  });

  it('lets staff read companies but not write them', async () => {
    const created = (await manager.post('/v1/companies', company())).json();
    expect((await staff.get(`/v1/companies/${created.id}`)).statusCode).toBe(200);
    expect((await staff.post('/v1/companies', company())).statusCode).toBe(403);
    expect((await staff.patch(`/v1/companies/${created.id}`, { region: 'X' })).statusCode).toBe(403);
    expect((await staff.delete(`/v1/companies/${created.id}`)).statusCode).toBe(403);
  });

  it("answers 404 to another agency's company and never lists it", async () => {
    const created = (await manager.post('/v1/companies', company())).json();
    expect((await otherAdmin.get(`/v1/companies/${created.id}`)).statusCode).toBe(404);
    expect((await otherAdmin.patch(`/v1/companies/${created.id}`, { region: 'X' })).statusCode).toBe(404);
    expect((await otherAdmin.delete(`/v1/companies/${created.id}`)).statusCode).toBe(404);
    expect(await allIds(otherAdmin, '/v1/companies?limit=500')).not.toContain(created.id);
    const row = await test.db.query('SELECT region, deleted_at FROM companies WHERE id = $1', [created.id]);
    expect(row.rows[0]).toEqual({ region: 'Gangwon', deleted_at: null });
  });
});
