import { Controller, Get, Header, Param, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { ApiKeyScope } from '../auth/api-key-scope.decorator.js';
import { CurrentPrincipal } from '../auth/current-principal.decorator.js';
import { fairLimit, type Principal } from '../auth/principal.js';
import { Roles } from '../auth/roles.decorator.js';
import { ApiProblems } from '../common/api-problem-responses.js';
import { csvStream, XLSX_CONTENT_TYPE, xlsxStream } from '../common/spreadsheets.js';
import { streamedFile } from '../common/streamed-file.js';
import { uuidParam } from '../common/uuid-param.js';
import { ReportQueryDto, YearlyReportQueryDto } from './dto/report-query.dto.js';
import { outcomeReportCsvTable, outcomeReportTables } from './outcome-report.js';
import { OutcomesService } from './outcomes.service.js';
import { reportDisposition, reportLanguage } from './report-files.js';
import { yearlyReportCsvTable, yearlyReportTables } from './yearly-report.js';

const DISPOSITION = { 'content-disposition': { description: 'attachment; filename="<series>-<year>-outcome-report-<date>.<ext>" (and filename* in Korean)', schema: { type: 'string' } } };

/** The stored outcomes as the files agencies hand in: per fair, and per year. Managers, and keys with outcomes:read. */
@ApiTags('outcomes')
@ApiBearerAuth()
@ApiProblems()
@Roles('manager')
@Controller()
export class OutcomeReportsController {
  constructor(private readonly outcomes: OutcomesService) {}

  @Get('fairs/:fairId/outcomes/report.xlsx')
  @ApiKeyScope('outcomes:read')
  @ApiProblems({ notFound: true })
  @ApiProduces(XLSX_CONTENT_TYPE)
  @ApiOkResponse({ description: 'Summary, by company, by country and by day, each with its total row; numbers as number cells', headers: DISPOSITION })
  @Header('content-type', XLSX_CONTENT_TYPE)
  async reportXlsx(@CurrentPrincipal() principal: Principal, @Param('fairId', uuidParam('fairId')) fairId: string, @Query() query: ReportQueryDto, @Res({ passthrough: true }) reply: FastifyReply) {
    const outcome = await this.outcomes.forFair(principal.agencyId, fairId, fairLimit(principal));
    const language = reportLanguage(query.lang, outcome.home.currency);
    reply.header('content-disposition', reportDisposition(`${outcome.fair.series}-${outcome.fair.year}`, language, 'xlsx'));
    return streamedFile(xlsxStream(outcomeReportTables(outcome, language)));
  }

  @Get('fairs/:fairId/outcomes/report.csv')
  @ApiKeyScope('outcomes:read')
  @ApiProblems({ notFound: true })
  @ApiProduces('text/csv')
  @ApiOkResponse({ description: 'One row for the total, then one per company, country and day (`section`); UTF-8 with a BOM', headers: DISPOSITION })
  @Header('content-type', 'text/csv; charset=utf-8')
  async reportCsv(@CurrentPrincipal() principal: Principal, @Param('fairId', uuidParam('fairId')) fairId: string, @Query() query: ReportQueryDto, @Res({ passthrough: true }) reply: FastifyReply) {
    const outcome = await this.outcomes.forFair(principal.agencyId, fairId, fairLimit(principal));
    const language = reportLanguage(query.lang, outcome.home.currency);
    reply.header('content-disposition', reportDisposition(`${outcome.fair.series}-${outcome.fair.year}`, language, 'csv'));
    return streamedFile(csvStream(outcomeReportCsvTable(outcome, language)));
  }

  /** Every fair of a year, one row each, and the grand total of `GET /v1/outcomes?year=`. */
  @Get('outcomes/report.xlsx')
  @ApiKeyScope('outcomes:read')
  @ApiProduces(XLSX_CONTENT_TYPE)
  @ApiOkResponse({ description: "The year's fairs, one row each, and the grand total row", headers: DISPOSITION })
  @Header('content-type', XLSX_CONTENT_TYPE)
  async yearlyXlsx(@CurrentPrincipal() principal: Principal, @Query() query: YearlyReportQueryDto, @Res({ passthrough: true }) reply: FastifyReply) {
    const year = query.year ?? new Date().getUTCFullYear();
    const { rollup, homeCurrency } = await this.outcomes.yearly(principal.agencyId, year, fairLimit(principal));
    const language = reportLanguage(query.lang, homeCurrency);
    reply.header('content-disposition', reportDisposition(String(year), language, 'xlsx'));
    return streamedFile(xlsxStream(yearlyReportTables(year, rollup, language)));
  }

  @Get('outcomes/report.csv')
  @ApiKeyScope('outcomes:read')
  @ApiProduces('text/csv')
  @ApiOkResponse({ description: "The year's fairs (`section` fair), then the grand total (`section` total); UTF-8 with a BOM", headers: DISPOSITION })
  @Header('content-type', 'text/csv; charset=utf-8')
  async yearlyCsv(@CurrentPrincipal() principal: Principal, @Query() query: YearlyReportQueryDto, @Res({ passthrough: true }) reply: FastifyReply) {
    const year = query.year ?? new Date().getUTCFullYear();
    const { rollup, homeCurrency } = await this.outcomes.yearly(principal.agencyId, year, fairLimit(principal));
    const language = reportLanguage(query.lang, homeCurrency);
    reply.header('content-disposition', reportDisposition(String(year), language, 'csv'));
    return streamedFile(csvStream(yearlyReportCsvTable(year, rollup, language)));
  }
}
