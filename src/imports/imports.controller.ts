import { Controller, Get, Post, Query, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import { CurrentPrincipal, CurrentUser } from '../tenancy/current-principal.decorator.js';
import type { Principal, UserPrincipal } from '../tenancy/principal.js';
import { Roles } from '../tenancy/roles.decorator.js';
import { ApiFile, ApiProblems } from '../common/api-responses.js';
import { ApiPost } from '../idempotency/api-post.js';
import { UuidParam } from '../common/uuid-param.js';
import { streamedFile } from '../common/streamed-file.js';
import { IMPORT_FIELDS } from './columns.js';
import { ImportDto } from './dto/import.dto.js';
import { IMPORT_KINDS } from './import.entity.js';
import { ImportsService } from './imports.service.js';

/** Spreadsheet imports of consultations or contracts into one fair; managers and admins. */
@ApiTags('imports')
@ApiBearerAuth()
@ApiProblems()
@Roles('manager')
@Controller('imports')
export class ImportsController {
  constructor(private readonly imports: ImportsService) {}

  @Post()
  @ApiOperation({
    operationId: 'createImport',
    summary: 'Import a spreadsheet of consultations or contracts',
    description:
      'Upload a .csv or .xlsx for one fair; the import runs in the background (poll the import). `dryRun` checks the rows without writing. With an `Idempotency-Key`, a retry replays the first answer: the file is not compared, so use a new key for a new file.',
  })
  @ApiConsumes('multipart/form-data')
  @ApiBody({
    schema: {
      type: 'object',
      required: ['file', 'fairId', 'kind'],
      properties: {
        file: { type: 'string', format: 'binary', description: '.csv (UTF-8, with or without BOM, or CP949) or .xlsx' },
        fairId: { type: 'string', format: 'uuid' },
        kind: { type: 'string', enum: [...IMPORT_KINDS] },
        dryRun: { type: 'boolean', default: false },
        createMissing: { type: 'boolean', default: false },
        mapping: { type: 'string', description: `JSON object header → field (${IMPORT_FIELDS.join(', ')})` },
      },
    },
  })
  @ApiPost({ type: ImportDto, description: 'Queued; poll GET /v1/imports/{id}', location: '/v1/imports/{id}' })
  create(@CurrentUser() principal: UserPrincipal, @Req() request: FastifyRequest, @Query() query: Record<string, unknown>) {
    return this.imports.create(principal.agencyId, principal.userId, request, query);
  }

  @Get(':id')
  @ApiOperation({ operationId: 'getImport', summary: 'Get an import', description: 'Its state, progress and row counts, while it runs and after.' })
  @ApiProblems({ notFound: true })
  @ApiOkResponse({ type: ImportDto })
  get(@CurrentPrincipal() principal: Principal, @UuidParam('id') id: string) {
    return this.imports.get(principal.agencyId, id);
  }

  @Get(':id/errors.csv')
  @ApiOperation({ operationId: 'downloadImportErrors', summary: "Download an import's rejected rows (CSV)" })
  @ApiProblems({ notFound: true })
  @ApiFile({
    contentType: 'text/csv; charset=utf-8',
    description: 'Rejected rows: row (as the spreadsheet numbers it), column, message',
    fileName: 'import-errors.csv',
  })
  async errors(@CurrentPrincipal() principal: Principal, @UuidParam('id') id: string) {
    return streamedFile(await this.imports.errorsCsv(principal.agencyId, id));
  }
}
