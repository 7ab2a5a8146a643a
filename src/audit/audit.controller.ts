import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentUser } from '../tenancy/current-principal.decorator.js';
import type { UserPrincipal } from '../tenancy/principal.js';
import { Roles } from '../tenancy/roles.decorator.js';
import { ApiProblems } from '../common/api-responses.js';
import { toPage } from '../common/pagination.js';
import { AuditRepository } from './audit.repository.js';
import { AuditEntryDto, AuditPageDto } from './dto/audit-entry.dto.js';
import { ListAuditDto } from './dto/list-audit.dto.js';

/** Every write of the agency, newest first (admins). */
@ApiTags('audit')
@ApiBearerAuth()
@ApiProblems()
@Roles('admin')
@Controller('audit')
export class AuditController {
  constructor(private readonly audit: AuditRepository) {}

  @Get()
  @ApiOperation({
    operationId: 'listAuditEntries',
    summary: 'List the audit log',
    description: 'Every write of your agency, newest first; filter by record, entity or actor; in cursor pages. Personal data is logged as changed, never by value.',
  })
  @ApiOkResponse({ type: AuditPageDto })
  async list(@CurrentUser() user: UserPrincipal, @Query() filter: ListAuditDto): Promise<AuditPageDto> {
    // The log is ordered by id alone, so the cursor is the last entry's id.
    return toPage(await this.audit.list(user.agencyId, filter), filter.limit, (row) => AuditEntryDto.from(row), (last) => last.id);
  }
}
