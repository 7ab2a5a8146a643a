import { countryName, type ReportLanguage } from '../common/countries.js';
import type { Column, Sheet, Table } from '../common/spreadsheets.js';
import { sheet } from '../common/spreadsheets.js';
import type { OutcomeRollupDto, OutcomeTotalsDto } from './dto/outcome.dto.js';
import { MEASURES, measureColumns, TOTAL_LABEL } from './outcome-report.js';

/**
 * A year's fairs on one sheet, one row each, and the grand total `GET /v1/outcomes?year=` returns
 * (summed in SQL, not here). The CSV holds the same rows, the total last with `section` = total.
 */
const leading = (language: ReportLanguage): Column<OutcomeTotalsDto>[] => [
  { header: '전시회 Fair', kind: 'text', value: (row) => row.fair.name },
  { header: '시리즈 Series', kind: 'text', value: (row) => row.fair.series },
  { header: '개최국 Country', kind: 'text', value: (row) => countryName(row.fair.country, language) },
  { header: '개막 Starts', kind: 'date', value: (row) => row.fair.startsOn },
  { header: '폐막 Ends', kind: 'date', value: (row) => row.fair.endsOn },
  { header: '참가기업 Companies', kind: 'count', value: (row) => row.companies },
];

const totals = (rollup: OutcomeRollupDto, blanks: number): (string | number | null)[] => [
  TOTAL_LABEL,
  ...Array<null>(blanks).fill(null),
  rollup.total.companyParticipations,
  ...MEASURES.map((measure) => measure.value(rollup.total)),
];

export function yearlyReportTables(year: number, rollup: OutcomeRollupDto, language: ReportLanguage): Sheet[] {
  const columns = [...leading(language), ...measureColumns<OutcomeTotalsDto>('xlsx')];
  return [sheet({ name: `${year} 연간 Yearly`, columns, rows: rollup.data, totals: totals(rollup, 4) })];
}

interface CsvRow {
  section: 'fair' | 'total';
  fair: OutcomeTotalsDto | null;
  values: (string | number | null)[];
}

export function yearlyReportCsvTable(year: number, rollup: OutcomeRollupDto, language: ReportLanguage): Table<CsvRow> {
  const columns = [
    { header: 'fairId', value: (row: OutcomeTotalsDto) => row.fairId },
    { header: 'fair', value: (row: OutcomeTotalsDto) => row.fair.name },
    { header: 'series', value: (row: OutcomeTotalsDto) => row.fair.series },
    { header: 'country', value: (row: OutcomeTotalsDto) => countryName(row.fair.country, language) },
    { header: 'startsOn', value: (row: OutcomeTotalsDto) => row.fair.startsOn },
    { header: 'endsOn', value: (row: OutcomeTotalsDto) => row.fair.endsOn },
    { header: 'companies', value: (row: OutcomeTotalsDto) => row.companies },
    ...MEASURES.map((measure) => ({ header: measure.csv, value: (row: OutcomeTotalsDto) => measure.value(row) })),
  ];
  const rows: CsvRow[] = [
    ...rollup.data.map((fair) => ({ section: 'fair' as const, fair, values: columns.map((column) => column.value(fair)) })),
    { section: 'total', fair: null, values: [null, `${TOTAL_LABEL} ${year}`, ...totals(rollup, 4).slice(1)] },
  ];
  return {
    name: 'yearly',
    columns: [
      { header: 'section', kind: 'text', value: (row) => row.section },
      ...columns.map((column, index): Column<CsvRow> => ({ header: column.header, kind: 'text', value: (row) => row.values[index] ?? null })),
    ],
    rows,
  };
}
