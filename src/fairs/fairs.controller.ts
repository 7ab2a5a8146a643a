import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { ApiKeyScope } from '../auth/api-key-scope.decorator.js';
import { CurrentPrincipal } from '../auth/current-principal.decorator.js';
import { fairLimit, type Principal } from '../auth/principal.js';
import { Roles } from '../auth/roles.decorator.js';
import { ApiProblems, ApiWrite } from '../common/api-problem-responses.js';
import { IfMatch } from '../common/etag.js';
import { uuidParam } from '../common/uuid-param.js';
import { CreateFairDto } from './dto/create-fair.dto.js';
import { FairDto, FairPageDto } from './dto/fair.dto.js';
import { ListFairsDto } from './dto/list-fairs.dto.js';
import { UpdateFairDto } from './dto/update-fair.dto.js';
import { FairsService } from './fairs.service.js';

@ApiTags('fairs')
@ApiBearerAuth()
@ApiProblems()
@Controller('fairs')
export class FairsController {
  constructor(private readonly fairs: FairsService) {}

  @Get()
  @ApiKeyScope('fairs:read')
  @ApiOkResponse({ type: FairPageDto })
  list(@CurrentPrincipal() principal: Principal, @Query() filter: ListFairsDto) {
    return this.fairs.list(principal.agencyId, filter, fairLimit(principal));
  }

  @Post()
  @Roles('manager')
  @ApiWrite()
  @ApiCreatedResponse({ type: FairDto })
  create(@CurrentPrincipal() principal: Principal, @Body() body: CreateFairDto) {
    return this.fairs.create(principal.agencyId, body);
  }

  @Get(':id')
  @ApiKeyScope('fairs:read')
  @ApiProblems({ notFound: true })
  @ApiOkResponse({ type: FairDto })
  get(@CurrentPrincipal() principal: Principal, @Param('id', uuidParam('id')) id: string) {
    return this.fairs.get(principal.agencyId, id, fairLimit(principal));
  }

  @Patch(':id')
  @Roles('manager')
  @ApiProblems({ notFound: true })
  @ApiWrite({ ifMatch: true })
  @ApiOkResponse({ type: FairDto })
  @ApiUnprocessableEntityResponse({ description: 'endsOn would fall before startsOn' })
  update(
    @CurrentPrincipal() principal: Principal,
    @Param('id', uuidParam('id')) id: string,
    @Body() body: UpdateFairDto,
    @IfMatch() expectedVersion: number | undefined,
  ) {
    return this.fairs.update(principal.agencyId, id, body, expectedVersion);
  }

  @Delete(':id')
  @Roles('manager')
  @HttpCode(204)
  @ApiProblems({ notFound: true })
  @ApiNoContentResponse({ description: 'Soft-deleted' })
  @ApiConflictResponse({ description: 'Still has participants, consultations or contracts' })
  remove(@CurrentPrincipal() principal: Principal, @Param('id', uuidParam('id')) id: string) {
    return this.fairs.remove(principal.agencyId, id);
  }
}
