import type { INestApplicationContext } from '@nestjs/common';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import type { CountValue, Funnel } from './support/funnel-source.js';
import { client, type Client } from './support/http.js';
import { type FairRow, insertConsultations, insertContracts, insertExhibitor, insertFair, insertFollowUps, insertMarks, insertRate } from './support/records.js';
import { seedAgency, startTestApp, type SeededAgency, type TestApp } from './support/test-app.js';
import { startWorker, waitUntilQuiet } from './support/worker.js';

interface Measures {
  consultations: { count: number; valueUsd: string };
  contracts: { signed: { count: number; valueUsd: string }; expected: { count: number; valueUsd: string } };
}

const workbook = async (body: Buffer) => {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(body as unknown as ArrayBuffer);
  return book;
};
/** A number cell as a decimal string with cents (the values are exact doubles of two-decimal amounts). */
const cents = (cell: ExcelJS.Cell): string => {
  expect(typeof cell.value).toBe('number');
  return (cell.value as number).toFixed(2);
};
const measuresAt = (row: ExcelJS.Row, first: number): Measures => ({
  consultations: { count: row.getCell(first).value as number, valueUsd: cents(row.getCell(first + 1)) },
  contracts: {
    signed: { count: row.getCell(first + 2).value as number, valueUsd: cents(row.getCell(first + 3)) },
    expected: { count: row.getCell(first + 4).value as number, valueUsd: cents(row.getCell(first + 5)) },
  },
});
const pick = ({ consultations, contracts }: Measures): Measures => ({ consultations, contracts });
interface FunnelOutcome extends Measures {
  funnel: Funnel;
  home: { expectedValue: string; funnel: Record<'consultationsOnSiteValue' | 'consultationsAfterValue' | 'provisionalValue' | 'signedOnSiteValue' | 'signedLaterValue' | 'shippedValue', string> };
  byMonth: { month: number; signed: CountValue; shipped: CountValue; signedToDate: CountValue; shippedToDate: CountValue }[];
}
/** Sums of a column's cells in integer cents, so the check itself cannot round. */
const sumCents = (rows: ExcelJS.Row[], column: number): string => {
  const total = rows.reduce((sum, row) => sum + BigInt(cents(row.getCell(column)).replace('.', '')), 0n);
  return `${total / 100n}.${String(total % 100n).padStart(2, '0')}`;
};

