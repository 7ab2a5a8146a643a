import type { INestApplicationContext } from '@nestjs/common';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { allIds, client, type Client } from './support/http.js';
import { type FairRow, insertBuyer, insertConsultations, insertContracts, insertExhibitor, insertFair, insertMarks } from './support/records.js';
import { type SeededAgency, type TestApp } from './support/test-app.js';
import { startTwoAgencies } from './support/two-agencies.js';
import { startWorker, waitUntilQuiet } from './support/worker.js';

interface Meetings {
  requested: number;
  held: number;
  noShow: number;
}

interface Measures {
  consultations: { count: number; valueUsd: string };
  contracts: { signed: { count: number; valueUsd: string }; expected: { count: number; valueUsd: string } };
}

const workbook = async (body: Buffer) => {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(body as unknown as ArrayBuffer);
  return book;
};

/** A money cell as the endpoint's decimal string: it must be a number cell whose value prints back exactly. */
const money = (cell: ExcelJS.Cell): string => {
  expect(typeof cell.value).toBe('number');
  expect(cell.numFmt).toBe('#,##0.00');
  return (cell.value as number).toFixed(2);
};
/** A KRW cell: the exact value, shown without decimals (KRW has none). */
const krw = (cell: ExcelJS.Cell): string => {
  expect(typeof cell.value).toBe('number');
  expect(cell.numFmt).toBe('#,##0');
  return (cell.value as number).toFixed(2);
};
const count = (cell: ExcelJS.Cell): number => {
  expect(typeof cell.value).toBe('number');
  return cell.value as number;
};
const measures = (row: ExcelJS.Row, first: number): Measures => ({
  consultations: { count: count(row.getCell(first)), valueUsd: money(row.getCell(first + 1)) },
  contracts: {
    signed: { count: count(row.getCell(first + 2)), valueUsd: money(row.getCell(first + 3)) },
    expected: { count: count(row.getCell(first + 4)), valueUsd: money(row.getCell(first + 5)) },
  },
});

