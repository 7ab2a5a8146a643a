import { spawnSync } from 'node:child_process';
import type { INestApplicationContext } from '@nestjs/common';
import { client } from './support/http.js';
import { insertExhibitor, insertFair } from './support/records.js';
import { seedAgency, startTestApp, type TestApp } from './support/test-app.js';
import { startWorker, storedVersusSource, waitUntilQuiet } from './support/worker.js';

const CLI = new URL('../dist/src/cli.js', import.meta.url).pathname;

describe('outcomes:reconcile', () => {
  let test: TestApp;
  let worker: INestApplicationContext;
  let fairId: string;
  let companyId: string;

  beforeAll(async () => {
    test = await startTestApp();
    worker = await startWorker();
    const agency = await seedAgency(test, 'Wonju');
    const fair = await insertFair(test, agency.id);
    fairId = fair.id;
    companyId = await insertExhibitor(test, agency.id, fair.id);
    const staff = client(test, agency.staff.token);
    for (const amount of ['100.00', '250.50', '0.01']) {
      await staff.post('/v1/consultations', { fairId, companyId, buyerCountry: 'CN', occurredAt: '2017-05-16T03:00:00Z', estimatedValue: { amount, currency: 'USD' } });
    }
    await waitUntilQuiet(test);
  });
  afterAll(async () => {
    await worker.close();
    await test.close();
  });

  const reconcile = (...args: string[]) => {
    const result = spawnSync(process.execPath, [CLI, 'outcomes:reconcile', ...args], {
      env: { ...process.env, DATABASE_URL: test.databaseUrl, NODE_OPTIONS: '' },
      encoding: 'utf8',
    });
    expect(`${result.status} ${result.stderr}`).toBe(`0 ${result.stderr}`);
    return { report: JSON.parse(result.stdout) as { fairsChecked: number; fairsDiffering: number; repaired: number; differences: { fairId: string; differences: { part: string; key: string }[] }[] }, summary: result.stderr };
  };

  it('reports nothing when stored outcomes equal the source', () => {
    const { report } = reconcile('--dry-run');
    expect(report).toMatchObject({ fairsChecked: 1, fairsDiffering: 0, repaired: 0 });
  });

  it('reports every corrupted part, repairs it, and leaves the outcome equal to the source', async () => {
    await test.db.query('UPDATE fair_outcomes SET consultations_value_usd = consultations_value_usd + 0.01 WHERE fair_id = $1', [fairId]);
    await test.db.query('DELETE FROM fair_outcome_days WHERE fair_id = $1', [fairId]);
    await test.db.query("UPDATE fair_outcome_countries SET consultations_count = 99 WHERE fair_id = $1 AND country = 'CN'", [fairId]);

    const dry = reconcile('--dry-run', '--fair', fairId);
    expect(dry.report.fairsDiffering).toBe(1);
    expect(dry.report.repaired).toBe(0);
    const parts = dry.report.differences[0].differences.map((d) => `${d.part}:${d.key}`).sort();
    expect(parts).toEqual(['country:CN', 'day:2017-05-16', 'fair:']);

    const fixed = reconcile();
    expect(fixed.report).toMatchObject({ fairsDiffering: 1, repaired: 1 });
    expect(fixed.summary).toContain('1 repaired');
    expect(reconcile('--dry-run').report.fairsDiffering).toBe(0);
    const { stored, source } = await storedVersusSource(test);
    expect(stored).toEqual(source);
  });

  it("checks the read's rendered answer against the stored outcome: a missing or altered one is a difference, repaired", async () => {
    // The repair recomputes the outcome: all but when is the same.
    const document = async () =>
      (await test.db.query<{ text: string }>('SELECT head || tail AS text FROM fair_outcome_documents WHERE fair_id = $1', [fairId])).rows[0]?.text.replace(
        /"computedAt":"[^"]+"/,
        '"computedAt":…',
      );
    const rendered = await document();
    expect(rendered).toContain('"valueUsd":"350.51"');

    await test.db.query(`UPDATE fair_outcome_documents SET tail = replace(tail, '"350.51"', '"350.52"') WHERE fair_id = $1`, [fairId]);
    const altered = reconcile('--dry-run');
    expect(altered.report.fairsDiffering).toBe(1);
    expect(altered.report.differences[0].differences).toEqual([
      expect.objectContaining({ part: 'document', key: '', stored: expect.objectContaining({ text: expect.stringContaining('350.52') }) }),
    ]);
    expect(reconcile().report).toMatchObject({ fairsDiffering: 1, repaired: 1 });
    expect(await document()).toBe(rendered);

    await test.db.query('DELETE FROM fair_outcome_documents WHERE fair_id = $1', [fairId]);
    const missing = reconcile('--dry-run');
    expect(missing.report.differences[0].differences).toEqual([expect.objectContaining({ part: 'document', stored: null })]);
    expect(reconcile().report).toMatchObject({ fairsDiffering: 1, repaired: 1 });
    expect(await document()).toBe(rendered);
    expect(reconcile('--dry-run').report.fairsDiffering).toBe(0);
  });

  it('finds a document its text does not betray: one rendered before a name it shows changed', async () => {
    // A rename the document's trigger did not see: the text is intact, its source stamp is not.
    await test.db.query('ALTER TABLE companies DISABLE TRIGGER companies_outcome_document');
    try {
      await test.db.query("UPDATE companies SET name = 'Wonju Renamed Medical' WHERE id = $1", [companyId]);
    } finally {
      await test.db.query('ALTER TABLE companies ENABLE TRIGGER companies_outcome_document');
    }
    const dry = reconcile('--dry-run');
    expect(dry.report.fairsDiffering).toBe(1);
    expect(dry.report.differences[0].differences).toEqual([
      expect.objectContaining({ part: 'document', computed: expect.objectContaining({ text: expect.stringContaining('Wonju Renamed Medical') }) }),
    ]);
    expect(reconcile().report).toMatchObject({ fairsDiffering: 1, repaired: 1 });
    const { rows } = await test.db.query<{ text: string }>('SELECT head || tail AS text FROM fair_outcome_documents WHERE fair_id = $1', [fairId]);
    expect(rows[0].text).toContain('"companyName":"Wonju Renamed Medical"');
    expect(reconcile('--dry-run').report.fairsDiffering).toBe(0);
  });

  it('takes a document of another renderer whose text is still right for no difference, and the sweep renders it again', async () => {
    const stamp = async () => (await test.db.query<{ renderer: string }>('SELECT renderer FROM fair_outcome_documents WHERE fair_id = $1', [fairId])).rows[0]?.renderer;
    const current = await stamp();
    expect(current).toMatch(/^[0-9a-f]{16}$/);
    await test.db.query("UPDATE fair_outcome_documents SET renderer = 'an-older-one' WHERE fair_id = $1", [fairId]);
    expect(reconcile('--dry-run').report.fairsDiffering).toBe(0);
    const deadline = Date.now() + 60_000;
    while ((await stamp()) !== current && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 200));
    expect(await stamp()).toBe(current);
  });
});
