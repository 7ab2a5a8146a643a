import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiKeyScope } from '../tenancy/api-key-scope.decorator.js';
import { CurrentPrincipal } from '../tenancy/current-principal.decorator.js';
import type { Principal } from '../tenancy/principal.js';
import { ApiFile, ApiProblems } from '../common/api-responses.js';
import { csvStream, sheet, XLSX_CONTENT_TYPE, xlsxStream } from '../common/spreadsheets.js';
import { streamedFile } from '../common/streamed-file.js';
import { ConsultationExportService } from './consultation-export.service.js';
import { ListConsultationsDto } from './dto/list-consultations.dto.js';

/** The consultation list, with the list's filters, as a streamed spreadsheet; every role may export. */
@ApiTags('consultations')
@ApiBearerAuth()
@ApiProblems()
@Controller('consultations')
export class ConsultationExportsController {
  constructor(private readonly exports: ConsultationExportService) {}

  @Get('export.xlsx')
  @ApiOperation({ operationId: 'exportConsultationsXlsx', summary: 'Export consultations (XLSX)', description: 'The filters of the list; the file imports back as it is.' })
  @ApiKeyScope('consultations:read')
  @ApiFile({ contentType: XLSX_CONTENT_TYPE, description: 'Every consultation the filters select, in list order', fileName: 'consultations.xlsx' })
  xlsx(@CurrentPrincipal() principal: Principal, @Query() filter: ListConsultationsDto) {
    return streamedFile(xlsxStream([sheet(this.exports.table(principal, filter))]));
  }

  @Get('export.csv')
  @ApiOperation({ operationId: 'exportConsultationsCsv', summary: 'Export consultations (CSV)', description: 'The filters of the list; UTF-8 with a BOM; the file imports back as it is.' })
  @ApiKeyScope('consultations:read')
  @ApiFile({ contentType: 'text/csv; charset=utf-8', description: 'Every consultation the filters select, in list order', fileName: 'consultations.csv' })
  csv(@CurrentPrincipal() principal: Principal, @Query() filter: ListConsultationsDto) {
    return streamedFile(csvStream(this.exports.table(principal, filter)));
  }
}