describe('exports', () => {
  let test: TestApp;
  let worker: INestApplicationContext;
  let a: SeededAgency;
  let b: SeededAgency;
  let manager: Client;
  let fair: FairRow;

  beforeAll(async () => {
    ({ test, a, b } = await startTwoAgencies({ OUTCOME_SWEEP_INTERVAL_MS: '1000' }));
    worker = await startWorker();
    await test.db.query(`UPDATE agencies SET home_currency = 'KRW' WHERE id = $1`, [a.id]);
    await test.db.query(
      `INSERT INTO exchange_rates (agency_id, currency, rate_date, units_per_usd, created_by) VALUES ($1, 'KRW', '2017-05-01', '1130.00', $2)`,
      [a.id, a.admin.id],
    );
    manager = client(test, a.manager.token);
    fair = await insertFair(test, a.id);
    const companies = [await insertExhibitor(test, a.id, fair.id), await insertExhibitor(test, a.id, fair.id), await insertExhibitor(test, a.id, fair.id)];
    const buyers = [await insertBuyer(test, a.id, 'CN', 'li.wei@example.com'), await insertBuyer(test, a.id, 'VN')];
    // Large amounts (totals near 10^13 in the home currency, with cents) to show the number cells stay exact.
    await insertConsultations(test, { agencyId: a.id, fair, companies, buyers, userId: a.staff.id, count: 1200 });
    await test.db.query(`UPDATE consultations SET estimated_usd = estimated_usd + 9876543210.01
        WHERE id IN (SELECT id FROM consultations WHERE fair_id = $1 AND estimated_usd IS NOT NULL AND deleted_at IS NULL ORDER BY id LIMIT 3)`, [fair.id]);
    await insertContracts(test, { agencyId: a.id, fair, companies, buyers, userId: a.staff.id, count: 90 });
    // Two meeting requests (matchmaking) for the first company, so the report's meeting counts are not all zero.
    await test.db.query(
      `INSERT INTO meetings (agency_id, fair_id, company_id, buyer_id, requested_by) SELECT $1, $2, $3, b, $4 FROM unnest($5::uuid[]) AS b`,
      [a.id, fair.id, companies[0], a.staff.id, buyers],
    );
    await insertMarks(test, a.id, fair.id);
    await waitUntilQuiet(test);
  });
  afterAll(async () => {
    await worker.close();
    await test.close();
  });

  describe('GET /v1/fairs/{fairId}/outcomes/report.xlsx', () => {
    it('has a sheet per breakdown whose number cells equal the outcome endpoint exactly', async () => {
      const outcome = (await manager.get(`/v1/fairs/${fair.id}/outcomes`)).json<Measures & {
        companies: number;
        meetings: Meetings;
        home: { consultationsValue: string; signedValue: string };
        byCompany: (Measures & { companyName: string; meetings: Meetings })[];
        byCountry: (Measures & { country: string })[];
        byDay: (Measures & { date: string })[];
      }>();
      const response = await manager.get(`/v1/fairs/${fair.id}/outcomes/report.xlsx`);
      expect(response.statusCode).toBe(200);
      expect(response.headers['content-type']).toContain('spreadsheetml');
      const book = await workbook(response.rawPayload);
      expect(book.worksheets.map((sheet) => sheet.name)).toEqual(['요약 Summary', '기업별 By company', '국가별 By country', '일자별 By day', '퍼널 Funnel', '월별 By month', '후속조사 Follow-up survey']);

      const summary = book.worksheets[0];
      expect(count(summary.getRow(2).getCell(2))).toBe(outcome.companies);
      expect({ count: count(summary.getRow(3).getCell(2)), valueUsd: money(summary.getRow(3).getCell(3)) }).toEqual(outcome.consultations);
      expect(krw(summary.getRow(3).getCell(4))).toBe(outcome.home.consultationsValue);
      expect({ count: count(summary.getRow(4).getCell(2)), valueUsd: money(summary.getRow(4).getCell(3)) }).toEqual(outcome.contracts.signed);
      expect(krw(summary.getRow(4).getCell(4))).toBe(outcome.home.signedValue);
      expect({ count: count(summary.getRow(5).getCell(2)), valueUsd: money(summary.getRow(5).getCell(3)) }).toEqual(outcome.contracts.expected);
      expect(BigInt(outcome.home.consultationsValue.replace('.', ''))).toBeGreaterThan(10n ** 15n); // above 10^13 KRW, with cents
      expect([8, 9, 10].map((row) => count(summary.getRow(row).getCell(2)))).toEqual([outcome.meetings.requested, outcome.meetings.held, outcome.meetings.noShow]);
      expect(outcome.meetings.requested).toBe(2);

      // Each breakdown ends in its total row (outcome-report.e2e-spec.ts reads it): the breakdown rows are the ones above.
      const rows = (index: number) => book.worksheets[index].getRows(2, book.worksheets[index].rowCount - 2) ?? [];
      const pick = ({ consultations, contracts }: Measures): Measures => ({ consultations, contracts });
      expect(rows(1).map((row) => ({ name: row.getCell(1).value, ...measures(row, 2) }))).toEqual(outcome.byCompany.map((c) => ({ name: c.companyName, ...pick(c) })));
      expect(rows(1).map((row) => [8, 9, 10].map((cell) => count(row.getCell(cell))))).toEqual(outcome.byCompany.map((c) => [c.meetings.requested, c.meetings.held, c.meetings.noShow]));
      expect(rows(2).map((row) => ({ country: row.getCell(2).value, ...measures(row, 3) }))).toEqual(outcome.byCountry.map((c) => ({ country: c.country, ...pick(c) })));
      // The day sheet's "No date" row (expected contracts have no day) is read by outcome-report.e2e-spec.ts.
      expect(rows(3).filter((row) => row.getCell(1).value instanceof Date).map((row) => ({ date: (row.getCell(1).value as Date).toISOString().slice(0, 10), ...measures(row, 2) }))).toEqual(
        outcome.byDay.map((d) => ({ date: d.date, ...pick(d) })),
      );
    });

    it('report.csv carries the same figures as decimal strings', async () => {
      const outcome = (await manager.get(`/v1/fairs/${fair.id}/outcomes`)).json<Measures & { byCompany: (Measures & { companyId: string })[] }>();
      const response = await manager.get(`/v1/fairs/${fair.id}/outcomes/report.csv`);
      expect(response.statusCode).toBe(200);
      const records = parse<Record<string, string>>(response.body, { bom: true, columns: true });
      const flat = (m: Measures) => ({
        consultations: String(m.consultations.count), consultationsValueUsd: m.consultations.valueUsd,
        signed: String(m.contracts.signed.count), signedValueUsd: m.contracts.signed.valueUsd,
        expected: String(m.contracts.expected.count), expectedValueUsd: m.contracts.expected.valueUsd,
      });
      expect(records[0]).toMatchObject({ section: 'total', key: fair.id, ...flat(outcome), meetingsRequested: '2', meetingsHeld: '0', meetingsNoShow: '0' });
      const companies = records.filter((record) => record.section === 'company');
      expect(companies.map((record) => ({ key: record.key, ...flat({ consultations: { count: Number(record.consultations), valueUsd: record.consultationsValueUsd }, contracts: { signed: { count: Number(record.signed), valueUsd: record.signedValueUsd }, expected: { count: Number(record.expected), valueUsd: record.expectedValueUsd } } }) })))
        .toEqual(outcome.byCompany.map((c) => ({ key: c.companyId, ...flat(c) })));
    });

    it("another agency's fair is a 404, and staff may not read reports", async () => {
      const other = client(test, b.manager.token);
      expect((await other.get(`/v1/fairs/${fair.id}/outcomes/report.xlsx`)).statusCode).toBe(404);
      expect((await other.get(`/v1/fairs/${fair.id}/outcomes/report.csv`)).statusCode).toBe(404);
      expect((await client(test, a.staff.token).get(`/v1/fairs/${fair.id}/outcomes/report.xlsx`)).statusCode).toBe(403);
    });
  });

  describe('GET /v1/consultations/export.xlsx|csv', () => {
    it('exports every row the list filters select, in list order, across keyset pages', async () => {
      const listed = await allIds(manager, `/v1/consultations?fairId=${fair.id}&stage=won&limit=500`);
      const all = await allIds(manager, `/v1/consultations?fairId=${fair.id}&limit=500`);
      expect(all.length).toBeGreaterThan(500);
      const csv = await client(test, a.staff.token).get(`/v1/consultations/export.csv?fairId=${fair.id}`);
      expect(csv.statusCode).toBe(200);
      const records = parse<Record<string, string>>(csv.body, { bom: true, columns: true });
      expect(records.map((record) => record.id)).toEqual(all);
      const book = await workbook((await manager.get(`/v1/consultations/export.xlsx?fairId=${fair.id}&stage=won`)).rawPayload);
      const sheet = book.worksheets[0];
      const ids = (sheet.getRows(2, sheet.rowCount - 1) ?? []).map((row) => row.getCell(1).value);
      expect(ids).toEqual(listed);
    });

    it('carries the same values as the list, buyers included for users who may read personal data', async () => {
      const page = (await manager.get(`/v1/consultations?fairId=${fair.id}&limit=500`)).json<{ data: { id: string; estimatedValueUsd: string | null; buyerId: string | null }[] }>();
      const records = parse<Record<string, string>>((await manager.get(`/v1/consultations/export.csv?fairId=${fair.id}`)).body, { bom: true, columns: true });
      const byId = new Map(records.map((record) => [record.id, record]));
      for (const row of page.data) expect(byId.get(row.id)?.estimatedValueUsd).toBe(row.estimatedValueUsd ?? '');
      expect(records.some((record) => record.buyerEmail === 'li.wei@example.com')).toBe(true);
    });

    it('rejects a bad filter with the field named, and shows another agency nothing', async () => {
      const bad = await manager.get('/v1/consultations/export.csv?stage=maybe');
      expect(bad.statusCode).toBe(400);
      expect(bad.json().errors[0].field).toBe('stage');
      const other = parse((await client(test, b.manager.token).get(`/v1/consultations/export.csv?fairId=${fair.id}`)).body, { bom: true, columns: true });
      expect(other).toEqual([]);
    });
  });
});
