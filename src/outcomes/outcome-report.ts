import { countryName, type ReportLanguage } from '../common/countries.js';
import { type Column, type ColumnKind, type Sheet, sheet, type Table } from '../common/spreadsheets.js';
import { fromScaledInteger, toScaledInteger } from '../common/money.js';
import { currencyDecimals, moneyFormat } from '../common/xlsx-style.js';
import type { BreakdownMeasuresDto, CompanyOutcomeDto, DayOutcomeDto, FairOutcomeDto, MeetingCountsDto } from './dto/outcome.dto.js';

/**
 * The per-fair outcome report as Korean agencies present it, built only from what
 * `GET /v1/fairs/{fairId}/outcomes` returns (nothing is recomputed): a summary sheet and one sheet per
 * breakdown, each breakdown ending in a total row that is the summary's figure. Headers are Korean
 * with the English term, as the reports go to ministries and partners; country and company names are
 * in the report's language (Korean: the company's local-script name where it has one).
 */
export interface Measure<S, V extends string | number | null> {
  /** Header in the XLSX report (Korean with the English term). */
  xlsx: string;
  /** Header in the CSV report. */
  csv: string;
  kind: ColumnKind;
  value: (source: S) => V;
}

export const TOTAL_LABEL = '합계 Total';

/** The measures every breakdown row carries, in report order. */
export const MEASURES: Measure<BreakdownMeasuresDto, string | number | null>[] = [
  { xlsx: '상담건수 Consultations', csv: 'consultations', kind: 'count', value: (row) => row.consultations.count },
  { xlsx: '상담액 Consultation value (USD)', csv: 'consultationsValueUsd', kind: 'money', value: (row) => row.consultations.valueUsd },
  { xlsx: '계약체결 건수 Signed', csv: 'signed', kind: 'count', value: (row) => row.contracts.signed.count },
  { xlsx: '계약체결액 Signed value (USD)', csv: 'signedValueUsd', kind: 'money', value: (row) => row.contracts.signed.valueUsd },
  { xlsx: '계약추진 건수 Expected', csv: 'expected', kind: 'count', value: (row) => row.contracts.expected.count },
  { xlsx: '계약추진액 Expected value (USD)', csv: 'expectedValueUsd', kind: 'money', value: (row) => row.contracts.expected.valueUsd },
];

/** Pre-arranged meetings (matchmaking), for the total and each company. */
const MEETINGS: Measure<MeetingCountsDto, number>[] = [
  { xlsx: '상담회 신청 Meetings requested', csv: 'meetingsRequested', kind: 'count', value: (meetings) => meetings.requested },
  { xlsx: '상담회 진행 Meetings held', csv: 'meetingsHeld', kind: 'count', value: (meetings) => meetings.held },
  { xlsx: '상담회 불참 Meetings no-show', csv: 'meetingsNoShow', kind: 'count', value: (meetings) => meetings.noShow },
];

export const measureColumns = <R extends BreakdownMeasuresDto>(header: 'xlsx' | 'csv'): Column<R>[] =>
  MEASURES.map((measure) => ({ header: measure[header], kind: measure.kind, value: (row: R) => measure.value(row) }));

/** The total row of a breakdown sheet: the label, blanks for other leading columns, then the fair's totals. */
export const totalsRow = (total: BreakdownMeasuresDto, leading: number, extra: (string | number | null)[] = []): (string | number | null)[] => [
  TOTAL_LABEL,
  ...Array<null>(leading - 1).fill(null),
  ...MEASURES.map((measure) => measure.value(total)),
  ...extra,
];

/** Korean reports name a company as it is written at home; English ones by its registered name. */
export const companyLabel = (row: Pick<CompanyOutcomeDto, 'companyName' | 'companyLocalName'>, language: ReportLanguage): string =>
  language === 'ko' ? (row.companyLocalName ?? row.companyName) : row.companyName;

/**
 * Expected contracts have no day (days count consultations by fair-local day and signed contracts by
 * signing day), so the day sheet gets a row for what no day holds, the total less the days (in exact
 * cents), and its rows add up to its total row like every other sheet's.
 */
const signedCents = (cents: bigint): string => (cents < 0n ? `-${fromScaledInteger(-cents, 2)}` : fromScaledInteger(cents, 2));

export function dayRows(outcome: FairOutcomeDto): (DayOutcomeDto | (BreakdownMeasuresDto & { date: null }))[] {
  const less = (total: { count: number; valueUsd: string }, part: (row: DayOutcomeDto) => { count: number; valueUsd: string }) => ({
    count: total.count - outcome.byDay.reduce((sum, row) => sum + part(row).count, 0),
    valueUsd: signedCents(outcome.byDay.reduce((rest, row) => rest - toScaledInteger(part(row).valueUsd, 2), toScaledInteger(total.valueUsd, 2))),
  });
  const undated = {
    date: null,
    consultations: less(outcome.consultations, (row) => row.consultations),
    contracts: { signed: less(outcome.contracts.signed, (row) => row.contracts.signed), expected: less(outcome.contracts.expected, (row) => row.contracts.expected) },
  };
  const empty = [undated.consultations, undated.contracts.signed, undated.contracts.expected].every((part) => part.count === 0 && part.valueUsd === '0.00');
  return empty ? outcome.byDay : [...outcome.byDay, undated];
}

