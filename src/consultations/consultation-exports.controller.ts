import { Controller, Get, Header, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import { ApiKeyScope } from '../auth/api-key-scope.decorator.js';
import { CurrentPrincipal } from '../auth/current-principal.decorator.js';
import type { Principal } from '../auth/principal.js';
import { ApiProblems } from '../common/api-problem-responses.js';
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
  @ApiKeyScope('consultations:read')
  @ApiProduces(XLSX_CONTENT_TYPE)
  @ApiOkResponse({ description: 'Every consultation the filters select, in list order' })
  @Header('content-type', XLSX_CONTENT_TYPE)
  @Header('content-disposition', 'attachment; filename="consultations.xlsx"')
  xlsx(@CurrentPrincipal() principal: Principal, @Query() filter: ListConsultationsDto) {
    return streamedFile(xlsxStream([sheet(this.exports.table(principal, filter))]));
  }

  @Get('export.csv')
  @ApiKeyScope('consultations:read')
  @ApiProduces('text/csv')
  @ApiOkResponse({ description: 'Every consultation the filters select, in list order' })
  @Header('content-type', 'text/csv; charset=utf-8')
  @Header('content-disposition', 'attachment; filename="consultations.csv"')
  csv(@CurrentPrincipal() principal: Principal, @Query() filter: ListConsultationsDto) {
    return streamedFile(csvStream(this.exports.table(principal, filter)));
  }
}
