import { Controller, Get, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { ApiKeyScope } from '../tenancy/api-key-scope.decorator.js';
import { CurrentPrincipal } from '../tenancy/current-principal.decorator.js';
import { fairLimit, type Principal } from '../tenancy/principal.js';
import { Roles } from '../tenancy/roles.decorator.js';
import { ApiFile, ApiProblems } from '../common/api-responses.js';
import { csvStream, XLSX_CONTENT_TYPE, xlsxStream } from '../common/spreadsheets.js';
import { streamedFile } from '../common/streamed-file.js';
import { UuidParam } from '../common/uuid-param.js';
import { FollowUpsService } from '../followups/follow-ups.service.js';
import { surveySheet } from '../followups/survey-sheet.js';
import { ReportQueryDto, YearlyReportQueryDto } from './dto/report-query.dto.js';
import { funnelSheets } from './funnel-report.js';
import { outcomeReportCsvTable, outcomeReportTables } from './outcome-report.js';
import { OutcomesService } from './outcomes.service.js';
import { reportDisposition, reportLanguage } from './report-files.js';
import { yearlyReportCsvTable, yearlyReportTables } from './yearly-report.js';

const CSV = 'text/csv; charset=utf-8';
const fairReport = (extension: string) =>
  `\`attachment; filename="<series>-<year>-outcome-report-<date>.${extension}"\` (and a Korean \`filename*\` for a Korean report)`;
const yearlyReport = (extension: string) =>
  `\`attachment; filename="<year>-outcome-report-<date>.${extension}"\` (and a Korean \`filename*\` for a Korean report)`;

/** The stored outcomes as the files agencies hand in: per fair, and per year. Managers, and keys with outcomes:read. */
@ApiTags('outcomes')
@ApiBearerAuth()
@ApiProblems()
@Roles('manager')
@Controller()
export class OutcomeReportsController {
  constructor(
    private readonly outcomes: OutcomesService,
    private readonly followUps: FollowUpsService,
  ) {}

  @Get('fairs/:fairId/outcomes/report.xlsx')
  @ApiOperation({ operationId: 'downloadFairReportXlsx', summary: "Download a fair's outcome report (XLSX)", description: 'In Korean or English (`lang`); default Korean for a KRW agency.' })
  @ApiKeyScope('outcomes:read')
  @ApiProblems({ notFound: true })
  @ApiFile({
    contentType: XLSX_CONTENT_TYPE,
    description:
      'Summary, by company, by country and by day, each with its total row; the funnel (one row per stage, in USD and the home currency) and signings and shipments by month since the fair with the cumulative curve; the follow-up survey per round; numbers as number cells',
    fileNameDescription: fairReport('xlsx'),
  })
  async reportXlsx(@CurrentPrincipal() principal: Principal, @UuidParam('fairId') fairId: string, @Query() query: ReportQueryDto, @Res({ passthrough: true }) reply: FastifyReply) {
    const outcome = await this.outcomes.forFair(principal.agencyId, fairId, fairLimit(principal));
    const language = reportLanguage(query.lang, outcome.home.currency);
    const survey = await this.followUps.results(principal, fairId);
    reply.header('content-disposition', reportDisposition(`${outcome.fair.series}-${outcome.fair.year}`, language, 'xlsx'));
    return streamedFile(xlsxStream([...outcomeReportTables(outcome, language), ...funnelSheets(outcome), surveySheet(survey)]));
  }

  @Get('fairs/:fairId/outcomes/report.csv')
  @ApiOperation({ operationId: 'downloadFairReportCsv', summary: "Download a fair's outcome report (CSV)", description: 'In Korean or English (`lang`); default Korean for a KRW agency.' })
  @ApiKeyScope('outcomes:read')
  @ApiProblems({ notFound: true })
  @ApiFile({
    contentType: CSV,
    description: 'One row for the total, then one per company, country and day (`section`); UTF-8 with a BOM',
    fileNameDescription: fairReport('csv'),
  })
  async reportCsv(@CurrentPrincipal() principal: Principal, @UuidParam('fairId') fairId: string, @Query() query: ReportQueryDto, @Res({ passthrough: true }) reply: FastifyReply) {
    const outcome = await this.outcomes.forFair(principal.agencyId, fairId, fairLimit(principal));
    const language = reportLanguage(query.lang, outcome.home.currency);
    reply.header('content-disposition', reportDisposition(`${outcome.fair.series}-${outcome.fair.year}`, language, 'csv'));
    return streamedFile(csvStream(outcomeReportCsvTable(outcome, language)));
  }

  @Get('outcomes/report.xlsx')
  @ApiOperation({
    operationId: 'downloadYearlyReportXlsx',
    summary: 'Download the outcome report of a year (XLSX)',
    description: 'Every fair of the year (default: this year), one row each, and the grand total of `GET /v1/outcomes?year=`.',
  })
  @ApiKeyScope('outcomes:read')
  @ApiFile({
    contentType: XLSX_CONTENT_TYPE,
    description: "The year's fairs, one row each, and the grand total row; the funnel of each fair and of the year (counts and USD values, stage by stage) on a second sheet",
    fileNameDescription: yearlyReport('xlsx'),
  })
  async yearlyXlsx(@CurrentPrincipal() principal: Principal, @Query() query: YearlyReportQueryDto, @Res({ passthrough: true }) reply: FastifyReply) {
    const year = query.year ?? new Date().getUTCFullYear();
    const { rollup, homeCurrency } = await this.outcomes.yearly(principal.agencyId, year, fairLimit(principal));
    const language = reportLanguage(query.lang, homeCurrency);
    reply.header('content-disposition', reportDisposition(String(year), language, 'xlsx'));
    return streamedFile(xlsxStream(yearlyReportTables(year, rollup, language)));
  }

  @Get('outcomes/report.csv')
  @ApiOperation({
    operationId: 'downloadYearlyReportCsv',
    summary: 'Download the outcome report of a year (CSV)',
    description: 'Every fair of the year (default: this year), one row each, and the grand total of `GET /v1/outcomes?year=`.',
  })
  @ApiKeyScope('outcomes:read')
  @ApiFile({
    contentType: CSV,
    description: "The year's fairs (`section` fair), then the grand total (`section` total), each with the funnel's counts and USD values as columns; UTF-8 with a BOM",
    fileNameDescription: yearlyReport('csv'),
  })
  async yearlyCsv(@CurrentPrincipal() principal: Principal, @Query() query: YearlyReportQueryDto, @Res({ passthrough: true }) reply: FastifyReply) {
    const year = query.year ?? new Date().getUTCFullYear();
    const { rollup, homeCurrency } = await this.outcomes.yearly(principal.agencyId, year, fairLimit(principal));
    const language = reportLanguage(query.lang, homeCurrency);
    reply.header('content-disposition', reportDisposition(String(year), language, 'csv'));
    return streamedFile(csvStream(yearlyReportCsvTable(year, rollup, language)));
  }
}