interface SummaryRow {
  measure: string;
  count: number | null;
  usd: string | null;
  home: string | null;
}

function summaryRows(outcome: FairOutcomeDto): SummaryRow[] {
  const { consultations, contracts, home } = outcome;
  return [
    { measure: '참가기업 Companies', count: outcome.companies, usd: null, home: null },
    { measure: '상담 Consultations', count: consultations.count, usd: consultations.valueUsd, home: home.consultationsValue },
    { measure: '계약체결 Contracts signed', count: contracts.signed.count, usd: contracts.signed.valueUsd, home: home.signedValue },
    { measure: '계약추진 Contracts expected', count: contracts.expected.count, usd: contracts.expected.valueUsd, home: home.expectedValue },
    { measure: '바이어 Buyers', count: outcome.buyers, usd: null, home: null },
    { measure: '바이어 국가 Countries', count: outcome.countries, usd: null, home: null },
    ...MEETINGS.map((meeting) => ({ measure: meeting.xlsx, count: meeting.value(outcome.meetings), usd: null, home: null })),
  ];
}

/** A column of values in the home currency at the fair's pinned rate, headed with the rate and its date, in the currency's own decimals. */
export function homeColumn<R>(home: FairOutcomeDto['home'], value: (row: R) => string | null): Column<R> {
  const rate = home.rate === null ? 'no rate' : `${home.rate} ${home.currency}/USD (${home.rateDate})`;
  return { header: `${home.currency} @ ${rate}`, kind: 'money', numFmt: moneyFormat(currencyDecimals(home.currency)), value };
}

export function outcomeReportTables(outcome: FairOutcomeDto, language: ReportLanguage): Sheet[] {
  const summary: Table<SummaryRow> = {
    name: '요약 Summary',
    columns: [
      { header: `${outcome.fair.name} (${outcome.fair.startsOn} – ${outcome.fair.endsOn})`, kind: 'text', value: (row) => row.measure },
      { header: '건수 Count', kind: 'count', value: (row) => row.count },
      { header: '금액 Value (USD)', kind: 'money', value: (row) => row.usd },
      homeColumn<SummaryRow>(outcome.home, (row) => row.home),
    ],
    rows: summaryRows(outcome),
  };
  const meetings = MEETINGS.map((meeting) => meeting.value(outcome.meetings));
  return [
    sheet(summary),
    sheet({
      name: '기업별 By company',
      columns: [
        { header: '업체명 Company', kind: 'text', value: (row) => companyLabel(row, language) },
        ...measureColumns('xlsx'),
        ...MEETINGS.map((meeting): Column<CompanyOutcomeDto> => ({ header: meeting.xlsx, kind: meeting.kind, value: (row) => meeting.value(row.meetings) })),
      ],
      rows: outcome.byCompany,
      totals: totalsRow(outcome, 1, meetings),
    }),
    sheet({
      name: '국가별 By country',
      columns: [
        { header: '국가 Country', kind: 'text', value: (row) => countryName(row.country, language) },
        { header: 'ISO', kind: 'text', value: (row) => row.country },
        ...measureColumns('xlsx'),
      ],
      rows: outcome.byCountry,
      totals: totalsRow(outcome, 2),
    }),
    sheet({
      name: '일자별 By day',
      columns: [{ header: '일자 Date', kind: 'date', value: (row) => row.date ?? '일자 없음 No date' }, ...measureColumns('xlsx')],
      rows: dayRows(outcome),
      totals: totalsRow(outcome, 1),
    }),
  ];
}

interface CsvRow extends BreakdownMeasuresDto {
  section: 'total' | 'company' | 'country' | 'day';
  key: string;
  name: string;
  /** Meetings are counted per fair and per company only (empty on country and day rows). */
  meetings?: MeetingCountsDto;
}

/** The same report as one CSV: a `section` column tells the total row from each breakdown's rows. */
export function outcomeReportCsvTable(outcome: FairOutcomeDto, language: ReportLanguage): Table<CsvRow> {
  const rows: CsvRow[] = [
    { section: 'total', key: outcome.fairId, name: outcome.fair.name, consultations: outcome.consultations, contracts: outcome.contracts, meetings: outcome.meetings },
    ...outcome.byCompany.map((row) => ({ ...row, section: 'company' as const, key: row.companyId, name: companyLabel(row, language) })),
    ...outcome.byCountry.map((row) => ({ ...row, section: 'country' as const, key: row.country, name: countryName(row.country, language) })),
    ...outcome.byDay.map((row) => ({ ...row, section: 'day' as const, key: row.date, name: row.date })),
  ];
  return {
    name: 'report',
    columns: [
      { header: 'section', kind: 'text', value: (row) => row.section },
      { header: 'key', kind: 'text', value: (row) => row.key },
      { header: 'name', kind: 'text', value: (row) => row.name },
      ...measureColumns<CsvRow>('csv'),
      ...MEETINGS.map(
        (meeting): Column<CsvRow> => ({ header: meeting.csv, kind: meeting.kind, value: (row) => (row.meetings ? meeting.value(row.meetings) : null) ?? null }),
      ),
    ],
    rows,
  };
}
