import { Body, Controller, Delete, Get, HttpCode, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiConflictResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal } from '../../tenancy/current-principal.decorator.js';
import type { Principal } from '../../tenancy/principal.js';
import { Roles } from '../../tenancy/roles.decorator.js';
import { ApiIfMatch, ApiProblems } from '../../common/api-responses.js';
import { ApiPost } from '../../idempotency/api-post.js';
import { IfMatch } from '../../common/etag.js';
import { PageQueryDto } from '../../common/pagination.js';
import { UuidParam } from '../../common/uuid-param.js';
import { CreateInterpreterDto, InterpreterDto, InterpreterPageDto, UpdateInterpreterDto } from './interpreter.dto.js';
import { InterpretersService } from './interpreters.service.js';

@ApiTags('matchmaking')
@ApiBearerAuth()
@ApiProblems()
@Controller('interpreters')
export class InterpretersController {
  constructor(private readonly interpreters: InterpretersService) {}

  @Get()
  @ApiOperation({ operationId: 'listInterpreters', summary: 'List interpreters', description: 'In cursor pages.' })
  @ApiOkResponse({ type: InterpreterPageDto })
  list(@CurrentPrincipal() principal: Principal, @Query() page: PageQueryDto) {
    return this.interpreters.list(principal.agencyId, page);
  }

  @Post()
  @ApiOperation({ operationId: 'createInterpreter', summary: 'Add an interpreter' })
  @Roles('manager')
  @ApiPost({ type: InterpreterDto, location: '/v1/interpreters/{id}' })
  create(@CurrentPrincipal() principal: Principal, @Body() body: CreateInterpreterDto) {
    return this.interpreters.create(principal.agencyId, body);
  }

  @Get(':id')
  @ApiOperation({ operationId: 'getInterpreter', summary: 'Get an interpreter' })
  @ApiProblems({ notFound: true })
  @ApiOkResponse({ type: InterpreterDto })
  get(@CurrentPrincipal() principal: Principal, @UuidParam('id') id: string) {
    return this.interpreters.get(principal.agencyId, id);
  }

  @Patch(':id')
  @ApiOperation({ operationId: 'updateInterpreter', summary: 'Update an interpreter' })
  @Roles('manager')
  @ApiProblems({ notFound: true })
  @ApiIfMatch()
  @ApiOkResponse({ type: InterpreterDto })
  update(
    @CurrentPrincipal() principal: Principal,
    @UuidParam('id') id: string,
    @Body() body: UpdateInterpreterDto,
    @IfMatch() expectedVersion: number | undefined,
  ) {
    return this.interpreters.update(principal.agencyId, id, body, expectedVersion);
  }

  @Delete(':id')
  @ApiOperation({ operationId: 'deleteInterpreter', summary: 'Delete an interpreter', description: 'A soft delete; refused (409) while the interpreter has scheduled meetings.' })
  @Roles('manager')
  @HttpCode(204)
  @ApiProblems({ notFound: true })
  @ApiNoContentResponse({ description: 'Soft-deleted' })
  @ApiConflictResponse({ description: 'Still has scheduled meetings' })
  remove(@CurrentPrincipal() principal: Principal, @UuidParam('id') id: string) {
    return this.interpreters.remove(principal.agencyId, id);
  }
}
