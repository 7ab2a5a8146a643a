import { randomUUID } from 'node:crypto';
import { allIds, client, type Client } from './support/http.js';
import { type SeededAgency, type TestApp } from './support/test-app.js';
import { startTwoAgencies } from './support/two-agencies.js';

describe('fairs', () => {
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

  const suffix = () => randomUUID().slice(0, 8);
  const fair = (overrides: object = {}) => ({
    series: 'cmef',
    name: `CMEF ${suffix()}`,
    year: 2017,
    city: 'Shanghai',
    country: 'cn',
    venue: 'National Exhibition and Convention Center',
    startsOn: '2017-05-15',
    endsOn: '2017-05-18',
    timezone: 'Asia/Shanghai',
    ...overrides,
  });
  const createFair = async (api: Client = manager, overrides: object = {}) => {
    const response = await api.post('/v1/fairs', fair(overrides));
    expect(response.statusCode).toBe(201);
    return response.json<{ id: string; version: number }>();
  };
  const createCompany = async (api: Client = manager) => {
    const response = await api.post('/v1/companies', { name: `Medi ${suffix()}` });
    expect(response.statusCode).toBe(201);
    return response.json<{ id: string; name: string }>();
  };
  const fairCount = async () => (await test.db.query('SELECT count(*)::int AS n FROM fairs')).rows[0].n as number;
  const allMarks = async (fairId: string) =>
    (await test.db.query('SELECT count(*)::int AS n FROM outcome_changes WHERE fair_id = $1', [fairId])).rows[0].n as number;
  /** Stale marks since the fair was created (creating it leaves one, so its zero outcome gets computed). */
  const staleMarks = async (fairId: string) => (await allMarks(fairId)) - 1;
  const insertConsultation = async (fairId: string, companyId: string, occurredAt: string, localDate: string) =>
    (
      await test.db.query(
        `INSERT INTO consultations (agency_id, fair_id, company_id, buyer_country, occurred_at, local_date, logged_by, version)
         VALUES ($1, $2, $3, 'DE', $4, $5, $6, 1) RETURNING id`,
        [a.id, fairId, companyId, occurredAt, localDate, a.staff.id],
      )
    ).rows[0].id as string;
  const ids = (response: { json: () => { data: { id: string }[] } }) => response.json().data.map((row) => row.id);

  /** Follows `nextCursor` through a fair's participants and returns their company ids. */
  const allParticipants = async (api: Client, fairId: string, limit = 500): Promise<string[]> => {
    const companyIds: string[] = [];
    let next: string | null = null;
    do {
      const cursor: string = next ? `&cursor=${encodeURIComponent(next)}` : '';
      const response = await api.get(`/v1/fairs/${fairId}/participants?limit=${limit}${cursor}`);
      expect(response.statusCode).toBe(200);
      const page = response.json<{ data: { companyId: string }[]; nextCursor: string | null }>();
      companyIds.push(...page.data.map((row) => row.companyId));
      next = page.nextCursor;
    } while (next);
    return companyIds;
  };

  it('creates, reads, updates and soft-deletes a fair', async () => {
    const created = await manager.post('/v1/fairs', fair({ name: 'CMEF 2017' }));
    expect(await allMarks(created.json<{ id: string }>().id)).toBe(1);
    expect(created.statusCode).toBe(201);
    expect(created.headers.etag).toBe('"1"');
    const body = created.json();
    expect(body).toEqual({
      id: expect.any(String),
      series: 'cmef',
      name: 'CMEF 2017',
      year: 2017,
      city: 'Shanghai',
      country: 'CN',
      venue: 'National Exhibition and Convention Center',
      startsOn: '2017-05-15',
      endsOn: '2017-05-18',
      timezone: 'Asia/Shanghai',
      kind: 'trade_fair',
      version: 1,
      createdAt: expect.stringMatching(/Z$/),
      updatedAt: expect.stringMatching(/Z$/),
    });
    expect((await manager.get(`/v1/fairs/${body.id}`)).json()).toEqual(body);

    const updated = await manager.patch(`/v1/fairs/${body.id}`, { venue: null, kind: 'trade_mission' }, { 'if-match': '"1"' });
    expect(updated.statusCode).toBe(200);
    expect(updated.headers.etag).toBe('"2"');
    expect(updated.json()).toMatchObject({ venue: null, kind: 'trade_mission', name: 'CMEF 2017', version: 2 });

    expect((await manager.delete(`/v1/fairs/${body.id}`)).statusCode).toBe(204);
    expect((await manager.get(`/v1/fairs/${body.id}`)).statusCode).toBe(404);
    expect((await manager.patch(`/v1/fairs/${body.id}`, { name: 'Gone' })).statusCode).toBe(404);
    expect(await allIds(manager, '/v1/fairs')).not.toContain(body.id);
    const row = await test.db.query('SELECT deleted_at FROM fairs WHERE id = $1', [body.id]);
    expect(row.rows[0].deleted_at).not.toBeNull();
  });

  it('filters by year, series, country, kind and start-date range, and pages', async () => {
    const series = `medica-${suffix()}`;
    const first = await createFair(manager, { series, year: 2017, country: 'CN', startsOn: '2017-05-15', endsOn: '2017-05-18' });
    const second = await createFair(manager, {
      series,
      year: 2018,
      country: 'AE',
      city: 'Dubai',
      timezone: 'Asia/Dubai',
      kind: 'consultation_meeting',
      startsOn: '2018-01-29',
      endsOn: '2018-02-01',
    });
    const third = await createFair(manager, { series, year: 2018, country: 'KR', city: 'Seoul', timezone: 'Asia/Seoul', kind: 'trade_mission', startsOn: '2018-03-15', endsOn: '2018-03-18' });

    expect(ids(await manager.get(`/v1/fairs?series=${series}`))).toEqual([first.id, second.id, third.id]);
    expect(ids(await manager.get(`/v1/fairs?series=${series}&year=2018`))).toEqual([second.id, third.id]);
    expect(ids(await manager.get(`/v1/fairs?series=${series}&country=ae`))).toEqual([second.id]);
    expect(ids(await manager.get(`/v1/fairs?series=${series}&kind=trade_mission`))).toEqual([third.id]);
    expect(ids(await manager.get(`/v1/fairs?series=${series}&from=2018-01-29&to=2018-03-14`))).toEqual([second.id]);
    expect(ids(await manager.get(`/v1/fairs?series=${series}&to=2017-05-15`))).toEqual([first.id]);
    expect(ids(await manager.get(`/v1/fairs?series=${series}&from=2018-03-16`))).toEqual([]);
    const byYear = (await manager.get('/v1/fairs?year=2017&limit=500')).json();
    expect(byYear.data.every((f: { year: number }) => f.year === 2017)).toBe(true);

    const all = await allIds(manager, '/v1/fairs?limit=2');
    const direct = await test.db.query('SELECT id FROM fairs WHERE agency_id = $1 AND deleted_at IS NULL ORDER BY created_at, id', [a.id]);
    expect(all).toEqual(direct.rows.map((r) => r.id));

    for (const [query, field] of [
      ['kind=expo', 'kind'],
      ['year=1989', 'year'],
      ['country=ZZ', 'country'],
      ['series=Arab%20Health', 'series'],
      ['from=2018-02-30', 'from'],
      ['from=2018-02-01&to=2018-01-01', 'to'],
      ['limit=501', 'limit'],
    ] as const) {
      const response = await manager.get(`/v1/fairs?${query}`);
      expect(response.statusCode).toBe(400);
      expect(response.json().errors).toEqual(expect.arrayContaining([expect.objectContaining({ field })]));
    }
  });

  it('rejects bad fields with a 400 naming them and creates nothing', async () => {
    const before = await fairCount();
    for (const [payload, field] of [
      [fair({ series: 'Arab Health' }), 'series'],
      [fair({ series: 'arab--health' }), 'series'],
      [fair({ country: 'ZZ' }), 'country'],
      [fair({ timezone: 'Mars/Olympus' }), 'timezone'],
      [fair({ startsOn: '2017-05-18', endsOn: '2017-05-15' }), 'endsOn'],
      [fair({ startsOn: '2017-02-30', endsOn: '2017-03-02' }), 'startsOn'],
      [fair({ endsOn: '18/05/2017' }), 'endsOn'],
      [fair({ kind: 'expo' }), 'kind'],
      [fair({ kind: null }), 'kind'],
      [fair({ year: 1989 }), 'year'],
      [fair({ year: '2017' }), 'year'],
      [fair({ name: '' }), 'name'],
      [fair({ booths: 12 }), 'booths'],
      [fair({ agencyId: b.id }), 'agencyId'],
      [fair({ version: 7 }), 'version'],
    ] as const) {
      const response = await manager.post('/v1/fairs', payload);
      expect(response.statusCode).toBe(400);
      expect(response.json().errors).toEqual(expect.arrayContaining([expect.objectContaining({ field })]));
    }
    expect(await fairCount()).toBe(before);

    const created = await createFair();
    for (const [payload, field] of [
      [{ name: null }, 'name'],
      [{ kind: null }, 'kind'],
      [{ timezone: 'Mars/Olympus' }, 'timezone'],
      [{ startsOn: '2017-05-20', endsOn: '2017-05-19' }, 'endsOn'],
      [{ agencyId: b.id }, 'agencyId'],
    ] as const) {
      const response = await manager.patch(`/v1/fairs/${created.id}`, payload);
      expect(response.statusCode).toBe(400);
      expect(response.json().errors).toEqual(expect.arrayContaining([expect.objectContaining({ field })]));
    }
    expect(await fairCount()).toBe(before + 1);
  });

  it('answers 422 when a PATCH would end the fair before its stored start', async () => {
    const created = await createFair();
    const response = await manager.patch(`/v1/fairs/${created.id}`, { endsOn: '2017-05-14' });
    expect(response.statusCode).toBe(422);
    expect(response.json().errors).toEqual([expect.objectContaining({ field: 'endsOn' })]);
    const early = await manager.patch(`/v1/fairs/${created.id}`, { startsOn: '2017-05-19' });
    expect(early.statusCode).toBe(422);
    expect((await manager.get(`/v1/fairs/${created.id}`)).json()).toMatchObject({ startsOn: '2017-05-15', endsOn: '2017-05-18', version: 1 });
    expect(await staleMarks(created.id)).toBe(0);
  });

  it('answers 412 to a stale If-Match and leaves the row alone', async () => {
    const created = await createFair();
    expect((await manager.patch(`/v1/fairs/${created.id}`, { city: 'Guangzhou' })).statusCode).toBe(200);
    const stale = await manager.patch(`/v1/fairs/${created.id}`, { city: 'Beijing' }, { 'if-match': '"1"' });
    expect(stale.statusCode).toBe(412);
    expect((await manager.get(`/v1/fairs/${created.id}`)).json()).toMatchObject({ city: 'Guangzhou', version: 2 });
  });

  it('lets staff read fairs and participants but not write them', async () => {
    const created = await createFair();
    const company = await createCompany();
    expect((await manager.post(`/v1/fairs/${created.id}/participants`, { companyId: company.id })).statusCode).toBe(201);
    const other = await createCompany();

    expect((await staff.get(`/v1/fairs/${created.id}`)).statusCode).toBe(200);
    expect(await allIds(staff, '/v1/fairs')).toContain(created.id);
    expect((await staff.post('/v1/fairs', fair())).statusCode).toBe(403);
    expect((await staff.patch(`/v1/fairs/${created.id}`, { city: 'X' })).statusCode).toBe(403);
    expect((await staff.delete(`/v1/fairs/${created.id}`)).statusCode).toBe(403);

    const participants = `/v1/fairs/${created.id}/participants`;
    expect(await allParticipants(staff, created.id)).toEqual([company.id]);
    expect((await staff.get(`${participants}/${company.id}`)).statusCode).toBe(200);
    expect((await staff.post(participants, { companyId: other.id })).statusCode).toBe(403);
    expect((await staff.patch(`${participants}/${company.id}`, { booth: 'B1' })).statusCode).toBe(403);
    expect((await staff.delete(`${participants}/${company.id}`)).statusCode).toBe(403);
    expect(await allParticipants(manager, created.id)).toEqual([company.id]);
    expect(await staleMarks(created.id)).toBe(1);
  });

  it('adds, lists, updates and removes participants, marking the outcome stale on every write', async () => {
    const created = await createFair();
    const company = await createCompany();
    const participants = `/v1/fairs/${created.id}/participants`;

    const added = await manager.post(participants, { companyId: company.id, booth: ' Hall 7, K21 ' });
    expect(added.statusCode).toBe(201);
    expect(added.headers.etag).toBe('"1"');
    expect(added.json()).toEqual({
      fairId: created.id,
      companyId: company.id,
      companyName: company.name,
      booth: 'Hall 7, K21',
      version: 1,
      createdAt: expect.stringMatching(/Z$/),
      updatedAt: expect.stringMatching(/Z$/),
    });
    expect(await staleMarks(created.id)).toBe(1);
    expect((await manager.get(`${participants}/${company.id}`)).json()).toEqual(added.json());
    expect(await allParticipants(manager, created.id)).toEqual([company.id]);

    expect((await manager.post(participants, { companyId: company.id })).statusCode).toBe(409);
    expect(await staleMarks(created.id)).toBe(1);

    const updated = await manager.patch(`${participants}/${company.id}`, { booth: 'Hall 8, A1' }, { 'if-match': '"1"' });
    expect(updated.statusCode).toBe(200);
    expect(updated.json()).toMatchObject({ booth: 'Hall 8, A1', companyName: company.name, version: 2 });
    expect(await staleMarks(created.id)).toBe(2);
    const stored = await test.db.query('SELECT agency_id, company_id FROM participations WHERE fair_id = $1', [created.id]);
    expect(stored.rows).toEqual([{ agency_id: a.id, company_id: company.id }]);
    const stale = await manager.patch(`${participants}/${company.id}`, { booth: 'Lobby' }, { 'if-match': '"1"' });
    expect(stale.statusCode).toBe(412);
    const cleared = await manager.patch(`${participants}/${company.id}`, { booth: null });
    expect(cleared.json()).toMatchObject({ booth: null, version: 3 });
    expect(await staleMarks(created.id)).toBe(3);
    const moved = await manager.patch(`${participants}/${company.id}`, { companyId: randomUUID() });
    expect(moved.statusCode).toBe(400);
    expect(moved.json().errors[0].field).toBe('companyId');

    expect((await manager.delete(`${participants}/${company.id}`)).statusCode).toBe(204);
    expect(await staleMarks(created.id)).toBe(4);
    expect((await manager.get(`${participants}/${company.id}`)).statusCode).toBe(404);
    expect((await manager.delete(`${participants}/${company.id}`)).statusCode).toBe(404);
    expect(await allParticipants(manager, created.id)).toEqual([]);
    const row = await test.db.query('SELECT deleted_at FROM participations WHERE fair_id = $1 AND company_id = $2', [created.id, company.id]);
    expect(row.rows[0].deleted_at).not.toBeNull();

    expect((await manager.post(participants, { companyId: company.id })).statusCode).toBe(201);
    expect(await staleMarks(created.id)).toBe(5);
  });

  it('refuses unknown or foreign companies with a 422 and unknown fairs with a 404', async () => {
    const created = await createFair();
    const participants = `/v1/fairs/${created.id}/participants`;
    const foreign = await createCompany(otherAdmin);
    for (const companyId of [randomUUID(), foreign.id]) {
      const response = await manager.post(participants, { companyId });
      expect(response.statusCode).toBe(422);
      expect(response.json().errors).toEqual([expect.objectContaining({ field: 'companyId' })]);
    }
    const malformed = await manager.post(participants, { companyId: 'not-a-uuid' });
    expect(malformed.statusCode).toBe(400);
    expect(malformed.json().errors[0].field).toBe('companyId');

    const company = await createCompany();
    expect((await manager.post(`/v1/fairs/${randomUUID()}/participants`, { companyId: company.id })).statusCode).toBe(404);
    expect((await manager.get(`/v1/fairs/${randomUUID()}/participants`)).statusCode).toBe(404);
    expect((await manager.get('/v1/fairs/not-a-uuid/participants')).json().errors[0].field).toBe('fairId');
    expect((await manager.get(`${participants}/${company.id}`)).statusCode).toBe(404);
    expect(await staleMarks(created.id)).toBe(0);
    expect((await test.db.query('SELECT count(*)::int AS n FROM participations WHERE fair_id = $1', [created.id])).rows[0].n).toBe(0);
  });

  it('answers one of two simultaneous adds of the same company with a 409', async () => {
    const created = await createFair();
    const company = await createCompany();
    const responses = await Promise.all(
      [0, 1].map(() => manager.post(`/v1/fairs/${created.id}/participants`, { companyId: company.id })),
    );
    expect(responses.map((r) => r.statusCode).sort()).toEqual([201, 409]);
    expect(await allParticipants(manager, created.id)).toEqual([company.id]);
    expect(await staleMarks(created.id)).toBe(1);
  });

  it('pages participants in the order they were added', async () => {
    const created = await createFair();
    const companies = [await createCompany(), await createCompany(), await createCompany()];
    for (const company of companies) {
      expect((await manager.post(`/v1/fairs/${created.id}/participants`, { companyId: company.id })).statusCode).toBe(201);
    }
    const direct = await test.db.query(
      'SELECT company_id FROM participations WHERE agency_id = $1 AND fair_id = $2 AND deleted_at IS NULL ORDER BY created_at, id',
      [a.id, created.id],
    );
    expect(await allParticipants(manager, created.id, 1)).toEqual(direct.rows.map((r) => r.company_id));
    expect((await allParticipants(manager, created.id)).sort()).toEqual(companies.map((c) => c.id).sort());
  });

  it('replays a participant POST with the same Idempotency-Key without a second row or mark', async () => {
    const created = await createFair();
    const company = await createCompany();
    const key = { 'idempotency-key': randomUUID() };
    const first = await manager.post(`/v1/fairs/${created.id}/participants`, { companyId: company.id }, key);
    const again = await manager.post(`/v1/fairs/${created.id}/participants`, { companyId: company.id }, key);
    expect(first.statusCode).toBe(201);
    expect(again.json()).toEqual(first.json());
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(await staleMarks(created.id)).toBe(1);
  });

  it('keeps fairs and participants that still have records', async () => {
    const created = await createFair();
    const company = await createCompany();
    const participants = `/v1/fairs/${created.id}/participants`;
    expect((await manager.post(participants, { companyId: company.id })).statusCode).toBe(201);
    expect((await manager.delete(`/v1/fairs/${created.id}`)).statusCode).toBe(409);

    const consultation = await insertConsultation(created.id, company.id, '2017-05-15T03:00:00Z', '2017-05-15');
    expect((await manager.delete(`${participants}/${company.id}`)).statusCode).toBe(409);
    expect(await allParticipants(manager, created.id)).toEqual([company.id]);

    await test.db.query('UPDATE consultations SET deleted_at = now() WHERE id = $1', [consultation]);
    expect((await manager.delete(`${participants}/${company.id}`)).statusCode).toBe(204);
    await test.db.query('UPDATE consultations SET deleted_at = NULL WHERE id = $1', [consultation]);
    expect((await manager.delete(`/v1/fairs/${created.id}`)).statusCode).toBe(409);

    await test.db.query('UPDATE consultations SET deleted_at = now() WHERE id = $1', [consultation]);
    expect((await manager.delete(`/v1/fairs/${created.id}`)).statusCode).toBe(204);
  });

  it('re-derives consultations’ fair-local dates when the time zone changes, and marks the outcome stale', async () => {
    const created = await createFair(manager, { timezone: 'Asia/Shanghai' });
    const company = await createCompany();
    // 20:30 UTC is the next morning in Shanghai and the same afternoon in New York.
    const consultation = await insertConsultation(created.id, company.id, '2017-05-15T20:30:00Z', '2017-05-16');
    const localDate = async () =>
      (await test.db.query('SELECT local_date::text AS d FROM consultations WHERE id = $1', [consultation])).rows[0].d as string;

    expect((await manager.patch(`/v1/fairs/${created.id}`, { name: 'Renamed' })).statusCode).toBe(200);
    expect(await staleMarks(created.id)).toBe(0);

    const moved = await manager.patch(`/v1/fairs/${created.id}`, { timezone: 'America/New_York' }, { 'if-match': '"2"' });
    expect(moved.statusCode).toBe(200);
    expect(moved.json()).toMatchObject({ timezone: 'America/New_York', version: 3 });
    expect(await localDate()).toBe('2017-05-15');
    expect(await staleMarks(created.id)).toBe(1);

    expect((await manager.patch(`/v1/fairs/${created.id}`, { timezone: 'Asia/Seoul' })).statusCode).toBe(200);
    expect(await localDate()).toBe('2017-05-16');
    expect(await staleMarks(created.id)).toBe(2);

    expect((await manager.patch(`/v1/fairs/${created.id}`, { endsOn: '2017-05-19' })).statusCode).toBe(200);
    expect(await staleMarks(created.id)).toBe(3);
  });

  it("answers 404 to another agency's fair and its participants, and never lists them", async () => {
    const created = await createFair();
    const company = await createCompany();
    const participants = `/v1/fairs/${created.id}/participants`;
    expect((await manager.post(participants, { companyId: company.id, booth: 'A1' })).statusCode).toBe(201);
    const theirCompany = await createCompany(otherAdmin);
    const theirFair = await createFair(otherAdmin);

    expect((await otherAdmin.get(`/v1/fairs/${created.id}`)).statusCode).toBe(404);
    expect((await otherAdmin.patch(`/v1/fairs/${created.id}`, { city: 'X' })).statusCode).toBe(404);
    expect((await otherAdmin.delete(`/v1/fairs/${created.id}`)).statusCode).toBe(404);
    expect((await otherAdmin.get(participants)).statusCode).toBe(404);
    expect((await otherAdmin.post(participants, { companyId: theirCompany.id })).statusCode).toBe(404);
    expect((await otherAdmin.get(`${participants}/${company.id}`)).statusCode).toBe(404);
    expect((await otherAdmin.patch(`${participants}/${company.id}`, { booth: 'X' })).statusCode).toBe(404);
    expect((await otherAdmin.delete(`${participants}/${company.id}`)).statusCode).toBe(404);
    expect((await otherAdmin.post(`/v1/fairs/${theirFair.id}/participants`, { companyId: company.id })).statusCode).toBe(422);

    const theirs = await allIds(otherAdmin, '/v1/fairs?limit=500');
    expect(theirs).toEqual([theirFair.id]);
    expect(await allIds(otherAdmin, '/v1/fairs?series=cmef&year=2017')).not.toContain(created.id);
    expect(await allIds(manager, '/v1/fairs?limit=500')).not.toContain(theirFair.id);

    const fairRow = await test.db.query('SELECT city, deleted_at FROM fairs WHERE id = $1', [created.id]);
    expect(fairRow.rows[0]).toEqual({ city: 'Shanghai', deleted_at: null });
    const participantRow = await test.db.query('SELECT booth, deleted_at FROM participations WHERE fair_id = $1', [created.id]);
    expect(participantRow.rows).toEqual([{ booth: 'A1', deleted_at: null }]);
    expect(await staleMarks(created.id)).toBe(1);
  });
});
