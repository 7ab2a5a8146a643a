import type { INestApplicationContext } from '@nestjs/common';
import { stringify } from 'csv-stringify/sync';
import { type FairRow, insertFair } from './support/records.js';
import { seedAgency, startTestApp, type SeededAgency, type TestApp } from './support/test-app.js';
import { importFile, importsDir } from './support/uploads.js';
import { startWorker } from './support/worker.js';

const HEADER = ['Ref', 'Company', 'Registration number', 'Email', 'Buyer organisation', 'Country', 'Date'];

/**
 * Companies, buyers and exhibitors an import looks up are kept for the import's life (batches of 2
 * rows here, so one file is many batches): what a batch creates is remembered only once it commits,
 * never in a dry run, and each agency's lookups are its own.
 */
describe('imports: lookups kept across batches', () => {
  let test: TestApp;
  let worker: INestApplicationContext;
  let a: SeededAgency;
  let b: SeededAgency;
  let fairA: FairRow;
  let fairB: FairRow;

  beforeAll(async () => {
    test = await startTestApp({ IMPORTS_DIR: importsDir(), IMPORT_BATCH_ROWS: '2' });
    worker = await startWorker();
    a = await seedAgency(test, 'Wonju');
    b = await seedAgency(test, 'Gimhae');
    fairA = await insertFair(test, a.id);
    fairB = await insertFair(test, b.id);
  });
  afterAll(async () => {
    await worker.close();
    await test.close();
  });

  // Seven rows over four batches: one new company (by registration number) and one new buyer, both
  // first seen in the first batch and named again in later ones.
  const file = (prefix: string) =>
    stringify([
      HEADER,
      ...Array.from({ length: 7 }, (_, i) => [`${prefix}-${i}`, 'Gangwon Medical', '123-45-67890', 'buyer@hospital.example', 'Shanghai Hospital', 'CN', `2017-05-16 1${i}:00`]),
    ]);
  const count = async (sql: string, params: unknown[]) => (await test.db.query<{ n: number }>(sql, params)).rows[0].n;
  const companies = (agencyId: string) => count("SELECT count(*)::int AS n FROM companies WHERE agency_id = $1 AND registration_number = '123-45-67890'", [agencyId]);
  const buyers = (agencyId: string) => count("SELECT count(*)::int AS n FROM buyers WHERE agency_id = $1 AND email = 'buyer@hospital.example'", [agencyId]);

  it('a dry run over many batches creates the new company and buyer in each batch it needs them, and keeps none', async () => {
    const result = await importFile(test, a.manager.token, { fairId: fairA.id, kind: 'consultations', dryRun: 'true', createMissing: 'true' }, { name: 'dry.csv', content: file('dry') });
    expect(result).toMatchObject({ state: 'completed', rows: { total: 7, processed: 7, created: 7, duplicates: 0, rejected: 0 } });
    expect(await companies(a.id)).toBe(0);
    expect(await buyers(a.id)).toBe(0);
    expect(await count('SELECT count(*)::int AS n FROM consultations WHERE agency_id = $1', [a.id])).toBe(0);
  });

  it('an import creates the company, its participation and the buyer once, and every later batch reuses them', async () => {
    const result = await importFile(test, a.manager.token, { fairId: fairA.id, kind: 'consultations', createMissing: 'true' }, { name: 'real.csv', content: file('real') });
    expect(result).toMatchObject({ state: 'completed', rows: { total: 7, processed: 7, created: 7, rejected: 0 } });
    expect(await companies(a.id)).toBe(1);
    expect(await buyers(a.id)).toBe(1);
    expect(await count('SELECT count(*)::int AS n FROM participations WHERE agency_id = $1 AND fair_id = $2', [a.id, fairA.id])).toBe(1);
    const linked = await test.db.query<{ companies: number; buyers: number; rows: number }>(
      'SELECT count(DISTINCT company_id)::int AS companies, count(DISTINCT buyer_id)::int AS buyers, count(*)::int AS rows FROM consultations WHERE agency_id = $1 AND fair_id = $2',
      [a.id, fairA.id],
    );
    expect(linked.rows[0]).toEqual({ companies: 1, buyers: 1, rows: 7 });
    // Each created row has its change event, and the company, buyer and participation theirs, once.
    const events = await test.db.query<{ type: string; n: number }>(
      'SELECT type, count(*)::int AS n FROM change_events WHERE agency_id = $1 GROUP BY type ORDER BY type',
      [a.id],
    );
    expect(events.rows).toEqual(
      expect.arrayContaining([
        { type: 'buyer.created', n: 1 },
        { type: 'company.created', n: 1 },
        { type: 'consultation.created', n: 7 },
        { type: 'participation.created', n: 1 },
      ]),
    );
  });

  it("another agency's import of the same file finds nothing of the first agency's and creates its own", async () => {
    const refused = await importFile(test, b.manager.token, { fairId: fairB.id, kind: 'consultations' }, { name: 'b.csv', content: file('b') });
    expect(refused).toMatchObject({ state: 'completed', rows: { processed: 7, created: 0, rejected: 7 } });
    const created = await importFile(test, b.manager.token, { fairId: fairB.id, kind: 'consultations', createMissing: 'true' }, { name: 'b2.csv', content: file('b2') });
    expect(created).toMatchObject({ state: 'completed', rows: { processed: 7, created: 7, rejected: 0 } });
    expect(await companies(b.id)).toBe(1);
    expect(await buyers(b.id)).toBe(1);
    const crossed = await count(
      `SELECT count(*)::int AS n FROM consultations c JOIN companies co ON co.id = c.company_id JOIN buyers bu ON bu.id = c.buyer_id
        WHERE c.agency_id = $1 AND (co.agency_id <> $1 OR bu.agency_id <> $1)`,
      [b.id],
    );
    expect(crossed).toBe(0);
  });
});
