import { type Column, type Sheet, sheet, type Table } from '../common/spreadsheets.js';
import type { BreakdownMeasuresDto, FairOutcomeDto, MeetingCountsDto } from './dto/outcome.dto.js';

/**
 * The per-fair outcome report as Korean agencies present it, built only from what
 * `GET /v1/fairs/{fairId}/outcomes` returns (nothing is recomputed): a summary sheet and one sheet per
 * breakdown. Headers are Korean with the English term, as the reports go to ministries and partners.
 */
const measureColumns = <R extends BreakdownMeasuresDto>(): Column<R>[] => [
  { header: '상담건수 Consultations', kind: 'count', value: (row) => row.consultations.count },
  { header: '상담액 Consultation value (USD)', kind: 'money', value: (row) => row.consultations.valueUsd },
  { header: '계약체결 건수 Signed', kind: 'count', value: (row) => row.contracts.signed.count },
  { header: '계약체결액 Signed value (USD)', kind: 'money', value: (row) => row.contracts.signed.valueUsd },
  { header: '계약추진 건수 Expected', kind: 'count', value: (row) => row.contracts.expected.count },
  { header: '계약추진액 Expected value (USD)', kind: 'money', value: (row) => row.contracts.expected.valueUsd },
];

/** Pre-arranged meetings (matchmaking), for the total and each company. */
const meetingColumns = <R extends { meetings: MeetingCountsDto }>(): Column<R>[] => [
  { header: '상담회 신청 Meetings requested', kind: 'count', value: (row) => row.meetings.requested },
  { header: '상담회 진행 Meetings held', kind: 'count', value: (row) => row.meetings.held },
  { header: '상담회 불참 Meetings no-show', kind: 'count', value: (row) => row.meetings.noShow },
];

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
    { measure: '상담회 신청 Meetings requested', count: outcome.meetings.requested, usd: null, home: null },
    { measure: '상담회 진행 Meetings held', count: outcome.meetings.held, usd: null, home: null },
    { measure: '상담회 불참 Meetings no-show', count: outcome.meetings.noShow, usd: null, home: null },
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
      columns: [{ header: '업체명 Company', kind: 'text', value: (row) => row.companyName }, ...measureColumns(), ...meetingColumns()],
      rows: outcome.byCompany,
    }),
    sheet({ name: '국가별 By country', columns: [{ header: '국가 Country', kind: 'text', value: (row) => row.country }, ...measureColumns()], rows: outcome.byCountry }),
    sheet({ name: '일자별 By day', columns: [{ header: '일자 Date', kind: 'date', value: (row) => row.date }, ...measureColumns()], rows: outcome.byDay }),
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
      ...measureColumns<CsvRow>().map((column, index) => ({ ...column, header: CSV_MEASURES[index] })),
      { header: 'meetingsRequested', kind: 'count', value: (row) => row.meetings?.requested ?? null },
      { header: 'meetingsHeld', kind: 'count', value: (row) => row.meetings?.held ?? null },
      { header: 'meetingsNoShow', kind: 'count', value: (row) => row.meetings?.noShow ?? null },
    ],
    rows,
  };
}

const CSV_MEASURES = ['consultations', 'consultationsValueUsd', 'signed', 'signedValueUsd', 'expected', 'expectedValueUsd'];
