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
import { PageQueryDto } from '../common/pagination.js';
import { uuidParam } from '../common/uuid-param.js';
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
  @ApiKeyScope('fairs:read')
  @ApiOkResponse({ type: ParticipantPageDto })
  list(
    @CurrentPrincipal() principal: Principal,
    @Param('fairId', uuidParam('fairId')) fairId: string,
    @Query() page: PageQueryDto,
  ) {
    return this.participants.list(principal.agencyId, fairId, page, fairLimit(principal));
  }

  @Post()
  @Roles('manager')
  @ApiWrite()
  @ApiCreatedResponse({ type: ParticipantDto })
  @ApiConflictResponse({ description: 'The company already participates in the fair' })
  @ApiUnprocessableEntityResponse({ description: 'companyId names no company of your agency' })
  add(
    @CurrentPrincipal() principal: Principal,
    @Param('fairId', uuidParam('fairId')) fairId: string,
    @Body() body: AddParticipantDto,
  ) {
    return this.participants.add(principal.agencyId, fairId, body);
  }

  @Get(':companyId')
  @ApiKeyScope('fairs:read')
  @ApiOkResponse({ type: ParticipantDto })
  get(
    @CurrentPrincipal() principal: Principal,
    @Param('fairId', uuidParam('fairId')) fairId: string,
    @Param('companyId', uuidParam('companyId')) companyId: string,
  ) {
    return this.participants.get(principal.agencyId, fairId, companyId, fairLimit(principal));
  }

  @Patch(':companyId')
  @Roles('manager')
  @ApiWrite({ ifMatch: true })
  @ApiOkResponse({ type: ParticipantDto })
  update(
    @CurrentPrincipal() principal: Principal,
    @Param('fairId', uuidParam('fairId')) fairId: string,
    @Param('companyId', uuidParam('companyId')) companyId: string,
    @Body() body: UpdateParticipantDto,
    @IfMatch() expectedVersion: number | undefined,
  ) {
    return this.participants.update(principal.agencyId, fairId, companyId, body, expectedVersion);
  }

  @Delete(':companyId')
  @Roles('manager')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'Soft-deleted' })
  @ApiConflictResponse({ description: 'The company has consultations or contracts at this fair' })
  remove(
    @CurrentPrincipal() principal: Principal,
    @Param('fairId', uuidParam('fairId')) fairId: string,
    @Param('companyId', uuidParam('companyId')) companyId: string,
  ) {
    return this.participants.remove(principal.agencyId, fairId, companyId);
  }
}
