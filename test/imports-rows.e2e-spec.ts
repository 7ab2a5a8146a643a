import type { INestApplicationContext } from '@nestjs/common';
import { stringify } from 'csv-stringify/sync';
import { parse } from 'csv-parse/sync';
import { client, type Client } from './support/http.js';
import { xlsx } from './support/hostile-files.js';
import { type FairRow, insertExhibitor, insertFair } from './support/records.js';
import { seedAgency, startTestApp, type SeededAgency, type TestApp } from './support/test-app.js';
import { importFile, importsDir } from './support/uploads.js';
import { startWorker } from './support/worker.js';

const HEADER = ['Ref', 'Company', 'Country', 'Date', 'Product'];

/**
 * A row the database would refuse is that row's error (issue 11): the rest of the file is imported,
 * in every batch, and the error file says what was wrong in words, not PostgreSQL's.
 */
describe('imports: rows the database would refuse', () => {
  let test: TestApp;
  let worker: INestApplicationContext;
  let a: SeededAgency;
  let manager: Client;
  let fair: FairRow;
  let companyName: string;

  beforeAll(async () => {
    // The default batch of 1,000 rows: row 1,202 falls in the second batch, as in the report.
    test = await startTestApp({ IMPORTS_DIR: importsDir() });
    worker = await startWorker();
    a = await seedAgency(test, 'Wonju');
    manager = client(test, a.manager.token);
    fair = await insertFair(test, a.id);
    const company = await insertExhibitor(test, a.id, fair.id);
    companyName = (await test.db.query<{ name: string }>('SELECT name FROM companies WHERE id = $1', [company])).rows[0].name;
  });
  afterAll(async () => {
    await worker.close();
    await test.close();
  });

  // Each file's row ids start with its product function's name (`nul-0`, `refused-0`, …).
  const rows = (count: number, product: (row: number) => string) =>
    Array.from({ length: count }, (_, index) => [`${product.name}-${index}`, companyName, 'CN', '2017-05-16 10:00', product(index + 2)]);
  const errorFile = async (id: string) => parse<Record<string, string>>((await manager.get(`/v1/imports/${id}/errors.csv`)).body, { bom: true, columns: true });
  const imported = async (prefix: string) =>
    (await test.db.query<{ n: number }>("SELECT count(*)::int AS n FROM consultations WHERE fair_id = $1 AND import_key LIKE $2", [fair.id, `ref:${prefix}-%`])).rows[0].n;

  it('a NUL byte in row 1,202 of 1,500 rejects that row only; the other 1,499 are imported', async () => {
    const nul = (row: number) => (row === 1202 ? 'Ultra\u0000sound' : 'Ultrasound');
    const result = await importFile(test, a.manager.token, { fairId: fair.id, kind: 'consultations' }, { name: 'nul.csv', content: stringify([HEADER, ...rows(1500, nul)]) });
    expect(result).toMatchObject({ state: 'completed', failure: null, rows: { total: 1500, processed: 1500, created: 1499, rejected: 1, duplicates: 0 } });
    expect(await imported('nul')).toBe(1499);
    expect(await errorFile(result.id)).toEqual([{ row: '1202', column: 'Product', message: 'contains a NUL character (U+0000), which cannot be stored' }]);
  });

  it('any value the database refuses (here a CHECK constraint the parser knows nothing of) is a row error', async () => {
    await test.db.query("ALTER TABLE consultations ADD CONSTRAINT test_refused_product CHECK (product_interest IS DISTINCT FROM 'refused')");
    try {
      const refused = (row: number) => (row === 7 || row === 1300 ? 'refused' : 'Ultrasound');
      const result = await importFile(test, a.manager.token, { fairId: fair.id, kind: 'consultations' }, { name: 'refused.csv', content: stringify([HEADER, ...rows(1500, refused)]) });
      expect(result).toMatchObject({ state: 'completed', failure: null, rows: { processed: 1500, created: 1498, rejected: 2 } });
      expect(await imported('refused')).toBe(1498);
      const errors = await errorFile(result.id);
      expect(errors).toEqual([7, 1300].map((row) => ({ row: String(row), column: '', message: 'the row breaks a rule of the database (test_refused_product)' })));
    } finally {
      await test.db.query('ALTER TABLE consultations DROP CONSTRAINT test_refused_product');
    }
  });

  it('a dry run reports the refused row and keeps nothing', async () => {
    await test.db.query("ALTER TABLE consultations ADD CONSTRAINT test_refused_product CHECK (product_interest IS DISTINCT FROM 'refused')");
    try {
      const dry = (row: number) => (row === 3 ? 'refused' : 'Ultrasound');
      const result = await importFile(test, a.manager.token, { fairId: fair.id, kind: 'consultations', dryRun: 'true' }, { name: 'dry.csv', content: stringify([HEADER, ...rows(20, dry)]) });
      expect(result).toMatchObject({ state: 'completed', rows: { created: 19, rejected: 1 } });
      expect(await imported('dry')).toBe(0);
    } finally {
      await test.db.query('ALTER TABLE consultations DROP CONSTRAINT test_refused_product');
    }
  });

  it('an XLSX header row with gaps (empty header cells) is read, the gaps ignored', async () => {
    const content = await xlsx([
      ['Company', null, 'Country', null, 'Date'],
      [companyName, 'ignored', 'CN', null, '2017-05-17 11:00'],
    ]);
    const result = await importFile(test, a.manager.token, { fairId: fair.id, kind: 'consultations' }, { name: 'gaps.xlsx', content });
    expect(result).toMatchObject({ state: 'completed', rows: { created: 1, rejected: 0 } });
  });
});
