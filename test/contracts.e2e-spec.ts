import { randomUUID } from 'node:crypto';
import { allIds, client, type Client } from './support/http.js';
import { countRows, type FairRow, insertBuyer, insertCompany, insertExhibitor, insertFair, insertRate, outcomeChanges } from './support/records.js';
import { type SeededAgency, type TestApp } from './support/test-app.js';
import { startTwoAgencies } from './support/two-agencies.js';

describe('contracts', () => {
  let test: TestApp;
  let a: SeededAgency;
  let b: SeededAgency;
  let staff: Client;
  let fair: FairRow;
  let companyId: string;

  beforeAll(async () => {
    ({ test, a, b } = await startTwoAgencies());
    staff = client(test, a.staff.token);
    fair = await insertFair(test, a.id); // CMEF 2017, 15–18 May
    companyId = await insertExhibitor(test, a.id, fair.id);
    await insertRate(test, a.id, 'KRW', '2017-05-01', '1130.00', a.admin.id);
    await insertRate(test, a.id, 'KRW', '2017-07-01', '1100.00', a.admin.id);
  });
  afterAll(() => test.close());

  const signed = (overrides: object = {}) => ({
    fairId: fair.id,
    companyId,
    buyerCountry: 'CN',
    status: 'signed',
    signedOn: '2017-05-17',
    value: { amount: '81300.00', currency: 'USD' },
    ...overrides,
  });

  it('records a signed contract, on site when signed during the fair', async () => {
    const response = await staff.post('/v1/contracts', signed());
    expect(response.statusCode).toBe(201);
    expect(response.json()).toMatchObject({
      status: 'signed',
      signedOn: '2017-05-17',
      onSite: true,
      value: { amount: '81300.00', currency: 'USD' },
      valueUsd: '81300.00',
      exchangeRate: null,
      createdBy: a.staff.id,
    });
    const after = await staff.post('/v1/contracts', signed({ signedOn: '2017-06-20' }));
    expect(after.json().onSite).toBe(false);
    const declared = await staff.post('/v1/contracts', signed({ signedOn: '2017-05-19', onSite: true }));
    expect(declared.json().onSite).toBe(true);
  });

  it('prices a contract at the rate of its signing date, else of the fair\'s first day', async () => {
    const late = await staff.post('/v1/contracts', signed({ signedOn: '2017-07-02', value: { amount: '110000000', currency: 'KRW' } }));
    expect(late.json()).toMatchObject({ valueUsd: '100000.00', exchangeRate: { unitsPerUsd: '1100.000000', date: '2017-07-01' } });
    const expected = await staff.post('/v1/contracts', signed({ status: 'expected', signedOn: undefined, value: { amount: '113000000.00', currency: 'KRW' } }));
    expect(expected.statusCode).toBe(201);
    expect(expected.json()).toMatchObject({ signedOn: null, onSite: null, valueUsd: '100000.00', exchangeRate: { date: '2017-05-01' } });
  });

  it('requires signedOn for signed contracts, on create and on a status change', async () => {
    const before = await countRows(test, 'contracts');
    const missing = await staff.post('/v1/contracts', signed({ signedOn: undefined }));
    expect(missing.statusCode).toBe(400);
    expect(missing.json().errors[0].field).toBe('signedOn');
    expect(await countRows(test, 'contracts')).toBe(before);

    const created = (await staff.post('/v1/contracts', signed({ status: 'expected', signedOn: undefined }))).json();
    const promote = await staff.patch(`/v1/contracts/${created.id}`, { status: 'signed' });
    expect(promote.statusCode).toBe(400);
    const withDate = await staff.patch(`/v1/contracts/${created.id}`, { status: 'signed', signedOn: '2017-05-18' }, { 'if-match': '"1"' });
    expect(withDate.statusCode).toBe(200);
    expect(withDate.json()).toMatchObject({ status: 'signed', onSite: true, version: 2 });
    expect((await staff.patch(`/v1/contracts/${created.id}`, { status: 'cancelled' }, { 'if-match': '"1"' })).statusCode).toBe(412);
    const nulled = await staff.patch(`/v1/contracts/${created.id}`, { value: null, status: null });
    expect(nulled.statusCode).toBe(400);
    expect(nulled.json().errors.map((e: { field: string }) => e.field).sort()).toEqual(['status', 'value']);
  });

  it('links a source consultation only of the same fair and company', async () => {
    const consultation = (await staff.post('/v1/consultations', { fairId: fair.id, companyId, buyerCountry: 'CN', occurredAt: '2017-05-16T03:00:00Z' })).json();
    expect((await staff.post('/v1/contracts', signed({ consultationId: consultation.id }))).statusCode).toBe(201);

    const otherCompany = await insertExhibitor(test, a.id, fair.id);
    const mismatch = await staff.post('/v1/contracts', signed({ companyId: otherCompany, consultationId: consultation.id }));
    expect(mismatch.statusCode).toBe(422);
    expect(mismatch.json().errors[0].field).toBe('consultationId');
    const unknown = await staff.post('/v1/contracts', signed({ consultationId: randomUUID() }));
    expect(unknown.statusCode).toBe(422);
  });

  it.each([
    [{ status: 'pending' }, 'status'],
    [{ value: { amount: 5000, currency: 'USD' } }, 'value.amount'],
    [{ value: { amount: '5000.001', currency: 'USD' } }, 'value.amount'],
    [{ value: { amount: '-1', currency: 'USD' } }, 'value.amount'],
    [{ value: { amount: '1', currency: 'ABC' } }, 'value.currency'],
    [{ value: undefined }, 'value'],
    [{ signedOn: '17/05/2017' }, 'signedOn'],
    [{ buyerCountry: 'China' }, 'buyerCountry'],
    [{ createdBy: randomUUID() }, 'createdBy'],
    [{ valueUsd: '1.00' }, 'valueUsd'],
  ])('rejects %j with a 400 naming %s, creating nothing', async (overrides, field) => {
    const before = await countRows(test, 'contracts');
    const response = await staff.post('/v1/contracts', signed(overrides));
    expect(response.statusCode).toBe(400);
    expect(response.json().errors.map((e: { field: string }) => e.field)).toContain(field);
    expect(await countRows(test, 'contracts')).toBe(before);
  });

  it('rejects a company that does not exhibit, or another agency\'s fair or buyer (422)', async () => {
    const outsider = await insertCompany(test, a.id);
    expect((await staff.post('/v1/contracts', signed({ companyId: outsider }))).statusCode).toBe(422);
    const foreignFair = await insertFair(test, b.id);
    expect((await staff.post('/v1/contracts', signed({ fairId: foreignFair.id }))).statusCode).toBe(422);
    const foreignBuyer = await insertBuyer(test, b.id);
    expect((await staff.post('/v1/contracts', signed({ buyerId: foreignBuyer, buyerCountry: undefined }))).statusCode).toBe(422);
  });

  it('marks the fair stale on create, update and delete', async () => {
    const marks = await outcomeChanges(test, fair.id);
    const created = (await staff.post('/v1/contracts', signed())).json();
    await staff.patch(`/v1/contracts/${created.id}`, { status: 'cancelled' });
    await staff.delete(`/v1/contracts/${created.id}`);
    expect(await outcomeChanges(test, fair.id)).toBe(marks + 3);
    expect((await staff.get(`/v1/contracts/${created.id}`)).statusCode).toBe(404);
  });

  it('filters by fair, company, buyer, country, status and signing dates, and pages', async () => {
    const otherFair = await insertFair(test, a.id, { name: 'Arab Health 2017', series: 'arab-health', startsOn: '2017-01-30', endsOn: '2017-02-02', timezone: 'Asia/Dubai', country: 'AE' });
    const exhibitor = await insertExhibitor(test, a.id, otherFair.id);
    const buyerId = await insertBuyer(test, a.id, 'SA');
    const base = { fairId: otherFair.id, companyId: exhibitor };
    const expected = (await staff.post('/v1/contracts', { ...base, buyerId, status: 'expected', value: { amount: '1000', currency: 'USD' } })).json();
    const done = (await staff.post('/v1/contracts', { ...base, buyerCountry: 'AE', status: 'signed', signedOn: '2017-02-01', value: { amount: '2000', currency: 'USD' } })).json();
    const listed = async (query: string) => (await staff.get(`/v1/contracts?${query}`)).json().data.map((c: { id: string }) => c.id);

    expect((await listed(`fairId=${otherFair.id}`)).sort()).toEqual([expected.id, done.id].sort());
    expect((await listed(`companyId=${exhibitor}`)).sort()).toEqual([expected.id, done.id].sort());
    expect(await listed(`buyerId=${buyerId}`)).toEqual([expected.id]);
    expect(await listed(`fairId=${otherFair.id}&country=SA`)).toEqual([expected.id]);
    expect(await listed(`fairId=${otherFair.id}&status=signed`)).toEqual([done.id]);
    expect(await listed(`fairId=${otherFair.id}&from=2017-02-01&to=2017-02-01`)).toEqual([done.id]);
    expect((await staff.get('/v1/contracts?status=done')).statusCode).toBe(400);

    const paged = await allIds(staff, '/v1/contracts?limit=2');
    const direct = await test.db.query('SELECT id FROM contracts WHERE agency_id = $1 AND deleted_at IS NULL ORDER BY created_at, id', [a.id]);
    expect(paged).toEqual(direct.rows.map((r) => r.id));
  });

  it('records provisional contracts (가계약) with their phase, and filters by status and phase', async () => {
    const provisional = await staff.post('/v1/contracts', signed({ status: 'provisional', signedOn: '2017-05-16' }));
    expect(provisional.statusCode).toBe(201);
    expect(provisional.json()).toMatchObject({ status: 'provisional', onSite: true, signedPhase: 'on_site', reportedRoundId: null });
    const undated = await staff.post('/v1/contracts', signed({ status: 'provisional', signedOn: undefined }));
    expect(undated.statusCode).toBe(201);
    expect(undated.json()).toMatchObject({ signedOn: null, onSite: null, signedPhase: null });

    const later = (await staff.post('/v1/contracts', signed({ status: 'provisional', signedOn: '2017-09-04' }))).json();
    expect(later).toMatchObject({ onSite: false, signedPhase: 'later' });
    const promoted = await staff.patch(`/v1/contracts/${later.id}`, { status: 'signed' }, { 'if-match': '"1"' });
    expect(promoted.statusCode).toBe(200);
    expect(promoted.json()).toMatchObject({ status: 'signed', signedOn: '2017-09-04', signedPhase: 'later', version: 2 });
    const events = await test.db.query<{ type: string }>('SELECT type FROM change_events WHERE record_id = $1 ORDER BY seq', [later.id]);
    expect(events.rows.map((row) => row.type)).toEqual(['contract.created', 'contract.signed']);

    const listed = async (query: string) => (await staff.get(`/v1/contracts?fairId=${fair.id}&${query}&limit=500`)).json().data.map((c: { id: string }) => c.id);
    expect(await listed('status=provisional')).toEqual([provisional.json().id, undated.json().id]);
    const laterIds = await listed('signedPhase=later');
    expect(laterIds).toContain(later.id);
    expect(laterIds).not.toContain(provisional.json().id);
    expect(await listed('signedPhase=on_site')).toContain(provisional.json().id);
    const bad = await staff.get('/v1/contracts?signedPhase=after');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].field).toBe('signedPhase');
  });

  it('keeps reportedRoundId read-only: a body naming it is a 400 and changes nothing', async () => {
    const before = await countRows(test, 'contracts');
    const refused = await staff.post('/v1/contracts', signed({ reportedRoundId: randomUUID() }));
    expect(refused.statusCode).toBe(400);
    expect(refused.json().errors.map((e: { field: string }) => e.field)).toContain('reportedRoundId');
    expect(await countRows(test, 'contracts')).toBe(before);
    const created = (await staff.post('/v1/contracts', signed())).json();
    const patched = await staff.patch(`/v1/contracts/${created.id}`, { reportedRoundId: randomUUID() });
    expect(patched.statusCode).toBe(400);
  });

  it("keeps contracts within the agency: 404 on another's ids, none in its lists", async () => {
    const created = (await staff.post('/v1/contracts', signed())).json();
    const other = client(test, b.admin.token);
    expect((await other.get(`/v1/contracts/${created.id}`)).statusCode).toBe(404);
    expect((await other.patch(`/v1/contracts/${created.id}`, { status: 'cancelled' })).statusCode).toBe(404);
    expect((await other.delete(`/v1/contracts/${created.id}`)).statusCode).toBe(404);
    expect(await allIds(other, '/v1/contracts?limit=500')).toEqual([]);
    const row = await test.db.query('SELECT status, deleted_at FROM contracts WHERE id = $1', [created.id]);
    expect(row.rows[0]).toEqual({ status: 'signed', deleted_at: null });
  });
});
