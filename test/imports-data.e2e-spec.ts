import type { INestApplicationContext } from '@nestjs/common';
import { stringify } from 'csv-stringify/sync';
import { client, type Client } from './support/http.js';
import { type FairRow, insertCompany, insertConsultations, insertExhibitor, insertFair, insertMarks, insertParticipation, insertRate } from './support/records.js';
import { seedAgency, startTestApp, type SeededAgency, type TestApp } from './support/test-app.js';
import { importFile, importsDir } from './support/uploads.js';
import { startWorker, waitUntilQuiet } from './support/worker.js';

/** Identity-free view of a response: ids, versions and times of writing differ between agencies by nature. */
const VOLATILE = new Set(['id', 'fairId', 'companyId', 'buyerId', 'loggedBy', 'createdBy', 'version', 'createdAt', 'updatedAt', 'computedAt']);
function comparable(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(comparable);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(Object.entries(value).filter(([key]) => !VOLATILE.has(key)).map(([key, inner]) => [key, comparable(inner)]));
}

/** Issue 12, "Data people actually have": country names agencies write, and Pavilion's own export read back. */
describe('imports: the data people actually have', () => {
  let test: TestApp;
  let worker: INestApplicationContext;
  let a: SeededAgency;
  let manager: Client;
  let fair: FairRow;
  const names: string[] = [];

  beforeAll(async () => {
    test = await startTestApp({ IMPORTS_DIR: importsDir() });
    worker = await startWorker();
    a = await seedAgency(test, 'Wonju');
    manager = client(test, a.manager.token);
    fair = await insertFair(test, a.id);
    const companies = [await insertExhibitor(test, a.id, fair.id), await insertExhibitor(test, a.id, fair.id)];
    for (const id of companies) names.push((await test.db.query<{ name: string }>('SELECT name FROM companies WHERE id = $1', [id])).rows[0].name);
    await insertRate(test, a.id, 'EUR', fair.startsOn, '0.912345', a.admin.id);
    await insertConsultations(test, { agencyId: a.id, fair, companies, userId: a.staff.id, count: 120 });
    await test.db.query(
      `UPDATE consultations SET notes = '재방문 예정, "samples" sent', product_interest = '초음파 Ultrasound', quantity = 12,
                                rating = 'hot', next_step = 'Send the CE certificate', follow_up_due = '2017-06-15'
        WHERE fair_id = $1 AND type = 'interpreted'`,
      [fair.id],
    );
    await insertMarks(test, a.id, fair.id);
    await waitUntilQuiet(test);
  });
  afterAll(async () => {
    await worker.close();
    await test.close();
  });

  describe('country names', () => {
    let countryFair: FairRow;
    beforeAll(async () => {
      countryFair = await insertFair(test, a.id, { name: 'KIMES 2017', series: 'kimes' });
      await insertParticipation(test, a.id, countryFair.id, (await test.db.query<{ id: string }>('SELECT id FROM companies WHERE name = $1', [names[0]])).rows[0].id);
    });

    it('reads the names agencies write and stores only ISO 3166-1 alpha-2 codes; refuses the codes the API refuses', async () => {
      const written = ['홍콩', '터키', '영국', 'Hong Kong', 'Turkey', 'Czech Republic', 'UK', 'England', 'USA', '아랍에미리트', '대만', 'Vietnam', 'AC', 'CP', 'IC', 'TA', 'FX'];
      const rows = written.map((country, index) => [`c-${index}`, names[0], country, '2017-05-16 10:00']);
      const result = await importFile(test, a.manager.token, { fairId: countryFair.id, kind: 'consultations' }, { name: 'countries.csv', content: stringify([['Ref', 'Company', 'Country', 'Date'], ...rows]) });
      expect(result).toMatchObject({ state: 'completed', rows: { created: 12, rejected: 5 } });
      const stored = await test.db.query<{ import_key: string; buyer_country: string }>('SELECT import_key, buyer_country FROM consultations WHERE fair_id = $1', [countryFair.id]);
      const byRef = Object.fromEntries(stored.rows.map((row) => [row.import_key, row.buyer_country]));
      expect(written.slice(0, 12).map((_, index) => byRef[`ref:c-${index}`])).toEqual(['HK', 'TR', 'GB', 'HK', 'TR', 'CZ', 'GB', 'GB', 'US', 'AE', 'TW', 'VN']);
    });

    it('the API filters by those codes, and answers ?country=UK with a 400 naming the field (codes only; GB is the code)', async () => {
      const gb = await manager.get(`/v1/consultations?fairId=${countryFair.id}&country=GB`);
      expect(gb.statusCode).toBe(200);
      expect(gb.json<{ data: unknown[] }>().data).toHaveLength(3);
      const uk = await manager.get(`/v1/consultations?fairId=${countryFair.id}&country=UK`);
      expect(uk.statusCode).toBe(400);
      expect(uk.headers['content-type']).toContain('application/problem+json');
      expect(uk.json<{ errors: { field: string }[] }>().errors.map((error) => error.field)).toEqual(['country']);
    });
  });

  describe('rating, next step and follow-up due', () => {
    it.each([
      ['English', 'medica', ['Ref', 'Company', 'Country', 'Date', 'Rating', 'Next step', 'Follow-up due'], ['hot', 'cold']],
      ['Korean', 'kimes-leads', ['번호', '업체명', '국가', '상담일자', '리드등급', '후속조치', '후속조치일'], ['상', '하']],
    ])('are stored from %s headers and answered by the API as written', async (_language, series, headers, [hot, cold]) => {
      const leadFair = await insertFair(test, a.id, { name: `${series} 2017`, series });
      await insertParticipation(test, a.id, leadFair.id, (await test.db.query<{ id: string }>('SELECT id FROM companies WHERE name = $1', [names[0]])).rows[0].id);
      const rows = [
        ['l-1', names[0], 'CN', '2017-05-16 10:00', hot, '견적서 발송\tthen call "Dr. Li"\nback', '2017-06-15'],
        ['l-2', names[0], 'CN', '2017-05-16 11:00', cold, '', ''],
        ['l-3', names[0], 'CN', '2017-05-16 12:00', '', 'Visit the Shanghai office', '2017-07-01'],
      ];
      const result = await importFile(test, a.manager.token, { fairId: leadFair.id, kind: 'consultations' }, { name: 'leads.csv', content: stringify([headers, ...rows]) });
      expect(result).toMatchObject({ state: 'completed', rows: { created: 3, rejected: 0 } });
      const stored = (await list(manager, leadFair.id)).sort((x, y) => String(x.occurredAt).localeCompare(String(y.occurredAt)));
      expect(stored.map(({ rating, nextStep, followUpDue }) => ({ rating, nextStep, followUpDue }))).toEqual([
        { rating: 'hot', nextStep: '견적서 발송\tthen call "Dr. Li"\nback', followUpDue: '2017-06-15' },
        { rating: 'cold', nextStep: null, followUpDue: null },
        { rating: null, nextStep: 'Visit the Shanghai office', followUpDue: '2017-07-01' },
      ]);
      const due = await manager.get(`/v1/consultations?fairId=${leadFair.id}&rating=hot&followUpDueBy=2017-06-30`);
      expect(due.json<{ data: unknown[] }>().data).toHaveLength(1);
    });
  });

  describe.each(['csv', 'xlsx'] as const)('round trip through the %s export', (format) => {
    let b: SeededAgency;
    let copy: FairRow;

    beforeAll(async () => {
      b = await seedAgency(test, `Copy${format}`);
      copy = await insertFair(test, b.id);
      for (const name of names) await insertParticipation(test, b.id, copy.id, await insertCompany(test, b.id, name));
      await insertRate(test, b.id, 'EUR', fair.startsOn, '0.912345', b.admin.id);
    });

    it('imports into a second agency as identical records with identical outcomes, and says which columns it skipped', async () => {
      const exported = await manager.get(`/v1/consultations/export.${format}?fairId=${fair.id}`);
      expect(exported.statusCode).toBe(200);
      const result = await importFile(test, b.manager.token, { fairId: copy.id, kind: 'consultations' }, { name: `export.${format}`, content: exported.rawPayload });
      const original = await list(manager, fair.id);
      expect(result).toMatchObject({ state: 'completed', failure: null, rows: { total: original.length, created: original.length, rejected: 0 } });
      expect((result as unknown as { ignoredColumns: { header: string }[] }).ignoredColumns.map((column) => column.header)).toEqual([
        'fairId', 'buyerPhone', 'localDate', 'estimatedValueUsd', 'rateUnitsPerUsd',
      ]);
      const copied = await list(client(test, b.manager.token), copy.id);
      expect(copied.filter((row) => row.estimatedValue !== null)).toHaveLength(original.filter((row) => row.estimatedValue !== null).length);
      expect(copied.filter((row) => row.quantity === 12)).toHaveLength(original.filter((row) => row.quantity === 12).length);
      expect(sorted(copied)).toEqual(sorted(original));

      await waitUntilQuiet(test);
      const outcomes = async (api: Client, fairId: string) => comparable((await api.get(`/v1/fairs/${fairId}/outcomes`)).json());
      expect(await outcomes(client(test, b.manager.token), copy.id)).toEqual(await outcomes(manager, fair.id));
    });
  });

  type Listed = Record<string, unknown> & { estimatedValue: unknown };
  async function list(api: Client, fairId: string): Promise<Listed[]> {
    const response = await api.get(`/v1/consultations?fairId=${fairId}&limit=500`);
    expect(response.statusCode).toBe(200);
    return response.json<{ data: Listed[] }>().data;
  }
  const sorted = (rows: Listed[]) => rows.map((row) => JSON.stringify(comparable(row))).sort();
});
