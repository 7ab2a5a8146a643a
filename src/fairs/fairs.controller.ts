import { Body, Controller, Delete, Get, HttpCode, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiConflictResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags, ApiUnprocessableEntityResponse } from '@nestjs/swagger';
import { ApiKeyScope } from '../tenancy/api-key-scope.decorator.js';
import { CurrentPrincipal } from '../tenancy/current-principal.decorator.js';
import { fairLimit, type Principal } from '../tenancy/principal.js';
import { Roles } from '../tenancy/roles.decorator.js';
import { ApiIfMatch, ApiProblems } from '../common/api-responses.js';
import { ApiPost } from '../idempotency/api-post.js';
import { IfMatch } from '../common/etag.js';
import { UuidParam } from '../common/uuid-param.js';
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
  @ApiOperation({ operationId: 'listFairs', summary: 'List fairs', description: 'Filter by `year`, `series`, `country`, `kind` or start date; in cursor pages (`nextCursor`).' })
  @ApiKeyScope('fairs:read')
  @ApiOkResponse({ type: FairPageDto })
  list(@CurrentPrincipal() principal: Principal, @Query() filter: ListFairsDto) {
    return this.fairs.list(principal.agencyId, filter, fairLimit(principal));
  }

  @Post()
  @ApiOperation({ operationId: 'createFair', summary: 'Create a fair' })
  @Roles('manager')
  @ApiPost({ type: FairDto, location: '/v1/fairs/{id}' })
  create(@CurrentPrincipal() principal: Principal, @Body() body: CreateFairDto) {
    return this.fairs.create(principal.agencyId, body);
  }

  @Get(':id')
  @ApiOperation({ operationId: 'getFair', summary: 'Get a fair' })
  @ApiKeyScope('fairs:read')
  @ApiProblems({ notFound: true })
  @ApiOkResponse({ type: FairDto })
  get(@CurrentPrincipal() principal: Principal, @UuidParam('id') id: string) {
    return this.fairs.get(principal.agencyId, id, fairLimit(principal));
  }

  @Patch(':id')
  @ApiOperation({
    operationId: 'updateFair',
    summary: 'Update a fair',
    description: 'Moving its dates or time zone is refused (422) when a consultation or meeting session would fall outside the fair.',
  })
  @Roles('manager')
  @ApiProblems({ notFound: true })
  @ApiIfMatch()
  @ApiOkResponse({ type: FairDto })
  @ApiUnprocessableEntityResponse({ description: 'endsOn would fall before startsOn, or records would fall outside the moved fair' })
  update(
    @CurrentPrincipal() principal: Principal,
    @UuidParam('id') id: string,
    @Body() body: UpdateFairDto,
    @IfMatch() expectedVersion: number | undefined,
  ) {
    return this.fairs.update(principal.agencyId, id, body, expectedVersion);
  }

  @Delete(':id')
  @ApiOperation({ operationId: 'deleteFair', summary: 'Delete a fair', description: 'A soft delete; refused (409) while participants, consultations or contracts remain.' })
  @Roles('manager')
  @HttpCode(204)
  @ApiProblems({ notFound: true })
  @ApiNoContentResponse({ description: 'Soft-deleted' })
  @ApiConflictResponse({ description: 'Still has participants, consultations or contracts' })
  remove(@CurrentPrincipal() principal: Principal, @UuidParam('id') id: string) {
    return this.fairs.remove(principal.agencyId, id);
  }
}
