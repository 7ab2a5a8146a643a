import type { INestApplicationContext } from '@nestjs/common';
import { stringify } from 'csv-stringify/sync';
import iconv from 'iconv-lite';
import { PUBLISHED_FAIRS } from '../src/seed/published-fairs.js';
import { DEMO_RATES } from '../src/seed/demo-plan.js';
import { client, type Client } from './support/http.js';
import { type FairRow, insertExhibitor, insertFair, insertRate } from './support/records.js';
import { bearer, seedAgency, startTestApp, type SeededAgency, type TestApp } from './support/test-app.js';
import { finished, importFile, importsDir, multipart, sample, upload } from './support/uploads.js';
import { startWorker, waitUntilQuiet } from './support/worker.js';

const SAMPLE_FILES: Record<string, string[]> = {
  'arab-health': ['arab-health-2017-consultations.csv', 'arab-health-2017-contracts.xlsx'],
  kimes: ['kimes-2017-consultations.ko.cp949.csv', 'kimes-2017-contracts.ko.xlsx'],
  cmef: ['cmef-2017-consultations.xlsx', 'cmef-2017-contracts.ko.csv'],
};

const HEADER = ['Ref', 'Company', 'Country', 'Date', 'Amount', 'Currency', 'Stage'];

describe('spreadsheet imports', () => {
  let test: TestApp;
  let worker: INestApplicationContext;
  let empty: SeededAgency;
  let a: SeededAgency;
  let b: SeededAgency;
  let manager: Client;
  let fair: FairRow;
  let company: string;
  let companyName: string;

  beforeAll(async () => {
    test = await startTestApp({ IMPORTS_DIR: importsDir(), IMPORT_BATCH_ROWS: '250', OUTCOME_SWEEP_INTERVAL_MS: '1000' });
    worker = await startWorker();
    empty = await seedAgency(test, 'Empty');
    a = await seedAgency(test, 'Wonju');
    b = await seedAgency(test, 'Gimhae');
    manager = client(test, a.manager.token);
    fair = await insertFair(test, a.id);
    company = await insertExhibitor(test, a.id, fair.id);
    companyName = (await test.db.query<{ name: string }>('SELECT name FROM companies WHERE id = $1', [company])).rows[0].name;
    await insertRate(test, a.id, 'KRW', '2017-05-01', '1130.00', a.admin.id);
  });
  afterAll(async () => {
    await worker.close();
    await test.close();
  });

  const csv = (rows: unknown[][]) => ({ name: 'log.csv', content: stringify([HEADER, ...rows]) });
  const consultations = () => test.db.query<{ n: number }>('SELECT count(*)::int AS n FROM consultations WHERE agency_id = $1', [a.id]).then((r) => r.rows[0].n);

  describe('the sample files', () => {
    it('re-create the demo fairs in an empty agency with exactly the published totals', async () => {
      const token = empty.manager.token;
      for (const rate of DEMO_RATES) await insertRate(test, empty.id, rate.currency, rate.rateDate, rate.unitsPerUsd, empty.admin.id);
      for (const published of PUBLISHED_FAIRS) {
        const created = await insertFair(test, empty.id, published);
        for (const name of SAMPLE_FILES[published.series]) {
          const kind = name.includes('contracts') ? 'contracts' : 'consultations';
          const result = await importFile(test, token, { fairId: created.id, kind, createMissing: 'true' }, { name, content: sample(name) });
          expect(result).toMatchObject({ state: 'completed', rows: { rejected: 0, duplicates: 0 } });
          expect(result.rows.created).toBe(result.rows.total);
          if (name.includes('cp949')) expect(result.encoding).toBe('cp949');
        }
      }
      await waitUntilQuiet(test);
      const outcomes = (await client(test, token).get('/v1/outcomes?year=2017')).json<{ data: { fair: { series: string }; fairId: string }[] }>();
      const bySeries = new Map(outcomes.data.map((row) => [row.fair.series, row.fairId]));
      const read = async (series: string) => (await client(test, token).get(`/v1/fairs/${bySeries.get(series)}/outcomes`)).json();
      expect(await read('cmef')).toMatchObject({
        companies: 7,
        consultations: { count: 360, valueUsd: '10450000.00' },
        contracts: { signed: { count: 38, valueUsd: '3090000.00' } },
      });
      expect(await read('kimes')).toMatchObject({ companies: 41, consultations: { count: 5000 }, contracts: { signed: { valueUsd: '7000000.00' } } });
      expect(await read('arab-health')).toMatchObject({ contracts: { expected: { count: 198, valueUsd: '8160000.00' } } });
      // The CP949 file's Korean company names arrive intact.
      const { rows } = await test.db.query<{ name: string }>("SELECT name FROM companies WHERE agency_id = $1 AND name LIKE '%(주)'", [empty.id]);
      expect(rows.length).toBeGreaterThan(0);
      expect(rows.map((row) => row.name)).toContain('원주메디칼디바이스(주)');
    });

    it('re-importing a sample creates nothing', async () => {
      const fairId = (await test.db.query<{ id: string }>("SELECT id FROM fairs WHERE agency_id = $1 AND series = 'cmef'", [empty.id])).rows[0].id;
      const name = 'cmef-2017-consultations.xlsx';
      const again = await importFile(test, empty.manager.token, { fairId, kind: 'consultations', createMissing: 'true' }, { name, content: sample(name) });
      expect(again).toMatchObject({ state: 'completed', rows: { total: 360, created: 0, duplicates: 360, rejected: 0 } });
    });
  });

  it('an overlapping file creates only its new rows', async () => {
    const first = await importFile(test, a.manager.token, { fairId: fair.id, kind: 'consultations' }, csv([
      ['R1', companyName, 'CN', '2017-05-15 10:00', '100.00', 'USD', 'consulted'],
      ['R2', companyName, 'VN', '2017-05-15 11:00', '200.00', 'USD', 'won'],
    ]));
    expect(first.rows).toMatchObject({ total: 2, created: 2, duplicates: 0 });
    const second = await importFile(test, a.manager.token, { fairId: fair.id, kind: 'consultations' }, csv([
      ['R2', companyName, 'VN', '2017-05-15 11:00', '200.00', 'USD', 'won'],
      ['R3', companyName, 'JP', '2017-05-16 09:30', '300.00', 'USD', 'consulted'],
    ]));
    expect(second.rows).toMatchObject({ total: 2, created: 1, duplicates: 1 });
    const { rows } = await test.db.query<{ import_key: string }>('SELECT import_key FROM consultations WHERE fair_id = $1 ORDER BY import_key', [fair.id]);
    expect(rows.map((row) => row.import_key)).toEqual(['ref:R1', 'ref:R2', 'ref:R3']);
  });

  it('without a row id column, identical rows are recognised by their content', async () => {
    const header = ['업체명', '국가', '상담일자', '상담액', '통화'];
    const file = { name: 'ko.csv', content: stringify([header, [companyName, '중국', '2017-05-17 14:00', '1,500.00', 'USD']]) };
    expect((await importFile(test, a.manager.token, { fairId: fair.id, kind: 'consultations' }, file)).rows).toMatchObject({ created: 1 });
    expect((await importFile(test, a.manager.token, { fairId: fair.id, kind: 'consultations' }, file)).rows).toMatchObject({ created: 0, duplicates: 1 });
  });

  it('imports the good rows of a file with bad ones and reports each bad one by row and column', async () => {
    const before = await consultations();
    const result = await importFile(test, a.manager.token, { fairId: fair.id, kind: 'consultations' }, csv([
      ['B1', companyName, 'CN', '2017-05-15 10:00', '10.00', 'USD', 'consulted'],
      ['B2', companyName, 'Atlantis', '2017-05-15 10:00', '10.00', 'USD', 'consulted'],
      ['B3', companyName, 'CN', '2017-06-30', '10.00', 'USD', 'consulted'],
      ['B4', companyName, 'CN', '2017-05-15', '10.001', 'USD', 'consulted'],
      ['B5', 'No Such Company Ltd.', 'CN', '2017-05-15', '10.00', 'USD', 'consulted'],
      ['B6', companyName, 'CN', '2017-05-15', '10.00', 'EUR', 'consulted'],
      ['B7', companyName, 'CN', '2017-05-15', '10.00', 'USD', 'maybe'],
      ['B8', companyName, 'CN', '2017-05-16', '11300.00', 'KRW', 'follow_up'],
    ]));
    expect(result).toMatchObject({ state: 'completed', rows: { total: 8, processed: 8, created: 2, rejected: 6 } });
    expect(await consultations()).toBe(before + 2);
    const report = await manager.get(`/v1/imports/${result.id}/errors.csv`);
    expect(report.statusCode).toBe(200);
    expect(report.headers['content-type']).toContain('text/csv');
    const lines = report.body.replace(/^\uFEFF/, '').trim().split(/\r?\n/);
    expect(lines[0]).toBe('row,column,message');
    const cells = lines.slice(1).map((line) => line.split(',').slice(0, 2).join(','));
    expect(cells).toEqual(['3,Country', '4,Date', '5,Amount', '6,Company', '7,Currency', '8,Stage']);
    expect(report.body).toContain('no EUR rate dated on or before 2017-05-15');
  });

  it('dry run validates and reports without writing anything', async () => {
    const before = await consultations();
    await waitUntilQuiet(test);
    const computedAt = () => test.db.query<{ at: Date }>('SELECT computed_at AS at FROM fair_outcomes WHERE fair_id = $1', [fair.id]).then((r) => r.rows[0]?.at.getTime());
    const computedBefore = await computedAt();
    expect(computedBefore).toEqual(expect.any(Number));
    const result = await importFile(test, a.manager.token, { fairId: fair.id, kind: 'consultations', dryRun: 'true', createMissing: 'true' }, csv([
      ['D1', 'Brand New Co.', 'CN', '2017-05-15 10:00', '10.00', 'USD', 'consulted'],
      ['D2', companyName, 'XX', '2017-05-15 10:00', '10.00', 'USD', 'consulted'],
    ]));
    expect(result).toMatchObject({ state: 'completed', rows: { total: 2, created: 1, rejected: 1 } });
    expect(await consultations()).toBe(before);
    expect((await test.db.query("SELECT 1 FROM companies WHERE name = 'Brand New Co.'")).rowCount).toBe(0);
    // No stale mark either: a mark would have made the worker recompute the fair.
    await waitUntilQuiet(test);
    expect(await computedAt()).toBe(computedBefore);
  });

  it('freezes USD values exactly as the API does', async () => {
    const amount = '1234567.89';
    const viaApi = await client(test, a.staff.token).post('/v1/consultations', {
      fairId: fair.id, companyId: company, buyerCountry: 'CN', occurredAt: '2017-05-16T04:00:00Z', estimatedValue: { amount, currency: 'KRW' },
    });
    expect(viaApi.statusCode).toBe(201);
    await importFile(test, a.manager.token, { fairId: fair.id, kind: 'consultations' }, csv([['U1', companyName, 'CN', '2017-05-16 12:00', amount, 'KRW', '']]));
    const { rows } = await test.db.query<{ estimated_usd: string; rate_units_per_usd: string; rate_date: string; occurred_at: Date }>(
      "SELECT estimated_usd::text, rate_units_per_usd::text, rate_date::text, occurred_at FROM consultations WHERE import_key = 'ref:U1'",
    );
    expect(rows[0]).toMatchObject({ estimated_usd: viaApi.json().estimatedValueUsd, rate_date: '2017-05-01' });
    expect(rows[0].occurred_at.toISOString()).toBe('2017-05-16T04:00:00.000Z'); // 12:00 in Shanghai
  });

  it('imports contracts with Korean statuses, valued at the signing date', async () => {
    const header = ['번호', '업체명', '국가', '계약상태', '계약일자', '계약액', '통화'];
    const content = iconv.encode(stringify([header, ['K1', companyName, '베트남', '체결', '2017-05-17', '113000', 'KRW'], ['K2', companyName, '일본', '추진', '', '500.50', 'USD']]), 'cp949');
    const result = await importFile(test, a.manager.token, { fairId: fair.id, kind: 'contracts' }, { name: 'contracts.csv', content });
    expect(result).toMatchObject({ state: 'completed', encoding: 'cp949', rows: { created: 2, rejected: 0 } });
    const { rows } = await test.db.query('SELECT status, buyer_country, signed_on::text, on_site, value_usd::text FROM contracts WHERE fair_id = $1 ORDER BY import_key', [fair.id]);
    expect(rows).toEqual([
      { status: 'signed', buyer_country: 'VN', signed_on: '2017-05-17', on_site: true, value_usd: '100.00' },
      { status: 'expected', buyer_country: 'JP', signed_on: null, on_site: null, value_usd: '500.50' },
    ]);
  });

  it('matches and creates buyers by email', async () => {
    const header = ['Ref', 'Company', 'Buyer organisation', 'Buyer email', 'Country', 'Date'];
    const rows = [
      ['E1', companyName, 'Huadong Trading', 'Li.Wei@Huadong.example', 'CN', '2017-05-15'],
      ['E2', companyName, '', 'li.wei@huadong.example', '', '2017-05-16'],
      ['E3', companyName, '', 'nobody@new.example', 'CN', '2017-05-16'],
    ];
    const result = await importFile(test, a.manager.token, { fairId: fair.id, kind: 'consultations' }, { name: 'b.csv', content: stringify([header, ...rows]) });
    expect(result.rows).toMatchObject({ created: 2, rejected: 1 });
    const buyers = await test.db.query('SELECT organisation, email, country FROM buyers WHERE agency_id = $1 AND email LIKE $2', [a.id, '%huadong%']);
    expect(buyers.rows).toEqual([{ organisation: 'Huadong Trading', email: 'li.wei@huadong.example', country: 'CN' }]);
  });

  it('accepts an explicit column mapping', async () => {
    const content = stringify([['Firma', 'Land', 'Datum'], [companyName, 'DE', '2017-05-18 09:00']]);
    const result = await importFile(test, a.manager.token, {
      fairId: fair.id, kind: 'consultations', mapping: JSON.stringify({ Firma: 'company', Land: 'country', Datum: 'occurredAt' }),
    }, { name: 'de.csv', content });
    expect(result.rows).toMatchObject({ created: 1, rejected: 0 });
  });

  it('fails a file whose headers it cannot map, naming what is missing', async () => {
    const result = await importFile(test, a.manager.token, { fairId: fair.id, kind: 'consultations' }, { name: 'x.csv', content: 'foo,bar\n1,2\n' });
    expect(result.state).toBe('failed');
    expect(result.failure).toContain('no column for company, occurredAt');
  });

  describe('bad requests change nothing', () => {
    it('names the field', async () => {
      const file = csv([]);
      const badKind = await upload(test, a.manager.token, { fairId: fair.id, kind: 'meetings' }, file);
      expect(badKind.statusCode).toBe(400);
      expect(badKind.json().errors).toEqual([expect.objectContaining({ field: 'kind' })]);
      expect((await upload(test, a.manager.token, { fairId: 'nope', kind: 'consultations' }, file)).json().errors[0].field).toBe('fairId');
      expect((await upload(test, a.manager.token, { fairId: fair.id, kind: 'consultations', mapping: '{"A":"wat"}' }, file)).json().errors[0].field).toBe('mapping');
      const noFile = await upload(test, a.manager.token, { fairId: fair.id, kind: 'consultations' });
      expect(noFile.statusCode).toBe(400);
      expect(noFile.json().errors[0].field).toBe('file');
      const wrongType = await upload(test, a.manager.token, { fairId: fair.id, kind: 'consultations' }, { name: 'log.pdf', content: 'x' });
      expect(wrongType.statusCode).toBe(400);
      const json = await manager.post('/v1/imports', { fairId: fair.id, kind: 'consultations' });
      expect(json.statusCode).toBe(415);
      // A body that is not the multipart it claims to be (found by the fuzzer: it was a 500).
      const malformed = await test.app.inject({
        method: 'POST', url: '/v1/imports', headers: { ...bearer(a.manager.token), 'content-type': 'multipart/form-data; boundary=x' }, payload: 'C}8aPCk',
      });
      expect(malformed.statusCode).toBe(400);
      expect(malformed.json().errors[0].field).toBe('file');
      expect((await test.db.query('SELECT 1 FROM imports WHERE agency_id = $1 AND state = $2 AND file_name = $3', [a.id, 'queued', 'log.csv'])).rowCount).toBe(0);
    });

    it('is for managers', async () => {
      expect((await upload(test, a.staff.token, { fairId: fair.id, kind: 'consultations' }, csv([]))).statusCode).toBe(403);
    });
  });

  describe('tenancy', () => {
    it("another agency's import is a 404 and its fair a 422", async () => {
      const own = await importFile(test, a.manager.token, { fairId: fair.id, kind: 'consultations' }, csv([['T1', companyName, 'CN', '2017-05-15', '', '', '']]));
      const other = client(test, b.manager.token);
      expect((await other.get(`/v1/imports/${own.id}`)).statusCode).toBe(404);
      expect((await other.get(`/v1/imports/${own.id}/errors.csv`)).statusCode).toBe(404);
      const intoOther = await upload(test, b.manager.token, { fairId: fair.id, kind: 'consultations' }, csv([]));
      expect(intoOther.statusCode).toBe(422);
      expect(intoOther.json().errors[0].field).toBe('fairId');
    });

    it('never matches another agency’s companies', async () => {
      const otherFair = await insertFair(test, b.id);
      const result = await importFile(test, b.manager.token, { fairId: otherFair.id, kind: 'consultations' }, csv([['X1', companyName, 'CN', '2017-05-15', '', '', '']]));
      expect(result.rows).toMatchObject({ created: 0, rejected: 1 });
    });
  });

  it('an upload with an Idempotency-Key runs once, and its retry replays the first answer', async () => {
    const file = csv([['I1', companyName, 'CN', '2017-05-15 10:00', '', '', '']]);
    const headers = { 'idempotency-key': 'upload-once-1' };
    const body = multipart({ fairId: fair.id, kind: 'consultations' }, file);
    const send = () => test.app.inject({ method: 'POST', url: '/v1/imports', headers: { ...bearer(a.manager.token), ...body.headers, ...headers }, payload: body.payload });
    const first = await send();
    expect(first.statusCode).toBe(201);
    expect((await finished(test, a.manager.token, first.json().id)).rows).toMatchObject({ created: 1 });
    const retry = await send();
    expect(retry.headers['idempotent-replayed']).toBe('true');
    expect(retry.json().id).toBe(first.json().id);
    expect((await test.db.query("SELECT 1 FROM consultations WHERE import_key = 'ref:I1'")).rowCount).toBe(1);
  });

  it('reports progress as rows processed of the total', async () => {
    const rows = Array.from({ length: 600 }, (_, index) => [`P${index}`, companyName, 'CN', '2017-05-15 10:00', '1.00', 'USD', 'consulted']);
    const response = await upload(test, a.manager.token, { fairId: fair.id, kind: 'consultations' }, csv(rows));
    expect(response.statusCode).toBe(201);
    expect(response.json()).toMatchObject({ state: 'queued', progress: 0, rows: { processed: 0 } });
    const done = await finished(test, a.manager.token, response.json().id);
    expect(done).toMatchObject({ progress: 1, rows: { total: 600, processed: 600, created: 600 } });
    expect((await test.app.inject({ method: 'GET', url: `/v1/imports/${done.id}`, headers: bearer(a.manager.token) })).statusCode).toBe(200);
  });
});
