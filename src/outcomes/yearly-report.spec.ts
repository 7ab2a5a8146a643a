import type { Column, Table } from '../common/spreadsheets.js';
import type { CountValueDto, FunnelDto, OutcomeRollupDto, OutcomeTotalsDto } from './dto/outcome.dto.js';
import { yearlyReportCsvTable, yearlyReportTables } from './yearly-report.js';

/** A funnel whose every figure differs, so a value read from the wrong stage or column shows. */
const funnelFrom = (base: number): FunnelDto => {
  const figure = (step: number): CountValueDto => ({ count: base + step, valueUsd: `${base * 1000 + step}.${String(step).padStart(2, '0')}` });
  return {
    consultations: { onSite: figure(1), after: figure(2) },
    hotLeads: base + 3,
    expected: figure(4),
    provisional: figure(5),
    signed: { onSite: figure(6), later: figure(7) },
    shipped: figure(8),
  };
};

const fair = (name: string, base: number): OutcomeTotalsDto => {
  const funnel = funnelFrom(base);
  return {
    fairId: `fair-${base}`,
    fair: { name, series: name.split(' ')[0].toLowerCase(), year: 2017, country: 'CN', kind: 'trade_fair', startsOn: '2017-05-15', endsOn: '2017-05-18' },
    consultations: { count: 9, valueUsd: '9.00' },
    contracts: { signed: { count: 1, valueUsd: '1.00' }, expected: funnel.expected },
    companies: 2,
    buyers: 0,
    countries: 0,
    meetings: { requested: 0, held: 0, noShow: 0 },
    funnel,
    conversion: null,
    home: {
      currency: 'KRW',
      rate: null,
      rateDate: null,
      consultationsValue: null,
      signedValue: null,
      expectedValue: null,
      funnel: { consultationsOnSiteValue: null, consultationsAfterValue: null, provisionalValue: null, signedOnSiteValue: null, signedLaterValue: null, shippedValue: null },
    },
    computedAt: null,
    stale: false,
  };
};

const rollup: OutcomeRollupDto = {
  data: [fair('KIMES 2017', 10), fair('CMEF 2017', 20)],
  total: {
    fairs: 2,
    consultations: { count: 18, valueUsd: '18.00' },
    contracts: { signed: { count: 2, valueUsd: '2.00' }, expected: funnelFrom(90).expected },
    companyParticipations: 4,
    funnel: funnelFrom(90),
  },
};

/** Each header with the value its column gives the row. */
const byHeader = <R>(columns: Column<R>[], values: (string | number | null)[]) => Object.fromEntries(columns.map((column, index) => [column.header, values[index]]));
/** The table's rows (held in memory here), each by header. */
const recordsOf = <R>(table: Table<R>) => (table.rows as R[]).map((row) => byHeader(table.columns, table.columns.map((column) => column.value(row))));

/** What each stage's columns must hold, by the headers the fair report's funnel sheet names its stages with. */
const xlsxFunnel = (funnel: FunnelDto) => ({
  '현장 상담 Consultations at the fair': funnel.consultations.onSite.count,
  '현장 상담 Consultations at the fair (USD)': funnel.consultations.onSite.valueUsd,
  '사후 화상상담 Consultations after the fair (video)': funnel.consultations.after.count,
  '사후 화상상담 Consultations after the fair (video) (USD)': funnel.consultations.after.valueUsd,
  '유망 상담 Hot leads': funnel.hotLeads,
  '계약추진 Contracts expected': funnel.expected.count,
  '계약추진 Contracts expected (USD)': funnel.expected.valueUsd,
  '가계약 Provisional contracts': funnel.provisional.count,
  '가계약 Provisional contracts (USD)': funnel.provisional.valueUsd,
  '현장 계약체결 Signed at the fair': funnel.signed.onSite.count,
  '현장 계약체결 Signed at the fair (USD)': funnel.signed.onSite.valueUsd,
  '사후 계약체결 Signed after the fair': funnel.signed.later.count,
  '사후 계약체결 Signed after the fair (USD)': funnel.signed.later.valueUsd,
  '선적 Shipped (realized exports)': funnel.shipped.count,
  '선적 Shipped (realized exports) (USD)': funnel.shipped.valueUsd,
});

describe('yearly report funnel', () => {
  it('has a funnel sheet: a row per fair and the total row, each stage under its own header', () => {
    const [, sheet] = yearlyReportTables(2017, rollup, 'ko') as unknown as Table<OutcomeTotalsDto>[];
    expect(sheet.name).toBe('2017 퍼널 Funnel');
    expect(recordsOf(sheet)).toEqual(rollup.data.map((row) => ({ '전시회 Fair': row.fair.name, '시리즈 Series': row.fair.series, ...xlsxFunnel(row.funnel) })));
    expect(byHeader(sheet.columns, sheet.totals ?? [])).toEqual({ '전시회 Fair': '합계 Total', '시리즈 Series': null, ...xlsxFunnel(rollup.total.funnel) });
    expect(sheet.columns.filter((column) => column.header.endsWith('(USD)')).every((column) => column.kind === 'money')).toBe(true);
  });

  it('gives the CSV the funnel as columns of every row, the total row included, expected only once', () => {
    const table = yearlyReportCsvTable(2017, rollup, 'en');
    const headers = table.columns.map((column) => column.header);
    expect(new Set(headers).size).toBe(headers.length);
    const records = recordsOf(table);
    const csvFunnel = (funnel: FunnelDto) => ({
      expected: funnel.expected.count,
      expectedValueUsd: funnel.expected.valueUsd,
      consultationsOnSite: funnel.consultations.onSite.count,
      consultationsOnSiteValueUsd: funnel.consultations.onSite.valueUsd,
      consultationsAfter: funnel.consultations.after.count,
      consultationsAfterValueUsd: funnel.consultations.after.valueUsd,
      hotLeads: funnel.hotLeads,
      provisional: funnel.provisional.count,
      provisionalValueUsd: funnel.provisional.valueUsd,
      signedOnSite: funnel.signed.onSite.count,
      signedOnSiteValueUsd: funnel.signed.onSite.valueUsd,
      signedLater: funnel.signed.later.count,
      signedLaterValueUsd: funnel.signed.later.valueUsd,
      shipped: funnel.shipped.count,
      shippedValueUsd: funnel.shipped.valueUsd,
    });
    expect(records.map((record) => record.section)).toEqual(['fair', 'fair', 'total']);
    expect(records).toEqual([
      expect.objectContaining(csvFunnel(rollup.data[0].funnel)),
      expect.objectContaining(csvFunnel(rollup.data[1].funnel)),
      expect.objectContaining({ fair: '합계 Total 2017', companies: 4, ...csvFunnel(rollup.total.funnel) }),
    ]);
  });
});
