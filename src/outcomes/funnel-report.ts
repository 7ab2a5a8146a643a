import { type Column, type Sheet, sheet } from '../common/spreadsheets.js';
import type { CountValueDto, FairOutcomeDto, MonthOutcomeDto } from './dto/outcome.dto.js';
import { homeColumn, TOTAL_LABEL } from './outcome-report.js';

interface StageRow {
  stage: string;
  count: number;
  /** Null where a stage has no value (hot leads are a count of consultations). */
  usd: string | null;
  home: string | null;
}

/** The funnel stage by stage, as consultations turn into contracts and shipments. */
export function funnelRows(outcome: FairOutcomeDto): StageRow[] {
  const { funnel } = outcome;
  const home = outcome.home.funnel;
  const stage = (label: string, figure: CountValueDto, inHome: string | null): StageRow => ({ stage: label, count: figure.count, usd: figure.valueUsd, home: inHome });
  return [
    stage('현장 상담 Consultations at the fair', funnel.consultations.onSite, home.consultationsOnSiteValue),
    stage('사후 화상상담 Consultations after the fair (video)', funnel.consultations.after, home.consultationsAfterValue),
    { stage: '유망 상담 Hot leads', count: funnel.hotLeads, usd: null, home: null },
    stage('계약추진 Contracts expected', funnel.expected, outcome.home.expectedValue),
    stage('가계약 Provisional contracts', funnel.provisional, home.provisionalValue),
    stage('현장 계약체결 Signed at the fair', funnel.signed.onSite, home.signedOnSiteValue),
    stage('사후 계약체결 Signed after the fair', funnel.signed.later, home.signedLaterValue),
    stage('선적 Shipped (realized exports)', funnel.shipped, home.shippedValue),
  ];
}

/** A count column and a USD column of one of a month's figures. */
const countAndValue = (count: string, value: string, figure: (row: MonthOutcomeDto) => CountValueDto): Column<MonthOutcomeDto>[] => [
  { header: count, kind: 'count', value: (row) => figure(row).count },
  { header: value, kind: 'money', value: (row) => figure(row).valueUsd },
];

const MONTH_COLUMNS: Column<MonthOutcomeDto>[] = [
  { header: '경과 개월 Months after the fair', kind: 'count', value: (row) => row.month },
  ...countAndValue('체결 Signed', '체결액 Signed value (USD)', (row) => row.signed),
  ...countAndValue('선적 Shipments', '선적액 Shipped value (USD)', (row) => row.shipped),
  ...countAndValue('누적 체결 Signed to date', '누적 체결액 Signed to date (USD)', (row) => row.signedToDate),
  ...countAndValue('누적 선적 Shipments to date', '누적 선적액 Shipped to date (USD)', (row) => row.shippedToDate),
];

/**
 * The month sheet's total: the last month's figures to date, which the API sums in SQL (nothing is
 * added up here); zeros when nothing was signed or shipped yet.
 */
function monthTotals(byMonth: MonthOutcomeDto[]): (string | number | null)[] {
  const last = byMonth.at(-1);
  const zero = { count: 0, valueUsd: '0.00' };
  const signed = last?.signedToDate ?? zero;
  const shipped = last?.shippedToDate ?? zero;
  return [TOTAL_LABEL, signed.count, signed.valueUsd, shipped.count, shipped.valueUsd, null, null, null, null];
}

/**
 * What followed the fair, as two sheets of its outcome report, built only from what
 * `GET /v1/fairs/{fairId}/outcomes` returns: the funnel (one row per stage, in USD and in the home
 * currency at the fair's pinned rate) and signings and shipments by month since the fair with the
 * cumulative curve. Stages are not added up: each is its own figure, as the API gives it.
 */
export function funnelSheets(outcome: FairOutcomeDto): Sheet[] {
  return [
    sheet<StageRow>({
      name: '퍼널 Funnel',
      columns: [
        { header: '단계 Stage', kind: 'text', value: (row) => row.stage },
        { header: '건수 Count', kind: 'count', value: (row) => row.count },
        { header: '금액 Value (USD)', kind: 'money', value: (row) => row.usd },
        homeColumn<StageRow>(outcome.home, (row) => row.home),
      ],
      rows: funnelRows(outcome),
    }),
    sheet<MonthOutcomeDto>({ name: '월별 By month', columns: MONTH_COLUMNS, rows: outcome.byMonth, totals: monthTotals(outcome.byMonth) }),
  ];
}
