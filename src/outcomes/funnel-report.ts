import { type Column, type Sheet, sheet } from '../common/spreadsheets.js';
import type { CountValueDto, FairOutcomeDto, FunnelDto, HomeCurrencyDto, MonthOutcomeDto } from './dto/outcome.dto.js';
import { homeColumn, TOTAL_LABEL } from './outcome-report.js';

/**
 * The funnel's stages in report order, each named once for every report that shows it: the fair's
 * funnel sheet (a row per stage) and the yearly report (a column per stage's count and value).
 */
export interface FunnelStage {
  /** Korean with the English term, as every report header. */
  label: string;
  /** The CSV column of its count (of its value: the name + `ValueUsd`). */
  csv: string;
  count: (funnel: FunnelDto) => number;
  /** Null for hot leads, a count of consultations with no value of its own. */
  valueUsd: ((funnel: FunnelDto) => string) | null;
  /** The value in the home currency at the fair's pinned rate (null without a rate). */
  home: ((home: HomeCurrencyDto) => string | null) | null;
}

/** A stage with a count and a USD value. */
const valuedStage = (label: string, csv: string, figure: (funnel: FunnelDto) => CountValueDto, home: (home: HomeCurrencyDto) => string | null): FunnelStage => ({
  label,
  csv,
  count: (funnel) => figure(funnel).count,
  valueUsd: (funnel) => figure(funnel).valueUsd,
  home,
});

export const FUNNEL_STAGES: FunnelStage[] = [
  valuedStage('현장 상담 Consultations at the fair', 'consultationsOnSite', (f) => f.consultations.onSite, (h) => h.funnel.consultationsOnSiteValue),
  valuedStage('사후 화상상담 Consultations after the fair (video)', 'consultationsAfter', (f) => f.consultations.after, (h) => h.funnel.consultationsAfterValue),
  { label: '유망 상담 Hot leads', csv: 'hotLeads', count: (f) => f.hotLeads, valueUsd: null, home: null },
  valuedStage('계약추진 Contracts expected', 'expected', (f) => f.expected, (h) => h.expectedValue),
  valuedStage('가계약 Provisional contracts', 'provisional', (f) => f.provisional, (h) => h.funnel.provisionalValue),
  valuedStage('현장 계약체결 Signed at the fair', 'signedOnSite', (f) => f.signed.onSite, (h) => h.funnel.signedOnSiteValue),
  valuedStage('사후 계약체결 Signed after the fair', 'signedLater', (f) => f.signed.later, (h) => h.funnel.signedLaterValue),
  valuedStage('선적 Shipped (realized exports)', 'shipped', (f) => f.shipped, (h) => h.funnel.shippedValue),
];

/**
 * The funnel as columns of a row that carries one (a fair of the yearly report): per stage its count
 * and, where it has one, its USD value (`<stage> (USD)`, in the CSV `<stage>ValueUsd`).
 */
export function funnelColumns<R>(stages: FunnelStage[], funnelOf: (row: R) => FunnelDto, header: 'xlsx' | 'csv'): Column<R>[] {
  return stages.flatMap((stage): Column<R>[] => {
    const count: Column<R> = { header: header === 'xlsx' ? stage.label : stage.csv, kind: 'count', value: (row) => stage.count(funnelOf(row)) };
    const { valueUsd } = stage;
    if (valueUsd === null) return [count];
    return [count, { header: header === 'xlsx' ? `${stage.label} (USD)` : `${stage.csv}ValueUsd`, kind: 'money', value: (row) => valueUsd(funnelOf(row)) }];
  });
}

interface StageRow {
  stage: string;
  count: number;
  /** Null where a stage has no value (hot leads are a count of consultations). */
  usd: string | null;
  home: string | null;
}

/** The funnel stage by stage, as consultations turn into contracts and shipments. */
export function funnelRows(outcome: FairOutcomeDto): StageRow[] {
  return FUNNEL_STAGES.map((stage) => ({
    stage: stage.label,
    count: stage.count(outcome.funnel),
    usd: stage.valueUsd?.(outcome.funnel) ?? null,
    home: stage.home?.(outcome.home) ?? null,
  }));
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
