import { randomUUID } from 'node:crypto';
import { issueKey, partner } from './support/api-keys.js';
import { allIds, client, type Client } from './support/http.js';
import { type FairRow, insertExhibitor, insertFair, insertRate, outcomeChanges } from './support/records.js';
import { bearer, type SeededAgency, type TestApp } from './support/test-app.js';
import { startTwoAgencies } from './support/two-agencies.js';
import { multipart } from './support/uploads.js';

/** The smallest files of each kind file-type recognises by their first bytes. */
const PDF = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');
const PNG = Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8ffff3f0005fe02fea7d6a4b30000000049454e44ae426082', 'hex');

/** Small, so the 413 test sends little. */
const EVIDENCE_MAX_BYTES = 64 * 1024;

describe('shipments', () => {
  let test: TestApp;
  let a: SeededAgency;
  let b: SeededAgency;
  let staff: Client;
  let manager: Client;
  let fair: FairRow;
  let companyId: string;
  let contractId: string;

  const countShipments = async () => (await test.db.query<{ n: number }>('SELECT count(*)::int AS n FROM shipments')).rows[0].n;
  const shipment = (overrides: object = {}) => ({ contractId, shippedOn: '2017-09-04', value: { amount: '120000.00', currency: 'USD' }, ...overrides });
  const contract = async (status: string, signedOn?: string) => {
    const response = await staff.post('/v1/contracts', {
      fairId: fair.id,
      companyId,
      buyerCountry: 'CN',
      status,
      ...(signedOn ? { signedOn } : {}),
      value: { amount: '300000.00', currency: 'USD' },
    });
    if (response.statusCode !== 201) throw new Error(`contract: ${response.statusCode} ${response.body}`);
    return response.json<{ id: string }>().id;
  };
  const uploadDocument = (token: string, id: string, file: { name: string; content: Buffer }, headers: Record<string, string> = {}) => {
    const body = multipart({}, file);
    return test.app.inject({ method: 'POST', url: `/v1/shipments/${id}/document`, headers: { ...bearer(token), ...body.headers, ...headers }, payload: body.payload });
  };

  beforeAll(async () => {
    ({ test, a, b } = await startTwoAgencies({ EVIDENCE_MAX_BYTES: String(EVIDENCE_MAX_BYTES) }));
    staff = client(test, a.staff.token);
    manager = client(test, a.manager.token);
    fair = await insertFair(test, a.id); // CMEF 2017, 15–18 May, Asia/Shanghai
    companyId = await insertExhibitor(test, a.id, fair.id);
    await insertRate(test, a.id, 'KRW', '2017-05-01', '1130.00', a.admin.id);
    await insertRate(test, a.id, 'KRW', '2017-09-01', '1125.00', a.admin.id);
    await insertRate(test, a.id, 'CNY', '2017-05-01', '6.8000', a.admin.id);
    contractId = await contract('signed', '2017-05-17');
  });
  afterAll(() => test.close());

  it('records a shipment of a signed contract, self-reported, with the contract fair and an ETag and Location', async () => {
    const response = await staff.post('/v1/shipments', shipment({ note: 'First container' }));
    expect(response.statusCode).toBe(201);
    const body = response.json();
    expect(body).toMatchObject({
      contractId,
      fairId: fair.id,
      shippedOn: '2017-09-04',
      value: { amount: '120000.00', currency: 'USD' },
      valueUsd: '120000.00',
      exchangeRate: null,
      evidence: 'self_reported',
      document: null,
      verifiedBy: null,
      verifiedAt: null,
      note: 'First container',
      createdBy: a.staff.id,
      reportedRoundId: null,
      version: 1,
    });
    expect(response.headers.etag).toBe('"1"');
    expect(response.headers.location).toBe(`/v1/shipments/${body.id}`);
    expect((await staff.get(`/v1/shipments/${body.id}`)).json()).toEqual(body);
    const events = await test.db.query<{ type: string; fair_id: string }>('SELECT type, fair_id FROM change_events WHERE record_id = $1', [body.id]);
    expect(events.rows).toEqual([{ type: 'shipment.recorded', fair_id: fair.id }]);
  });

  it('freezes the USD value at the rate of the shipping day, half away from zero, exactly', async () => {
    // 1,130,565 KRW at 1125.00 (the rate of 2017-09-01) = 1004.946666… → 1004.95; at 1130.00 (May) = 1000.50.
    const september = await staff.post('/v1/shipments', shipment({ value: { amount: '1130565', currency: 'KRW' } }));
    expect(september.json()).toMatchObject({ valueUsd: '1004.95', exchangeRate: { unitsPerUsd: '1125.000000', date: '2017-09-01' } });
    const may = await staff.post('/v1/shipments', shipment({ shippedOn: '2017-05-20', value: { amount: '1130565.00', currency: 'KRW' } }));
    expect(may.json()).toMatchObject({ valueUsd: '1000.50', exchangeRate: { unitsPerUsd: '1130.000000', date: '2017-05-01' } });
    // 0.34 CNY at 6.8000 is exactly 0.05 USD; 0.17 CNY exactly half a cent, rounded up.
    const half = await staff.post('/v1/shipments', shipment({ value: { amount: '0.17', currency: 'CNY' } }));
    expect(half.json().valueUsd).toBe('0.03');
    const stored = await test.db.query('SELECT value_usd::text AS usd, rate_units_per_usd::text AS rate FROM shipments WHERE id = $1', [september.json().id]);
    expect(stored.rows[0]).toEqual({ usd: '1004.95', rate: '1125.000000' });
    // The value is repriced when the date moves to another rate, and only then.
    const moved = await staff.patch(`/v1/shipments/${september.json().id}`, { shippedOn: '2017-06-01' }, { 'if-match': '"1"' });
    expect(moved.json()).toMatchObject({ valueUsd: '1000.50', exchangeRate: { date: '2017-05-01' }, version: 2 });
    const noted = await staff.patch(`/v1/shipments/${september.json().id}`, { note: 'late' });
    expect(noted.json()).toMatchObject({ valueUsd: '1000.50', note: 'late', version: 3 });
  });

  it('refuses a rate that does not exist, naming the currency field, and creates nothing', async () => {
    const before = await countShipments();
    const response = await staff.post('/v1/shipments', shipment({ value: { amount: '10', currency: 'EUR' } }));
    expect(response.statusCode).toBe(422);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(response.json().errors[0].field).toBe('value.currency');
    expect(await countShipments()).toBe(before);
  });

  it.each([
    [{ contractId: 'nope' }, 'contractId'],
    [{ contractId: undefined }, 'contractId'],
    [{ shippedOn: '04/09/2017' }, 'shippedOn'],
    [{ shippedOn: undefined }, 'shippedOn'],
    [{ value: { amount: 5000, currency: 'USD' } }, 'value.amount'],
    [{ value: { amount: '1.001', currency: 'USD' } }, 'value.amount'],
    [{ value: { amount: '-1', currency: 'USD' } }, 'value.amount'],
    [{ value: { amount: '1', currency: 'XYZ' } }, 'value.currency'],
    [{ value: undefined }, 'value'],
    [{ evidence: 'verified' }, 'evidence'],
    [{ valueUsd: '1.00' }, 'valueUsd'],
    [{ fairId: randomUUID() }, 'fairId'],
  ])('rejects %j with a 400 naming %s, creating nothing', async (overrides, field) => {
    const before = await countShipments();
    const response = await staff.post('/v1/shipments', shipment(overrides));
    expect(response.statusCode).toBe(400);
    expect(response.json().errors.map((e: { field: string }) => e.field)).toContain(field);
    expect(await countShipments()).toBe(before);
  });

  it('accepts provisional and signed contracts only, and no date before the fair (422 naming the field)', async () => {
    const before = await countShipments();
    const expected = await contract('expected');
    const refused = await staff.post('/v1/shipments', shipment({ contractId: expected }));
    expect(refused.statusCode).toBe(422);
    expect(refused.json().errors[0].field).toBe('contractId');
    const early = await staff.post('/v1/shipments', shipment({ shippedOn: '2017-05-14' }));
    expect(early.statusCode).toBe(422);
    expect(early.json().errors[0].field).toBe('shippedOn');
    const unknown = await staff.post('/v1/shipments', shipment({ contractId: randomUUID() }));
    expect(unknown.statusCode).toBe(422);
    expect(unknown.json().errors[0].field).toBe('contractId');
    expect(await countShipments()).toBe(before);
    const provisional = await contract('provisional', '2017-05-16');
    expect((await staff.post('/v1/shipments', shipment({ contractId: provisional }))).statusCode).toBe(201);
  });

  it('takes an evidence document (typed by its bytes), serves it back, and refuses other files naming the field', async () => {
    const created = (await staff.post('/v1/shipments', shipment())).json();
    const uploaded = await uploadDocument(a.staff.token, created.id, { name: 'bill of lading.pdf', content: PDF });
    expect(uploaded.statusCode).toBe(200);
    expect(uploaded.json()).toMatchObject({
      evidence: 'document',
      document: { fileName: 'bill of lading.pdf', contentType: 'application/pdf', bytes: String(PDF.length) },
      version: 2,
    });
    expect(uploaded.json().document.sha256).toMatch(/^[0-9a-f]{64}$/);
    const download = await staff.get(`/v1/shipments/${created.id}/document`);
    expect(download.statusCode).toBe(200);
    expect(download.headers['content-type']).toBe('application/pdf');
    expect(download.headers['content-disposition']).toContain('bill of lading.pdf');
    expect(download.rawPayload.equals(PDF)).toBe(true);

    // A text file named .pdf is what its bytes say, not what its name says.
    const disguised = await uploadDocument(a.staff.token, created.id, { name: 'invoice.pdf', content: Buffer.from('=HYPERLINK("x")') });
    expect(disguised.statusCode).toBe(415);
    expect(disguised.json().errors[0].field).toBe('file');
    const empty = await test.app.inject({ method: 'POST', url: `/v1/shipments/${created.id}/document`, headers: { ...bearer(a.staff.token), ...multipart({ note: 'x' }).headers }, payload: multipart({ note: 'x' }).payload });
    expect(empty.statusCode).toBe(400);
    expect(empty.json().errors[0].field).toBe('file');
    const json = await staff.post(`/v1/shipments/${created.id}/document`, { file: 'x' });
    expect(json.statusCode).toBe(415);
    // Nothing changed by the refusals.
    expect((await staff.get(`/v1/shipments/${created.id}`)).json()).toMatchObject({ version: 2, document: { contentType: 'application/pdf' } });

    const image = await uploadDocument(a.staff.token, created.id, { name: 'photo.png', content: PNG }, { 'if-match': '"2"' });
    expect(image.json()).toMatchObject({ evidence: 'document', document: { contentType: 'image/png' }, version: 3 });
    expect((await uploadDocument(a.staff.token, created.id, { name: 'photo.png', content: PNG }, { 'if-match': '"2"' })).statusCode).toBe(412);
  });

  it('refuses a document over EVIDENCE_MAX_BYTES with a 413 and keeps no file', async () => {
    const created = (await staff.post('/v1/shipments', shipment())).json();
    const big = Buffer.concat([PDF, Buffer.alloc(EVIDENCE_MAX_BYTES)]);
    const response = await uploadDocument(a.staff.token, created.id, { name: 'big.pdf', content: big });
    expect(response.statusCode).toBe(413);
    expect((await staff.get(`/v1/shipments/${created.id}`)).json()).toMatchObject({ evidence: 'self_reported', document: null, version: 1 });
    expect((await staff.get(`/v1/shipments/${created.id}/document`)).statusCode).toBe(404);
  });

  it('is verified by managers only, with who and when in the audit log; a new value drops the verification', async () => {
    const created = (await staff.post('/v1/shipments', shipment())).json();
    const forbidden = await staff.post(`/v1/shipments/${created.id}/verify`, {});
    expect(forbidden.statusCode).toBe(403);
    expect((await staff.get(`/v1/shipments/${created.id}`)).json().evidence).toBe('self_reported');

    const verified = await manager.post(`/v1/shipments/${created.id}/verify`, {});
    expect(verified.statusCode).toBe(200);
    expect(verified.json()).toMatchObject({ evidence: 'verified', verifiedBy: a.manager.id, version: 2 });
    expect(Date.parse(verified.json().verifiedAt)).not.toBeNaN();
    const audit = await test.db.query<{ actor_id: string; after: Record<string, unknown> }>(
      `SELECT actor_id, after FROM audit_log WHERE entity = 'shipments' AND record_id = $1 AND action = 'update'`,
      [created.id],
    );
    expect(audit.rows).toHaveLength(1);
    expect(audit.rows[0].actor_id).toBe(a.manager.id);
    expect(audit.rows[0].after).toMatchObject({ evidence: 'verified', verified_by: a.manager.id });
    // Verifying again changes nothing (no new version, no event).
    expect((await manager.post(`/v1/shipments/${created.id}/verify`, {})).json().version).toBe(2);
    const events = await test.db.query<{ type: string; changed_fields: string[] }>('SELECT type, changed_fields FROM change_events WHERE record_id = $1 ORDER BY seq', [created.id]);
    expect(events.rows.map((row) => row.type)).toEqual(['shipment.recorded', 'shipment.updated']);
    expect(events.rows[1].changed_fields).toEqual(expect.arrayContaining(['evidence', 'verifiedBy', 'verifiedAt']));

    const revalued = await staff.patch(`/v1/shipments/${created.id}`, { value: { amount: '125000.00', currency: 'USD' } });
    expect(revalued.json()).toMatchObject({ evidence: 'self_reported', verifiedBy: null, verifiedAt: null, valueUsd: '125000.00' });
  });

  it('marks the fair stale on record, update and delete; a contract with shipments cannot be deleted (409)', async () => {
    const own = await contract('signed', '2017-05-18');
    const marks = await outcomeChanges(test, fair.id);
    const created = (await staff.post('/v1/shipments', shipment({ contractId: own }))).json();
    await staff.patch(`/v1/shipments/${created.id}`, { note: 'x' });
    const blocked = await staff.delete(`/v1/contracts/${own}`);
    expect(blocked.statusCode).toBe(409);
    expect((await staff.get(`/v1/contracts/${own}`)).statusCode).toBe(200);
    expect((await staff.delete(`/v1/shipments/${created.id}`)).statusCode).toBe(204);
    expect(await outcomeChanges(test, fair.id)).toBe(marks + 3);
    expect((await staff.get(`/v1/shipments/${created.id}`)).statusCode).toBe(404);
    expect((await staff.delete(`/v1/shipments/${created.id}`)).statusCode).toBe(404);
    expect((await staff.delete(`/v1/contracts/${own}`)).statusCode).toBe(204);
  });

  it('lists with filters (fair, company, contract, evidence, dates) and pages, and per contract', async () => {
    const otherFair = await insertFair(test, a.id, { name: 'Arab Health 2017', series: 'arab-health', startsOn: '2017-01-30', endsOn: '2017-02-02', timezone: 'Asia/Dubai', country: 'AE' });
    const exhibitor = await insertExhibitor(test, a.id, otherFair.id);
    const k = (await staff.post('/v1/contracts', { fairId: otherFair.id, companyId: exhibitor, buyerCountry: 'AE', status: 'signed', signedOn: '2017-02-01', value: { amount: '5000', currency: 'USD' } })).json();
    const first = (await staff.post('/v1/shipments', { contractId: k.id, shippedOn: '2017-03-01', value: { amount: '1000', currency: 'USD' } })).json();
    const second = (await staff.post('/v1/shipments', { contractId: k.id, shippedOn: '2017-04-01', value: { amount: '2000', currency: 'USD' } })).json();
    await manager.post(`/v1/shipments/${second.id}/verify`, {});
    const listed = async (query: string) => (await staff.get(`/v1/shipments?${query}`)).json().data.map((s: { id: string }) => s.id);

    expect(await listed(`fairId=${otherFair.id}`)).toEqual([first.id, second.id]);
    expect(await listed(`companyId=${exhibitor}`)).toEqual([first.id, second.id]);
    expect(await listed(`contractId=${k.id}&evidence=verified`)).toEqual([second.id]);
    expect(await listed(`fairId=${otherFair.id}&from=2017-03-15&to=2017-04-01`)).toEqual([second.id]);
    expect((await staff.get(`/v1/contracts/${k.id}/shipments`)).json().data.map((s: { id: string }) => s.id)).toEqual([first.id, second.id]);
    for (const [query, field] of [['evidence=maybe', 'evidence'], ['from=2017-13-01', 'from'], ['companyId=x', 'companyId']]) {
      const bad = await staff.get(`/v1/shipments?${query}`);
      expect(bad.statusCode).toBe(400);
      expect(bad.json().errors[0].field).toBe(field);
    }

    const paged = await allIds(staff, '/v1/shipments?limit=2');
    const direct = await test.db.query('SELECT id FROM shipments WHERE agency_id = $1 AND deleted_at IS NULL ORDER BY created_at, id', [a.id]);
    expect(paged).toEqual(direct.rows.map((r) => r.id));
  });

  it('replays an idempotent POST and refuses the same key with another body', async () => {
    const before = await countShipments();
    const key = { 'idempotency-key': randomUUID() };
    const first = await staff.post('/v1/shipments', shipment(), key);
    const again = await staff.post('/v1/shipments', shipment(), key);
    expect(again.statusCode).toBe(201);
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(again.json().id).toBe(first.json().id);
    expect((await staff.post('/v1/shipments', shipment({ note: 'other' }), key)).statusCode).toBe(422);
    expect(await countShipments()).toBe(before + 1);
  });

  it('reads for partner keys with contracts:read (within their fairs), never writes', async () => {
    const created = (await staff.post('/v1/shipments', shipment())).json();
    const reader = partner(test, (await issueKey(test, a.admin.token, ['contracts:read'])).secret);
    expect((await reader.get(`/v1/shipments/${created.id}`)).statusCode).toBe(200);
    expect((await reader.get(`/v1/contracts/${contractId}/shipments`)).statusCode).toBe(200);
    expect((await reader.send('POST', '/v1/shipments', shipment())).statusCode).toBe(403);
    expect((await reader.send('POST', `/v1/shipments/${created.id}/verify`)).statusCode).toBe(403);
    expect((await reader.get(`/v1/shipments/${created.id}/document`)).statusCode).toBe(403);
    const outsider = partner(test, (await issueKey(test, a.admin.token, ['outcomes:read'])).secret);
    expect((await outsider.get('/v1/shipments')).statusCode).toBe(403);
    const otherFair = await insertFair(test, a.id, { name: 'KIMES 2017', series: 'kimes', timezone: 'Asia/Seoul', country: 'KR' });
    const limited = partner(test, (await issueKey(test, a.admin.token, ['contracts:read'], { fairIds: [otherFair.id] })).secret);
    expect((await limited.get(`/v1/shipments/${created.id}`)).statusCode).toBe(404);
    expect((await limited.get('/v1/shipments')).json().data).toEqual([]);
  });

  it("keeps shipments within the agency: 404 on another's ids, none in its lists, its contracts unknown", async () => {
    const created = (await staff.post('/v1/shipments', shipment())).json();
    const other = client(test, b.admin.token);
    expect((await other.get(`/v1/shipments/${created.id}`)).statusCode).toBe(404);
    expect((await other.patch(`/v1/shipments/${created.id}`, { note: 'mine' })).statusCode).toBe(404);
    expect((await other.post(`/v1/shipments/${created.id}/verify`, {})).statusCode).toBe(404);
    expect((await uploadDocument(b.admin.token, created.id, { name: 'x.pdf', content: PDF })).statusCode).toBe(404);
    expect((await other.get(`/v1/shipments/${created.id}/document`)).statusCode).toBe(404);
    expect((await other.delete(`/v1/shipments/${created.id}`)).statusCode).toBe(404);
    expect((await other.get(`/v1/contracts/${contractId}/shipments`)).statusCode).toBe(404);
    expect(await allIds(other, '/v1/shipments?limit=500')).toEqual([]);
    const foreign = await other.post('/v1/shipments', shipment());
    expect(foreign.statusCode).toBe(422);
    expect(foreign.json().errors[0].field).toBe('contractId');
    const row = await test.db.query('SELECT note, evidence, deleted_at, version FROM shipments WHERE id = $1', [created.id]);
    expect(row.rows[0]).toEqual({ note: null, evidence: 'self_reported', deleted_at: null, version: 1 });
  });
});
