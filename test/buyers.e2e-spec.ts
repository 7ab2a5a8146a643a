import { randomUUID } from 'node:crypto';
import { allIds, client, type Client } from './support/http.js';
import { type SeededAgency, type TestApp } from './support/test-app.js';
import { startTwoAgencies } from './support/two-agencies.js';

describe('buyers', () => {
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

  const buyer = (overrides: object = {}) => ({
    organisation: `Klinikum ${randomUUID().slice(0, 6)}`,
    contactName: 'Anna Schmidt',
    email: `anna.${randomUUID().slice(0, 8)}@klinikum.example`,
    phone: '+49 30 1234 5678',
    country: 'de',
    buyerType: 'hospital',
    ...overrides,
  });
  const ids = (response: { json: () => { data: { id: string }[] } }) => response.json().data.map((row) => row.id);
  const count = async () => (await test.db.query('SELECT count(*)::int AS n FROM buyers')).rows[0].n as number;

  it('creates, reads, updates and soft-deletes a buyer', async () => {
    const created = await manager.post('/v1/buyers', buyer({ email: '  Anna.Schmidt@Klinikum.EXAMPLE ' }));
    expect(created.statusCode).toBe(201);
    const body = created.json();
    expect(body).toMatchObject({
      email: 'anna.schmidt@klinikum.example',
      country: 'DE',
      buyerType: 'hospital',
      contactName: 'Anna Schmidt',
      version: 1,
    });
    expect(created.headers.etag).toBe('"1"');
    expect((await manager.get(`/v1/buyers/${body.id}`)).json()).toEqual(body);

    const updated = await manager.patch(
      `/v1/buyers/${body.id}`,
      { country: 'at', contactName: null, email: null, phone: null, buyerType: null },
      { 'if-match': '"1"' },
    );
    expect(updated.statusCode).toBe(200);
    expect(updated.json()).toEqual({
      ...body,
      country: 'AT',
      contactName: null,
      email: null,
      phone: null,
      buyerType: null,
      version: 2,
      updatedAt: expect.any(String),
    });
    expect(updated.headers.etag).toBe('"2"');

    expect((await manager.delete(`/v1/buyers/${body.id}`)).statusCode).toBe(204);
    expect((await manager.get(`/v1/buyers/${body.id}`)).statusCode).toBe(404);
    expect((await manager.patch(`/v1/buyers/${body.id}`, { phone: '1' })).statusCode).toBe(404);
    expect((await manager.delete(`/v1/buyers/${body.id}`)).statusCode).toBe(404);
    expect(await allIds(manager, '/v1/buyers')).not.toContain(body.id);
    const row = await test.db.query('SELECT deleted_at FROM buyers WHERE id = $1', [body.id]);
    expect(row.rows[0].deleted_at).not.toBeNull();
  });

  describe('email uniqueness', () => {
    it('answers 409 with the existing id to a duplicate email, in any letter case', async () => {
      const input = buyer();
      const first = (await manager.post('/v1/buyers', input)).json();
      const before = await count();
      for (const email of [input.email, input.email.toUpperCase()]) {
        const duplicate = await manager.post('/v1/buyers', buyer({ email }));
        expect(duplicate.statusCode).toBe(409);
        expect(duplicate.headers['content-type']).toContain('application/problem+json');
        expect(duplicate.json()).toMatchObject({ status: 409, existingId: first.id });
      }
      expect(await count()).toBe(before);
    });

    it('answers 409 with the existing id to a PATCH onto a taken email and changes nothing', async () => {
      const first = (await manager.post('/v1/buyers', buyer())).json();
      const second = (await manager.post('/v1/buyers', buyer())).json();
      const response = await manager.patch(`/v1/buyers/${second.id}`, { email: first.email.toUpperCase(), phone: '0' });
      expect(response.statusCode).toBe(409);
      expect(response.json().existingId).toBe(first.id);
      expect((await manager.get(`/v1/buyers/${second.id}`)).json()).toEqual(second);
      const own = await manager.patch(`/v1/buyers/${second.id}`, { email: second.email.toUpperCase() });
      expect(own.statusCode).toBe(200);
      expect(own.json().email).toBe(second.email);
    });

    it('lets another agency, or the same agency after a delete, use the email', async () => {
      const input = buyer();
      const first = (await manager.post('/v1/buyers', input)).json();
      expect((await otherAdmin.post('/v1/buyers', input)).statusCode).toBe(201);
      expect((await manager.delete(`/v1/buyers/${first.id}`)).statusCode).toBe(204);
      expect((await manager.post('/v1/buyers', input)).statusCode).toBe(201);
    });

    it('answers the losers of a concurrent race 409 with the winner id', async () => {
      const email = `race.${randomUUID().slice(0, 8)}@klinikum.example`;
      const responses = await Promise.all([1, 2, 3, 4].map(() => manager.post('/v1/buyers', buyer({ email }))));
      const created = responses.filter((r) => r.statusCode === 201);
      expect(created).toHaveLength(1);
      const conflicts = responses.filter((r) => r.statusCode === 409);
      expect(conflicts).toHaveLength(3);
      for (const conflict of conflicts) expect(conflict.json().existingId).toBe(created[0].json().id);
      const rows = await test.db.query('SELECT id FROM buyers WHERE email = $1', [email]);
      expect(rows.rowCount).toBe(1);
    });
  });

  it('filters by country, buyer type, email and organisation substring, and pages', async () => {
    const tag = randomUUID().slice(0, 8);
    const percent = (await manager.post('/v1/buyers', buyer({ organisation: `Care ${tag} 100% Pharma`, country: 'JP', buyerType: 'distributor' }))).json();
    const digits = (await manager.post('/v1/buyers', buyer({ organisation: `Care ${tag} 1000 Pharma`, country: 'JP', buyerType: 'importer' }))).json();
    const underscore = (await manager.post('/v1/buyers', buyer({ organisation: `Care ${tag} a_b`, country: 'VN', buyerType: 'clinic' }))).json();

    const byCountry = (await manager.get('/v1/buyers?country=jp&limit=500')).json();
    expect(byCountry.data.map((r: { id: string }) => r.id)).toEqual(expect.arrayContaining([percent.id, digits.id]));
    expect(byCountry.data.every((r: { country: string }) => r.country === 'JP')).toBe(true);

    const byType = (await manager.get('/v1/buyers?buyerType=clinic&limit=500')).json();
    expect(byType.data.map((r: { id: string }) => r.id)).toContain(underscore.id);
    expect(byType.data.every((r: { buyerType: string }) => r.buyerType === 'clinic')).toBe(true);

    expect(ids(await manager.get(`/v1/buyers?email=${encodeURIComponent(digits.email.toUpperCase())}`))).toEqual([digits.id]);

    expect(ids(await manager.get(`/v1/buyers?q=${encodeURIComponent(`${tag} 100%`)}`))).toEqual([percent.id]);
    expect(ids(await manager.get(`/v1/buyers?q=${encodeURIComponent(`${tag.toUpperCase()} a_b`)}`))).toEqual([underscore.id]);
    expect(ids(await manager.get(`/v1/buyers?q=${encodeURIComponent(`${tag} a%b`)}`))).toEqual([]);
    expect(ids(await manager.get(`/v1/buyers?q=${tag}&country=JP&buyerType=importer`))).toEqual([digits.id]);

    const all = await allIds(manager, '/v1/buyers?limit=1');
    const direct = await test.db.query('SELECT id FROM buyers WHERE agency_id = $1 AND deleted_at IS NULL ORDER BY created_at, id', [a.id]);
    expect(all).toEqual(direct.rows.map((r) => r.id));
    expect(await allIds(manager, `/v1/buyers?q=${tag}&limit=2`)).toEqual([percent.id, digits.id, underscore.id]);

    for (const [query, field] of [
      ['country=KOR', 'country'],
      ['buyerType=broker', 'buyerType'],
      ['email=nope', 'email'],
      ['limit=0', 'limit'],
      ['cursor=bogus', 'cursor'],
    ]) {
      const response = await manager.get(`/v1/buyers?${query}`);
      expect(response.statusCode).toBe(400);
      expect(response.json().errors).toEqual(expect.arrayContaining([expect.objectContaining({ field })]));
    }
  });

  it('rejects bad fields with a 400 naming them and creates nothing', async () => {
    const withoutOrganisation: Record<string, unknown> = buyer();
    delete withoutOrganisation.organisation;
    const before = await count();
    for (const [payload, field] of [
      [withoutOrganisation, 'organisation'],
      [buyer({ organisation: '   ' }), 'organisation'],
      [buyer({ country: 'XX' }), 'country'],
      [buyer({ country: 'KOR' }), 'country'],
      [buyer({ email: 'not-an-email' }), 'email'],
      [buyer({ buyerType: 'broker' }), 'buyerType'],
      [buyer({ fax: '+49 30 1' }), 'fax'],
      [buyer({ agencyId: b.id }), 'agencyId'],
      [buyer({ id: randomUUID() }), 'id'],
      [buyer({ version: 7 }), 'version'],
    ] as const) {
      const response = await manager.post('/v1/buyers', payload);
      expect(response.statusCode).toBe(400);
      expect(response.headers['content-type']).toContain('application/problem+json');
      expect(response.json().errors).toEqual(expect.arrayContaining([expect.objectContaining({ field })]));
    }
    expect(await count()).toBe(before);

    const created = (await manager.post('/v1/buyers', buyer())).json();
    for (const [payload, field] of [
      [{ organisation: null }, 'organisation'],
      [{ country: null }, 'country'],
      [{ country: 'XX' }, 'country'],
      [{ email: 'nope' }, 'email'],
      [{ version: 9 }, 'version'],
    ] as const) {
      const response = await manager.patch(`/v1/buyers/${created.id}`, payload);
      expect(response.statusCode).toBe(400);
      expect(response.json().errors).toEqual(expect.arrayContaining([expect.objectContaining({ field })]));
    }
    expect((await manager.get(`/v1/buyers/${created.id}`)).json()).toEqual(created);
    expect((await manager.get('/v1/buyers/not-a-uuid')).statusCode).toBe(400);
  });

  it('answers 412 to a stale If-Match and leaves the row alone', async () => {
    const created = (await manager.post('/v1/buyers', buyer())).json();
    await manager.patch(`/v1/buyers/${created.id}`, { phone: '+49 1' });
    const stale = await manager.patch(`/v1/buyers/${created.id}`, { phone: '+49 2' }, { 'if-match': '"1"' });
    expect(stale.statusCode).toBe(412);
    expect((await manager.get(`/v1/buyers/${created.id}`)).json()).toMatchObject({ phone: '+49 1', version: 2 });
  });

  it('lets staff create, edit and delete buyers', async () => {
    const created = await staff.post('/v1/buyers', buyer());
    expect(created.statusCode).toBe(201);
    const id = created.json().id;
    const updated = await staff.patch(`/v1/buyers/${id}`, { buyerType: 'government_procurement' }, { 'if-match': '"1"' });
    expect(updated.statusCode).toBe(200);
    expect(updated.json().buyerType).toBe('government_procurement');
    expect((await manager.get(`/v1/buyers/${id}`)).json().version).toBe(2);
    expect((await staff.delete(`/v1/buyers/${id}`)).statusCode).toBe(204);
  });

  it("answers 404 to another agency's buyer and never lists it", async () => {
    const created = (await manager.post('/v1/buyers', buyer({ country: 'SG' }))).json();
    expect((await otherAdmin.get(`/v1/buyers/${created.id}`)).statusCode).toBe(404);
    expect((await otherAdmin.patch(`/v1/buyers/${created.id}`, { phone: 'X' })).statusCode).toBe(404);
    expect((await otherAdmin.delete(`/v1/buyers/${created.id}`)).statusCode).toBe(404);
    expect(await allIds(otherAdmin, '/v1/buyers?limit=500')).not.toContain(created.id);
    expect(ids(await otherAdmin.get(`/v1/buyers?email=${encodeURIComponent(created.email)}`))).toEqual([]);
    expect(ids(await otherAdmin.get(`/v1/buyers?q=${encodeURIComponent(created.organisation)}&country=SG`))).toEqual([]);
    const row = await test.db.query('SELECT phone, version, deleted_at FROM buyers WHERE id = $1', [created.id]);
    expect(row.rows[0]).toEqual({ phone: created.phone, version: 1, deleted_at: null });
  });

  it('refuses to delete a buyer that live consultations or contracts reference', async () => {
    const created = (await manager.post('/v1/buyers', buyer())).json();
    const fair = await test.db.query<{ id: string }>(
      `INSERT INTO fairs (agency_id, series, name, year, city, country, starts_on, ends_on, timezone, version)
       VALUES ($1, 'medica', 'MEDICA 2026', 2026, 'Düsseldorf', 'DE', '2026-11-16', '2026-11-19', 'Europe/Berlin', 1) RETURNING id`,
      [a.id],
    );
    const company = await test.db.query<{ id: string }>(
      `INSERT INTO companies (agency_id, name, version) VALUES ($1, 'Wonju Medi', 1) RETURNING id`,
      [a.id],
    );
    const consultation = await test.db.query<{ id: string }>(
      `INSERT INTO consultations (agency_id, fair_id, company_id, buyer_id, buyer_country, occurred_at, local_date, logged_by, version)
       VALUES ($1, $2, $3, $4, 'DE', '2026-11-16T10:00:00Z', '2026-11-16', $5, 1) RETURNING id`,
      [a.id, fair.rows[0].id, company.rows[0].id, created.id, a.staff.id],
    );
    const contract = await test.db.query<{ id: string }>(
      `INSERT INTO contracts (agency_id, fair_id, company_id, buyer_id, buyer_country, status, value_amount, value_currency, value_usd, created_by, version)
       VALUES ($1, $2, $3, $4, 'DE', 'expected', 1000.00, 'USD', 1000.00, $5, 1) RETURNING id`,
      [a.id, fair.rows[0].id, company.rows[0].id, created.id, a.manager.id],
    );

    const refused = await manager.delete(`/v1/buyers/${created.id}`);
    expect(refused.statusCode).toBe(409);
    expect(refused.headers['content-type']).toContain('application/problem+json');
    await test.db.query('UPDATE consultations SET deleted_at = now() WHERE id = $1', [consultation.rows[0].id]);
    expect((await staff.delete(`/v1/buyers/${created.id}`)).statusCode).toBe(409);
    expect((await manager.get(`/v1/buyers/${created.id}`)).statusCode).toBe(200);

    await test.db.query('UPDATE contracts SET deleted_at = now() WHERE id = $1', [contract.rows[0].id]);
    expect((await staff.delete(`/v1/buyers/${created.id}`)).statusCode).toBe(204);
  });
});
