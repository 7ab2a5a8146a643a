import { countryName, type ReportLanguage } from '../common/countries.js';
import type { Column, Sheet, Table } from '../common/spreadsheets.js';
import { sheet } from '../common/spreadsheets.js';
import type { GrandTotalDto, OutcomeRollupDto, OutcomeTotalsDto } from './dto/outcome.dto.js';
import { FUNNEL_STAGES, type FunnelStage, funnelColumns } from './funnel-report.js';
import { MEASURES, measureColumns, TOTAL_LABEL } from './outcome-report.js';

/**
 * A year's fairs on one sheet, one row each, and the grand total `GET /v1/outcomes?year=` returns
 * (summed in SQL, not here); the funnel of each fair and of the year on a second sheet, stage by
 * stage as the fair report's funnel sheet names them, in USD (each fair has its own pinned rate, so
 * the year has no figure in the home currency). The CSV holds the same rows, the funnel as more
 * columns, the total last with `section` = total.
 */
const FAIR_NAME: Column<OutcomeTotalsDto>[] = [
  { header: '전시회 Fair', kind: 'text', value: (row) => row.fair.name },
  { header: '시리즈 Series', kind: 'text', value: (row) => row.fair.series },
];

const leading = (language: ReportLanguage): Column<OutcomeTotalsDto>[] => [
  ...FAIR_NAME,
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

/** The grand total's funnel, in the order of `funnelColumns` over the same stages. */
const funnelTotals = (rollup: OutcomeRollupDto, stages: FunnelStage[], header: 'xlsx' | 'csv'): (string | number | null)[] =>
  funnelColumns(stages, (total: GrandTotalDto) => total.funnel, header).map((column) => column.value(rollup.total));

export function yearlyReportTables(year: number, rollup: OutcomeRollupDto, language: ReportLanguage): Sheet[] {
  const columns = [...leading(language), ...measureColumns<OutcomeTotalsDto>('xlsx')];
  return [
    sheet({ name: `${year} 연간 Yearly`, columns, rows: rollup.data, totals: totals(rollup, 4) }),
    sheet({
      name: `${year} 퍼널 Funnel`,
      columns: [...FAIR_NAME, ...funnelColumns(FUNNEL_STAGES, (row: OutcomeTotalsDto) => row.funnel, 'xlsx')],
      rows: rollup.data,
      totals: [TOTAL_LABEL, null, ...funnelTotals(rollup, FUNNEL_STAGES, 'xlsx')],
    }),
  ];
}

/** The CSV has the expected contracts already (`expected`, `expectedValueUsd`): the funnel's are the same figure. */
const CSV_FUNNEL_STAGES = FUNNEL_STAGES.filter((stage) => stage.csv !== 'expected');

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
    ...funnelColumns(CSV_FUNNEL_STAGES, (row: OutcomeTotalsDto) => row.funnel, 'csv'),
  ];
  const rows: CsvRow[] = [
    ...rollup.data.map((fair) => ({ section: 'fair' as const, fair, values: columns.map((column) => column.value(fair)) })),
    { section: 'total', fair: null, values: [null, `${TOTAL_LABEL} ${year}`, ...totals(rollup, 4).slice(1), ...funnelTotals(rollup, CSV_FUNNEL_STAGES, 'csv')] },
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
