import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiConflictResponse, ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal } from '../../auth/current-principal.decorator.js';
import type { Principal } from '../../auth/principal.js';
import { Roles } from '../../auth/roles.decorator.js';
import { ApiProblems, ApiWrite } from '../../common/api-problem-responses.js';
import { IfMatch } from '../../common/etag.js';
import { PageQueryDto } from '../../common/pagination.js';
import { uuidParam } from '../../common/uuid-param.js';
import { CreateInterpreterDto, InterpreterDto, InterpreterPageDto, UpdateInterpreterDto } from './interpreter.dto.js';
import { InterpretersRepository } from './interpreters.repository.js';

@ApiTags('matchmaking')
@ApiBearerAuth()
@ApiProblems()
@Controller('interpreters')
export class InterpretersController {
  constructor(private readonly interpreters: InterpretersRepository) {}

  @Get()
  @ApiOkResponse({ type: InterpreterPageDto })
  list(@CurrentPrincipal() principal: Principal, @Query() page: PageQueryDto) {
    return this.interpreters.list(principal.agencyId, page);
  }

  @Post()
  @Roles('manager')
  @ApiWrite()
  @ApiCreatedResponse({ type: InterpreterDto })
  create(@CurrentPrincipal() principal: Principal, @Body() body: CreateInterpreterDto) {
    return this.interpreters.create(principal.agencyId, body);
  }

  @Get(':id')
  @ApiProblems({ notFound: true })
  @ApiOkResponse({ type: InterpreterDto })
  get(@CurrentPrincipal() principal: Principal, @Param('id', uuidParam('id')) id: string) {
    return this.interpreters.get(principal.agencyId, id);
  }

  @Patch(':id')
  @Roles('manager')
  @ApiProblems({ notFound: true })
  @ApiWrite({ ifMatch: true })
  @ApiOkResponse({ type: InterpreterDto })
  update(
    @CurrentPrincipal() principal: Principal,
    @Param('id', uuidParam('id')) id: string,
    @Body() body: UpdateInterpreterDto,
    @IfMatch() expectedVersion: number | undefined,
  ) {
    return this.interpreters.update(principal.agencyId, id, body, expectedVersion);
  }

  @Delete(':id')
  @Roles('manager')
  @HttpCode(204)
  @ApiProblems({ notFound: true })
  @ApiNoContentResponse({ description: 'Soft-deleted' })
  @ApiConflictResponse({ description: 'Still has scheduled meetings' })
  remove(@CurrentPrincipal() principal: Principal, @Param('id', uuidParam('id')) id: string) {
    return this.interpreters.remove(principal.agencyId, id);
  }
}
