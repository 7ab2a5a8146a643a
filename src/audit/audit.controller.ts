import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentUser } from '../auth/current-principal.decorator.js';
import type { UserPrincipal } from '../auth/principal.js';
import { Roles } from '../auth/roles.decorator.js';
import { ApiProblems } from '../common/api-problem-responses.js';
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
  @ApiOkResponse({ type: AuditPageDto })
  async list(@CurrentUser() user: UserPrincipal, @Query() filter: ListAuditDto): Promise<AuditPageDto> {
    const rows = await this.audit.list(user.agencyId, filter);
    const page = rows.slice(0, filter.limit);
    return { data: page.map((row) => AuditEntryDto.from(row)), nextCursor: rows.length > filter.limit ? page[page.length - 1].id : null };
  }
}
