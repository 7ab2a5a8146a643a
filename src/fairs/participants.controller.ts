import { Body, Controller, Delete, Get, HttpCode, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiConflictResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags, ApiUnprocessableEntityResponse } from '@nestjs/swagger';
import { ApiKeyScope } from '../tenancy/api-key-scope.decorator.js';
import { CurrentPrincipal } from '../tenancy/current-principal.decorator.js';
import { fairLimit, type Principal } from '../tenancy/principal.js';
import { Roles } from '../tenancy/roles.decorator.js';
import { ApiIfMatch, ApiProblems } from '../common/api-responses.js';
import { ApiPost } from '../idempotency/api-post.js';
import { IfMatch } from '../common/etag.js';
import { PageQueryDto } from '../common/pagination.js';
import { UuidParam } from '../common/uuid-param.js';
import { AddParticipantDto } from './dto/add-participant.dto.js';
import { ParticipantDto, ParticipantPageDto } from './dto/participant.dto.js';
import { UpdateParticipantDto } from './dto/update-participant.dto.js';
import { ParticipantsService } from './participants.service.js';

@ApiTags('fairs')
@ApiBearerAuth()
@ApiProblems({ notFound: true })
@Controller('fairs/:fairId/participants')
export class ParticipantsController {
  constructor(private readonly participants: ParticipantsService) {}

  @Get()
  @ApiOperation({ operationId: 'listParticipants', summary: "List a fair's exhibiting companies", description: 'In cursor pages.' })
  @ApiKeyScope('fairs:read')
  @ApiOkResponse({ type: ParticipantPageDto })
  list(@CurrentPrincipal() principal: Principal, @UuidParam('fairId') fairId: string, @Query() page: PageQueryDto) {
    return this.participants.list(principal.agencyId, fairId, page, fairLimit(principal));
  }

  @Post()
  @ApiOperation({ operationId: 'addParticipant', summary: 'Add an exhibiting company to a fair' })
  @Roles('manager')
  @ApiPost({ type: ParticipantDto, location: '/v1/fairs/{fairId}/participants/{companyId}' })
  @ApiConflictResponse({ description: 'The company already participates in the fair' })
  @ApiUnprocessableEntityResponse({ description: 'companyId names no company of your agency' })
  add(@CurrentPrincipal() principal: Principal, @UuidParam('fairId') fairId: string, @Body() body: AddParticipantDto) {
    return this.participants.add(principal.agencyId, fairId, body);
  }

  @Get(':companyId')
  @ApiOperation({ operationId: 'getParticipant', summary: "Get a company's participation in a fair" })
  @ApiKeyScope('fairs:read')
  @ApiOkResponse({ type: ParticipantDto })
  get(@CurrentPrincipal() principal: Principal, @UuidParam('fairId') fairId: string, @UuidParam('companyId') companyId: string) {
    return this.participants.get(principal.agencyId, fairId, companyId, fairLimit(principal));
  }

  @Patch(':companyId')
  @ApiOperation({ operationId: 'updateParticipant', summary: "Update a company's participation in a fair", description: 'Its booth, for example.' })
  @Roles('manager')
  @ApiIfMatch()
  @ApiOkResponse({ type: ParticipantDto })
  update(
    @CurrentPrincipal() principal: Principal,
    @UuidParam('fairId') fairId: string,
    @UuidParam('companyId') companyId: string,
    @Body() body: UpdateParticipantDto,
    @IfMatch() expectedVersion: number | undefined,
  ) {
    return this.participants.update(principal.agencyId, fairId, companyId, body, expectedVersion);
  }

  @Delete(':companyId')
  @ApiOperation({ operationId: 'removeParticipant', summary: 'Remove an exhibiting company from a fair', description: 'Refused (409) while the company has consultations or contracts at the fair.' })
  @Roles('manager')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'Soft-deleted' })
  @ApiConflictResponse({ description: 'The company has consultations or contracts at this fair' })
  remove(@CurrentPrincipal() principal: Principal, @UuidParam('fairId') fairId: string, @UuidParam('companyId') companyId: string) {
    return this.participants.remove(principal.agencyId, fairId, companyId);
  }
}
