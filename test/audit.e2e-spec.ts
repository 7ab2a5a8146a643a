import { client, type Client } from './support/http.js';
import { insertExhibitor, insertFair, type FairRow } from './support/records.js';
import { type SeededAgency, type TestApp } from './support/test-app.js';
import { startTwoAgencies } from './support/two-agencies.js';

interface Entry {
  id: string;
  actor: { type: string; id: string | null };
  action: string;
  entity: string;
  recordId: string;
  before: Record<string, unknown>;
  after: Record<string, unknown>;
}

describe('audit log and buyers personal data', () => {
  let test: TestApp;
  let a: SeededAgency;
  let b: SeededAgency;
  let admin: Client;
  let staff: Client;
  let fair: FairRow;
  let companyId: string;

  const audit = async (query: string) => {
    const response = await admin.get(`/v1/audit?${query}`);
    expect(response.statusCode).toBe(200);
    return response.json<{ data: Entry[]; nextCursor: string | null }>();
  };
  const newBuyer = async () =>
    (await staff.post('/v1/buyers', { organisation: 'Charité', contactName: 'Anna Schmidt', email: `anna.${Date.now()}@charite.example`, phone: '+49 30 1', country: 'DE' })).json<{ id: string; email: string }>();

  beforeAll(async () => {
    ({ test, a, b } = await startTwoAgencies());
    admin = client(test, a.admin.token);
    staff = client(test, a.staff.token);
    fair = await insertFair(test, a.id, { startsOn: '2017-05-15', endsOn: '2017-05-18' });
    companyId = await insertExhibitor(test, a.id, fair.id);
  });
  afterAll(() => test.close());

  it('records who wrote what to which record, with the changed fields before and after', async () => {
    const created = await staff.post('/v1/consultations', {
      fairId: fair.id, companyId, buyerCountry: 'DE', occurredAt: '2017-05-16T03:00:00Z', estimatedValue: { amount: '1000.00', currency: 'USD' },
    });
    expect(created.statusCode).toBe(201);
    const id = created.json<{ id: string }>().id;
    expect((await staff.patch(`/v1/consultations/${id}`, { stage: 'negotiating' })).statusCode).toBe(200);
    expect((await staff.delete(`/v1/consultations/${id}`)).statusCode).toBe(204);

    const { data } = await audit(`recordId=${id}`);
    expect(data.map((entry) => entry.action)).toEqual(['delete', 'update', 'create']);
    for (const entry of data) expect(entry).toMatchObject({ actor: { type: 'user', id: a.staff.id }, entity: 'consultations', recordId: id });
    expect(data[1]).toMatchObject({ before: { stage: 'consulted' }, after: { stage: 'negotiating' } });
    expect(Object.keys(data[1].after)).toEqual(['stage']);
    expect(data[2].after).toMatchObject({ fairId: fair.id, companyId, estimatedAmount: '1000.00', estimatedUsd: '1000.00', stage: 'consulted' });
    expect(data[0].before).toEqual({ deletedAt: null });
  });

  it('filters by actor, pages with a cursor, and shows nothing of another agency', async () => {
    for (const name of ['A', 'B', 'C']) expect((await admin.post('/v1/companies', { name: `Audit ${name}` })).statusCode).toBe(201);
    const byAdmin = await audit(`actorId=${a.admin.id}&entity=companies&limit=2`);
    expect(byAdmin.data).toHaveLength(2);
    expect(byAdmin.data.every((entry) => entry.actor.id === a.admin.id)).toBe(true);
    const rest = await audit(`actorId=${a.admin.id}&entity=companies&limit=2&cursor=${byAdmin.nextCursor}`);
    expect(rest.data).toHaveLength(1);
    expect(rest.nextCursor).toBeNull();
    expect(new Set([...byAdmin.data, ...rest.data].map((entry) => entry.after.name))).toEqual(new Set(['Audit A', 'Audit B', 'Audit C']));

    const other = (await client(test, b.admin.token).get('/v1/audit?limit=500')).json<{ data: Entry[] }>().data;
    expect(other.filter((entry) => entry.actor.id === a.admin.id || entry.actor.id === a.staff.id)).toEqual([]);
    expect((await staff.get('/v1/audit')).statusCode).toBe(403);
    expect((await client(test, a.manager.token).get('/v1/audit')).statusCode).toBe(403);
    expect((await admin.get('/v1/audit?recordId=nope')).statusCode).toBe(400);
    expect((await admin.get('/v1/audit?cursor=abc')).statusCode).toBe(400);
  });

  it('audits matchmaking records too: interpreters, profiles (by the company they describe) and meetings', async () => {
    const manager = client(test, a.manager.token);
    const interpreter = await manager.post('/v1/interpreters', { name: 'Kim', languages: ['ar'] });
    expect(interpreter.statusCode).toBe(201);
    const interpreterId = interpreter.json<{ id: string }>().id;
    expect((await audit(`recordId=${interpreterId}`)).data).toMatchObject([
      { action: 'create', entity: 'interpreters', actor: { type: 'user', id: a.manager.id }, after: { name: 'Kim', languages: ['ar'] } },
    ]);

    await test.db.query(`INSERT INTO categories (agency_id, slug, name) VALUES ($1, 'dental', 'Dental') ON CONFLICT DO NOTHING`, [a.id]);
    expect((await manager.put(`/v1/companies/${companyId}/profile`, { categories: ['dental'], certifications: [], targetMarkets: ['DE'] })).statusCode).toBe(200);
    expect((await audit(`recordId=${companyId}&entity=company_profiles`)).data).toMatchObject([
      { action: 'create', recordId: companyId, actor: { id: a.manager.id }, after: { categories: ['dental'], targetMarkets: ['DE'] } },
    ]);

    const buyer = await newBuyer();
    const meeting = await staff.post(`/v1/fairs/${fair.id}/meetings`, { companyId, buyerId: buyer.id });
    expect(meeting.statusCode).toBe(201);
    const meetingId = meeting.json<{ id: string }>().id;
    expect((await staff.post(`/v1/fairs/${fair.id}/meetings/${meetingId}/accept`, {})).statusCode).toBe(200);
    const { data } = await audit(`recordId=${meetingId}`);
    expect(data.map((entry) => [entry.action, entry.actor.id])).toEqual([['update', a.staff.id], ['create', a.staff.id]]);
    expect(data[0]).toMatchObject({ before: { status: 'requested' }, after: { status: 'accepted' } });
  });

  it('is append-only: the database refuses UPDATE, DELETE and TRUNCATE', async () => {
    await expect(test.db.query(`UPDATE audit_log SET action = 'update'`)).rejects.toThrow(/append-only/);
    await expect(test.db.query('DELETE FROM audit_log')).rejects.toThrow(/append-only/);
    await expect(test.db.query('TRUNCATE audit_log')).rejects.toThrow(/append-only/);
  });

  it('keeps no personal data: buyer contact fields are logged as changed, never by value', async () => {
    const buyer = await newBuyer();
    const [entry] = (await audit(`recordId=${buyer.id}`)).data;
    expect(entry.after).toMatchObject({ organisation: 'Charité', contactName: '(personal data)', email: '(personal data)', phone: '(personal data)' });
    const { rows } = await test.db.query(`SELECT count(*)::int AS n FROM audit_log WHERE before::text LIKE '%Anna%' OR after::text LIKE '%Anna%' OR after::text LIKE '%charite.example%'`);
    expect(rows[0].n).toBe(0);
  });

  describe('personal data of one buyer', () => {
    it('exports everything held about the buyer (admins only)', async () => {
      const buyer = await newBuyer();
      const consultation = await staff.post('/v1/consultations', { fairId: fair.id, companyId, buyerId: buyer.id, occurredAt: '2017-05-16T03:00:00Z' });
      expect(consultation.statusCode).toBe(201);
      const exported = await admin.get(`/v1/buyers/${buyer.id}/personal-data`);
      expect(exported.statusCode).toBe(200);
      expect(exported.json()).toMatchObject({
        buyer: { id: buyer.id, contactName: 'Anna Schmidt', email: buyer.email, phone: '+49 30 1' },
        buyerDeletedAt: null,
        consultations: [{ id: consultation.json<{ id: string }>().id, buyerId: buyer.id }],
        contracts: [],
        history: [{ action: 'create', recordId: buyer.id }],
      });
      expect((await staff.get(`/v1/buyers/${buyer.id}/personal-data`)).statusCode).toBe(403);
      expect((await client(test, b.admin.token).get(`/v1/buyers/${buyer.id}/personal-data`)).statusCode).toBe(404);
    });

    it('erases contact fields, keeps records and totals, frees the email, and audits without the erased values', async () => {
      const buyer = await newBuyer();
      const created = await staff.post(
        '/v1/contracts',
        { fairId: fair.id, companyId, buyerId: buyer.id, status: 'signed', signedOn: '2017-05-17', value: { amount: '5000.00', currency: 'USD' } },
        { 'idempotency-key': `contract-${buyer.id}` },
      );
      expect(created.statusCode).toBe(201);
      await staff.post('/v1/buyers', { organisation: 'Charité', email: buyer.email, country: 'DE' }, { 'idempotency-key': `buyer-${buyer.id}` });
      const records = async () =>
        (await test.db.query(`SELECT count(*)::int AS n, sum(value_usd)::text AS usd FROM contracts WHERE buyer_id = $1 AND deleted_at IS NULL`, [buyer.id])).rows[0];
      const before = await records();

      expect((await staff.post(`/v1/buyers/${buyer.id}/erase`, {})).statusCode).toBe(403);
      expect((await client(test, b.admin.token).post(`/v1/buyers/${buyer.id}/erase`, {})).statusCode).toBe(404);
      const erased = await admin.post(`/v1/buyers/${buyer.id}/erase`, {});
      expect(erased.statusCode).toBe(200);
      expect(erased.json()).toMatchObject({ id: buyer.id, organisation: 'Charité', country: 'DE', contactName: null, email: null, phone: null });

      const { rows } = await test.db.query('SELECT contact_name, email, phone FROM buyers WHERE id = $1', [buyer.id]);
      expect(rows[0]).toEqual({ contact_name: null, email: null, phone: null });
      expect(await records()).toEqual(before);
      const leftovers = await test.db.query(
        `SELECT (SELECT count(*) FROM audit_log WHERE before::text LIKE '%' || $1 || '%' OR after::text LIKE '%' || $1 || '%')::int AS audit,
                (SELECT count(*) FROM idempotency_keys WHERE response_body::text LIKE '%' || $1 || '%')::int AS replays`,
        [buyer.email],
      );
      expect(leftovers.rows[0]).toEqual({ audit: 0, replays: 0 });
      const [entry] = (await audit(`recordId=${buyer.id}`)).data;
      expect(entry).toMatchObject({ action: 'update', actor: { type: 'user', id: a.admin.id }, after: { contactName: null, email: null, phone: null } });
      expect(entry.before).toEqual({ contactName: '(personal data)', email: '(personal data)', phone: '(personal data)' });
      expect((await staff.post('/v1/buyers', { organisation: 'Another', email: buyer.email, country: 'DE' })).statusCode).toBe(201);
    });
  });
});
