import { type Column, type ColumnKind, type Sheet, sheet, type Table } from '../common/spreadsheets.js';
import type { BreakdownMeasuresDto, CompanyOutcomeDto, FairOutcomeDto, MeetingCountsDto } from './dto/outcome.dto.js';

/**
 * The per-fair outcome report as Korean agencies present it, built only from what
 * `GET /v1/fairs/{fairId}/outcomes` returns (nothing is recomputed): a summary sheet and one sheet per
 * breakdown. Headers are Korean with the English term, as the reports go to ministries and partners.
 */
interface Measure<S, V extends string | number | null> {
  /** Header in the XLSX report (Korean with the English term). */
  xlsx: string;
  /** Header in the CSV report. */
  csv: string;
  kind: ColumnKind;
  value: (source: S) => V;
}

/** The measures every breakdown row carries, in report order. */
const MEASURES: Measure<BreakdownMeasuresDto, string | number | null>[] = [
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

const measureColumns = <R extends BreakdownMeasuresDto>(header: 'xlsx' | 'csv'): Column<R>[] =>
  MEASURES.map((measure) => ({ header: measure[header], kind: measure.kind, value: (row: R) => measure.value(row) }));

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

export function outcomeReportTables(outcome: FairOutcomeDto): Sheet[] {
  const rate = outcome.home.rate === null ? 'no rate' : `${outcome.home.rate} ${outcome.home.currency}/USD (${outcome.home.rateDate})`;
  const summary: Table<SummaryRow> = {
    name: '요약 Summary',
    columns: [
      { header: `${outcome.fair.name} (${outcome.fair.startsOn} – ${outcome.fair.endsOn})`, kind: 'text', value: (row) => row.measure, width: 36 },
      { header: '건수 Count', kind: 'count', value: (row) => row.count },
      { header: '금액 Value (USD)', kind: 'money', value: (row) => row.usd },
      { header: `${outcome.home.currency} @ ${rate}`, kind: 'money', value: (row) => row.home, width: 36 },
    ],
    rows: summaryRows(outcome),
  };
  return [
    sheet(summary),
    sheet({
      name: '기업별 By company',
      columns: [
        { header: '업체명 Company', kind: 'text', value: (row) => row.companyName },
        ...measureColumns('xlsx'),
        ...MEETINGS.map((meeting): Column<CompanyOutcomeDto> => ({ header: meeting.xlsx, kind: meeting.kind, value: (row) => meeting.value(row.meetings) })),
      ],
      rows: outcome.byCompany,
    }),
    sheet({ name: '국가별 By country', columns: [{ header: '국가 Country', kind: 'text', value: (row) => row.country }, ...measureColumns('xlsx')], rows: outcome.byCountry }),
    sheet({ name: '일자별 By day', columns: [{ header: '일자 Date', kind: 'date', value: (row) => row.date }, ...measureColumns('xlsx')], rows: outcome.byDay }),
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
export function outcomeReportCsvTable(outcome: FairOutcomeDto): Table<CsvRow> {
  const rows: CsvRow[] = [
    { section: 'total', key: outcome.fairId, name: outcome.fair.name, consultations: outcome.consultations, contracts: outcome.contracts, meetings: outcome.meetings },
    ...outcome.byCompany.map((row) => ({ ...row, section: 'company' as const, key: row.companyId, name: row.companyName })),
    ...outcome.byCountry.map((row) => ({ ...row, section: 'country' as const, key: row.country, name: row.country })),
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