/** Issue 12, "A report worth opening": the XLSX read back with exceljs, its figures against the API's. */
describe('outcome reports', () => {
  let test: TestApp;
  let worker: INestApplicationContext;
  let a: SeededAgency;
  let manager: Client;
  let fair: FairRow;
  let other: FairRow;

  beforeAll(async () => {
    test = await startTestApp({ OUTCOME_SWEEP_INTERVAL_MS: '1000' });
    worker = await startWorker();
    a = await seedAgency(test, 'Wonju');
    await test.db.query(`UPDATE agencies SET home_currency = 'KRW' WHERE id = $1`, [a.id]);
    await insertRate(test, a.id, 'KRW', '2017-01-01', '1130.50', a.admin.id);
    await insertRate(test, a.id, 'EUR', '2017-01-01', '0.912345', a.admin.id);
    manager = client(test, a.manager.token);
    fair = await insertFair(test, a.id);
    other = await insertFair(test, a.id, { name: 'KIMES 2017', series: 'kimes', startsOn: '2017-03-16', endsOn: '2017-03-19', timezone: 'Asia/Seoul', country: 'KR' });
    const later = await insertFair(test, a.id, { name: 'CMEF 2018', year: 2018, startsOn: '2018-04-11', endsOn: '2018-04-14' });
    const companies = [await insertExhibitor(test, a.id, fair.id), await insertExhibitor(test, a.id, fair.id)];
    await test.db.query(`UPDATE companies SET local_name = '원주메디칼', name = 'Wonju Medical Co., Ltd.' WHERE id = $1`, [companies[0]]);
    for (const [target, seed] of [[fair, 0], [other, 3], [later, 5]] as const) {
      await insertConsultations(test, { agencyId: a.id, fair: target, companies, userId: a.staff.id, count: 300, seed });
      await insertContracts(test, { agencyId: a.id, fair: target, companies, userId: a.staff.id, count: 40, seed });
      await insertMarks(test, a.id, target.id);
    }
    // What followed CMEF: provisional and later contracts with shipments, video consultations and hot leads, so no funnel stage is zero.
    await insertFollowUps(test, { agencyId: a.id, fair, companies, userId: a.staff.id, count: 30, seed: 1 });
    await test.db.query(`UPDATE consultations SET type = 'video' WHERE id IN (SELECT id FROM consultations WHERE fair_id = $1 ORDER BY id LIMIT 20)`, [fair.id]);
    await test.db.query(`UPDATE consultations SET rating = 'hot' WHERE id IN (SELECT id FROM consultations WHERE fair_id = $1 ORDER BY id DESC LIMIT 15)`, [fair.id]);
    await insertMarks(test, a.id, fair.id);
    // …and KIMES, less of it, so the year's funnel total is no single fair's.
    await insertFollowUps(test, { agencyId: a.id, fair: other, companies, userId: a.staff.id, count: 12, seed: 2 });
    await test.db.query(`UPDATE consultations SET type = 'video' WHERE id IN (SELECT id FROM consultations WHERE fair_id = $1 ORDER BY id LIMIT 7)`, [other.id]);
    await test.db.query(`UPDATE consultations SET rating = 'hot' WHERE id IN (SELECT id FROM consultations WHERE fair_id = $1 ORDER BY id DESC LIMIT 4)`, [other.id]);
    await insertMarks(test, a.id, other.id);
    await waitUntilQuiet(test);
  });
  afterAll(async () => {
    await worker.close();
    await test.close();
  });

  it('is styled, frozen, filtered, fitted and printable on every sheet', async () => {
    const book = await workbook((await manager.get(`/v1/fairs/${fair.id}/outcomes/report.xlsx`)).rawPayload);
    for (const sheet of book.worksheets) {
      const header = sheet.getRow(1);
      expect(header.getCell(1).font?.bold).toBe(true);
      expect(header.getCell(2).fill).toMatchObject({ type: 'pattern', pattern: 'solid' });
      expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
      expect(sheet.autoFilter).toBe(`A1:${sheet.getColumn(sheet.columnCount).letter}${sheet.rowCount - (['요약 Summary', '퍼널 Funnel', '후속조사 Follow-up survey'].includes(sheet.name) ? 0 : 1)}`);
      expect(sheet.pageSetup).toMatchObject({ orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 });
      sheet.getRow(1).eachCell((cell, column) => {
        // Hangul counts double: "상담건수 Consultations" needs 4 × 2 + 14 characters, and gets them.
        const needed = [...(typeof cell.value === 'string' ? cell.value : '')].reduce((width, char) => width + (/[\uAC00-\uD7A3]/.test(char) ? 2 : 1), 0);
        expect(sheet.getColumn(column).width).toBeGreaterThanOrEqual(Math.min(needed, 60));
      });
    }
  });

  it('has money formats (USD with cents, KRW without) and total rows equal to the API figures to the cent', async () => {
    const outcome = (await manager.get(`/v1/fairs/${fair.id}/outcomes`)).json<Measures & {
      companies: number;
      home: { currency: string; consultationsValue: string };
      byCompany: (Measures & { companyName: string; companyLocalName: string | null })[];
      byCountry: (Measures & { country: string })[];
    }>();
    const book = await workbook((await manager.get(`/v1/fairs/${fair.id}/outcomes/report.xlsx`)).rawPayload);
    const [summary, byCompany, byCountry, byDay] = book.worksheets;
    expect(summary.getRow(3).getCell(3).numFmt).toBe('#,##0.00');
    expect(summary.getRow(3).getCell(4).numFmt).toBe('#,##0');
    expect(cents(summary.getRow(3).getCell(4))).toBe(outcome.home.consultationsValue);

    for (const [sheet, first] of [[byCompany, 2], [byCountry, 3], [byDay, 2]] as const) {
      const total = sheet.getRow(sheet.rowCount);
      const rows = sheet.getRows(2, sheet.rowCount - 2) ?? [];
      expect(total.getCell(1).value).toBe('합계 Total');
      expect(total.getCell(1).font?.bold).toBe(true);
      expect(total.getCell(first + 1).numFmt).toBe('#,##0.00');
      expect(measuresAt(total, first)).toEqual(pick(outcome));
      // …and it is the sum of the sheet's rows, to the cent.
      expect([1, 3, 5].map((offset) => sumCents(rows, first + offset))).toEqual([outcome.consultations.valueUsd, outcome.contracts.signed.valueUsd, outcome.contracts.expected.valueUsd]);
    }
    // Korean for a KRW agency: the company's Korean name, countries by their Korean names.
    const companyNames = (byCompany.getRows(2, byCompany.rowCount - 2) ?? []).map((row) => row.getCell(1).value);
    expect(companyNames).toEqual(outcome.byCompany.map((company) => company.companyLocalName ?? company.companyName));
    expect(companyNames).toContain('원주메디칼');
    const countries = (byCountry.getRows(2, byCountry.rowCount - 2) ?? []).map((row) => [row.getCell(1).value, row.getCell(2).value]);
    expect(countries).toContainEqual(['중국', 'CN']);
    expect(countries).toContainEqual(['아랍에미리트', 'AE']);
  });

  it('has the funnel stage by stage and the months since the fair, each figure the API’s exactly (USD with cents, KRW without)', async () => {
    const outcome = (await manager.get(`/v1/fairs/${fair.id}/outcomes`)).json<FunnelOutcome>();
    const { funnel, home } = outcome;
    const book = await workbook((await manager.get(`/v1/fairs/${fair.id}/outcomes/report.xlsx`)).rawPayload);
    expect(book.worksheets.map((sheet) => sheet.name).slice(4)).toEqual(['퍼널 Funnel', '월별 By month', '후속조사 Follow-up survey']);

    const sheet = book.getWorksheet('퍼널 Funnel') as ExcelJS.Worksheet;
    const stages = (sheet.getRows(2, sheet.rowCount - 1) ?? []).map((row) => [
      row.getCell(1).value,
      row.getCell(2).value,
      row.getCell(3).value === null ? null : cents(row.getCell(3)),
      row.getCell(4).value === null ? null : cents(row.getCell(4)),
    ]);
    expect(stages).toEqual([
      ['현장 상담 Consultations at the fair', funnel.consultations.onSite.count, funnel.consultations.onSite.valueUsd, home.funnel.consultationsOnSiteValue],
      ['사후 화상상담 Consultations after the fair (video)', funnel.consultations.after.count, funnel.consultations.after.valueUsd, home.funnel.consultationsAfterValue],
      ['유망 상담 Hot leads', funnel.hotLeads, null, null],
      ['계약추진 Contracts expected', funnel.expected.count, funnel.expected.valueUsd, home.expectedValue],
      ['가계약 Provisional contracts', funnel.provisional.count, funnel.provisional.valueUsd, home.funnel.provisionalValue],
      ['현장 계약체결 Signed at the fair', funnel.signed.onSite.count, funnel.signed.onSite.valueUsd, home.funnel.signedOnSiteValue],
      ['사후 계약체결 Signed after the fair', funnel.signed.later.count, funnel.signed.later.valueUsd, home.funnel.signedLaterValue],
      ['선적 Shipped (realized exports)', funnel.shipped.count, funnel.shipped.valueUsd, home.funnel.shippedValue],
    ]);
    // Every stage has something in it (the seed above), so a column read from the wrong stage would show.
    expect([funnel.consultations.after.count, funnel.hotLeads, funnel.provisional.count, funnel.signed.later.count, funnel.shipped.count].every((n) => n > 0)).toBe(true);
    expect([sheet.getRow(2).getCell(2).numFmt, sheet.getRow(2).getCell(3).numFmt, sheet.getRow(2).getCell(4).numFmt]).toEqual(['#,##0', '#,##0.00', '#,##0']);
    expect(sheet.getRow(1).getCell(4).value).toBe('KRW @ 1130.500000 KRW/USD (2017-01-01)');

    const months = book.getWorksheet('월별 By month') as ExcelJS.Worksheet;
    const pair = (row: ExcelJS.Row, column: number) => ({ count: row.getCell(column).value, valueUsd: cents(row.getCell(column + 1)) });
    const rows = months.getRows(2, months.rowCount - 2) ?? [];
    expect(rows.map((row) => ({ month: row.getCell(1).value, signed: pair(row, 2), shipped: pair(row, 4), signedToDate: pair(row, 6), shippedToDate: pair(row, 8) }))).toEqual(
      outcome.byMonth,
    );
    expect(outcome.byMonth.length).toBeGreaterThan(3);
    // The total row is the curve's end, which is every signing and every shipment the funnel counts.
    const total = months.getRow(months.rowCount);
    expect([total.getCell(1).value, pair(total, 2), pair(total, 4)]).toEqual(['합계 Total', outcome.contracts.signed, funnel.shipped]);
    expect(total.getCell(1).font?.bold).toBe(true);
    // …and the months add up to it, to the cent.
    expect([sumCents(rows, 3), sumCents(rows, 5)]).toEqual([outcome.contracts.signed.valueUsd, funnel.shipped.valueUsd]);
  });

  it('is named after the fair and the day, in Korean with an ASCII fallback; ?lang=en gives English names', async () => {
    const today = new Date().toISOString().slice(0, 10);
    const korean = await manager.get(`/v1/fairs/${fair.id}/outcomes/report.xlsx`);
    expect(korean.headers['content-disposition']).toBe(
      `attachment; filename=cmef-2017-outcome-report-${today}.xlsx; filename*=UTF-8''cmef-2017-${encodeURIComponent('성과보고서')}-${today}.xlsx`,
    );
    const english = await manager.get(`/v1/fairs/${fair.id}/outcomes/report.xlsx?lang=en`);
    expect(english.headers['content-disposition']).toBe(`attachment; filename=cmef-2017-outcome-report-${today}.xlsx`);
    const book = await workbook(english.rawPayload);
    const names = (sheet: ExcelJS.Worksheet) => (sheet.getRows(2, sheet.rowCount - 2) ?? []).map((row) => row.getCell(1).value);
    expect(names(book.worksheets[1])).toContain('Wonju Medical Co., Ltd.');
    expect(names(book.worksheets[2])).toContain('United Arab Emirates');
    const bad = await manager.get(`/v1/fairs/${fair.id}/outcomes/report.xlsx?lang=fr`);
    expect(bad.statusCode).toBe(400);
    expect(bad.json<{ errors: { field: string }[] }>().errors[0].field).toBe('lang');
  });

  it("the yearly report has one row per fair of the year and the API's grand total", async () => {
    const rollup = (await manager.get('/v1/outcomes?year=2017')).json<{ data: (Measures & { fair: { name: string }; companies: number })[]; total: Measures & { companyParticipations: number } }>();
    expect(rollup.data).toHaveLength(2);
    const response = await manager.get('/v1/outcomes/report.xlsx?year=2017');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-disposition']).toContain(`filename=2017-outcome-report-${new Date().toISOString().slice(0, 10)}.xlsx;`);
    const [sheet] = (await workbook(response.rawPayload)).worksheets;
    const rows = sheet.getRows(2, sheet.rowCount - 2) ?? [];
    expect(rows.map((row) => ({ name: row.getCell(1).value, companies: row.getCell(6).value, ...measuresAt(row, 7) }))).toEqual(
      rollup.data.map((row) => ({ name: row.fair.name, companies: row.companies, ...pick(row) })),
    );
    const total = sheet.getRow(sheet.rowCount);
    expect({ label: total.getCell(1).value, companies: total.getCell(6).value, ...measuresAt(total, 7) }).toEqual({
      label: '합계 Total', companies: rollup.total.companyParticipations, ...pick(rollup.total),
    });
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });

    const csv = await manager.get('/v1/outcomes/report.csv?year=2017');
    expect(csv.rawPayload.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    const records = parse<Record<string, string>>(csv.body, { bom: true, columns: true });
    expect(records.map((record) => record.section)).toEqual(['fair', 'fair', 'total']);
    expect(records[2]).toMatchObject({ consultationsValueUsd: rollup.total.consultations.valueUsd, signedValueUsd: rollup.total.contracts.signed.valueUsd });
    expect(records.map((record) => record.country)).toEqual(['한국', '중국', '']); // in date order: KIMES (March), CMEF (May)

    const bad = await manager.get('/v1/outcomes/report.xlsx?year=last');
    expect(bad.statusCode).toBe(400);
    expect(bad.json<{ errors: { field: string }[] }>().errors.map((error) => error.field)).toContain('year');
    // Without ?year= it is this year's (no fairs here): the header row and a zero total.
    const [thisYear] = (await workbook((await manager.get('/v1/outcomes/report.xlsx')).rawPayload)).worksheets;
    expect(thisYear.name).toBe(`${new Date().getUTCFullYear()} 연간 Yearly`);
    expect(thisYear.getRow(2).getCell(1).value).toBe('합계 Total');
  });

  it("the yearly report's funnel sheet has each fair's funnel and the year's, the API's exactly, stage by stage as the fair report names them; the CSV has them as columns", async () => {
    const rollup = (await manager.get('/v1/outcomes?year=2017')).json<{ data: (FunnelOutcome & { fair: { name: string; series: string } })[]; total: { funnel: FunnelOutcome['funnel'] } }>();
    expect(rollup.data).toHaveLength(2);
    // Every stage holds something at both fairs, and the fairs differ, so a figure read from the wrong column or row would show.
    for (const { funnel } of rollup.data) {
      expect([funnel.consultations.after, funnel.provisional, funnel.signed.onSite, funnel.signed.later, funnel.shipped].every((stage) => stage.count > 0) && funnel.hotLeads > 0).toBe(true);
    }
    const book = await workbook((await manager.get('/v1/outcomes/report.xlsx?year=2017')).rawPayload);
    expect(book.worksheets.map((sheet) => sheet.name)).toEqual(['2017 연간 Yearly', '2017 퍼널 Funnel']);
    const sheet = book.worksheets[1];

    // The headers: each stage as the fair report's funnel sheet names it, its count and (but hot leads) its USD value.
    const fairBook = await workbook((await manager.get(`/v1/fairs/${fair.id}/outcomes/report.xlsx`)).rawPayload);
    const fairFunnel = fairBook.getWorksheet('퍼널 Funnel') as ExcelJS.Worksheet;
    const stageNames = (fairFunnel.getRows(2, fairFunnel.rowCount - 1) ?? []).map((row) => row.getCell(1).value as string);
    const headers: unknown[] = [];
    sheet.getRow(1).eachCell((cell) => headers.push(cell.value));
    expect(headers).toEqual(['전시회 Fair', '시리즈 Series', ...stageNames.flatMap((stage) => (stage === '유망 상담 Hot leads' ? [stage] : [stage, `${stage} (USD)`]))]);

    const pairAt = (row: ExcelJS.Row, column: number): CountValue => ({ count: row.getCell(column).value as number, valueUsd: cents(row.getCell(column + 1)) });
    const funnelAt = (row: ExcelJS.Row): FunnelOutcome['funnel'] => ({
      consultations: { onSite: pairAt(row, 3), after: pairAt(row, 5) },
      hotLeads: row.getCell(7).value as number,
      expected: pairAt(row, 8),
      provisional: pairAt(row, 10),
      signed: { onSite: pairAt(row, 12), later: pairAt(row, 14) },
      shipped: pairAt(row, 16),
    });
    expect(sheet.columnCount).toBe(17);
    const rows = sheet.getRows(2, sheet.rowCount - 2) ?? [];
    expect(rows.map((row) => ({ name: row.getCell(1).value, series: row.getCell(2).value, funnel: funnelAt(row) }))).toEqual(
      rollup.data.map((row) => ({ name: row.fair.name, series: row.fair.series, funnel: row.funnel })),
    );
    const total = sheet.getRow(sheet.rowCount);
    expect({ label: total.getCell(1).value, funnel: funnelAt(total) }).toEqual({ label: '합계 Total', funnel: rollup.total.funnel });
    expect(total.getCell(1).font?.bold).toBe(true);
    expect([total.getCell(3).numFmt, total.getCell(4).numFmt, total.getCell(7).numFmt]).toEqual(['#,##0', '#,##0.00', '#,##0']);
    // The API's total is the fairs' funnels summed (in SQL); the sheet's rows add up to it, to the cent.
    expect([4, 6, 9, 11, 13, 15, 17].map((column) => sumCents(rows, column))).toEqual(
      [rollup.total.funnel.consultations.onSite, rollup.total.funnel.consultations.after, rollup.total.funnel.expected, rollup.total.funnel.provisional,
        rollup.total.funnel.signed.onSite, rollup.total.funnel.signed.later, rollup.total.funnel.shipped].map((stage) => stage.valueUsd),
    );

    const csv = await manager.get('/v1/outcomes/report.csv?year=2017');
    const records = parse<Record<string, string>>(csv.body, { bom: true, columns: true });
    const csvPair = (record: Record<string, string>, name: string): CountValue => ({ count: Number(record[name]), valueUsd: record[`${name}ValueUsd`] });
    const csvFunnel = (record: Record<string, string>): FunnelOutcome['funnel'] => ({
      consultations: { onSite: csvPair(record, 'consultationsOnSite'), after: csvPair(record, 'consultationsAfter') },
      hotLeads: Number(record.hotLeads),
      expected: csvPair(record, 'expected'),
      provisional: csvPair(record, 'provisional'),
      signed: { onSite: csvPair(record, 'signedOnSite'), later: csvPair(record, 'signedLater') },
      shipped: csvPair(record, 'shipped'),
    });
    expect(records.map((record) => ({ section: record.section, fair: record.fair, funnel: csvFunnel(record) }))).toEqual([
      ...rollup.data.map((row) => ({ section: 'fair', fair: row.fair.name, funnel: row.funnel })),
      { section: 'total', fair: '합계 Total 2017', funnel: rollup.total.funnel },
    ]);
  });

  it('CSV exports keep their BOM and give times at the venue with the offset', async () => {
    const report = await manager.get(`/v1/fairs/${fair.id}/outcomes/report.csv`);
    expect(report.rawPayload.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    for (const [target, offset] of [[fair, '+08:00'], [other, '+09:00']] as const) {
      const exported = await manager.get(`/v1/consultations/export.csv?fairId=${target.id}`);
      expect(exported.rawPayload.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
      const records = parse<Record<string, string>>(exported.body, { bom: true, columns: true });
      const listed = (await manager.get(`/v1/consultations?fairId=${target.id}&limit=500`)).json<{ data: { id: string; occurredAt: string }[] }>().data;
      const byId = new Map(listed.map((row) => [row.id, row.occurredAt]));
      for (const record of records) {
        expect(record.occurredAt.endsWith(offset)).toBe(true);
        expect(new Date(record.occurredAt).toISOString()).toBe(byId.get(record.id));
        expect(record.occurredAt.slice(0, 10)).toBe(record.localDate);
      }
    }
  });
});
