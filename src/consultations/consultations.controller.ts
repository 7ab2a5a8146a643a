import { Body, Controller, Delete, Get, HttpCode, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags, ApiUnprocessableEntityResponse } from '@nestjs/swagger';
import { ApiKeyScope } from '../tenancy/api-key-scope.decorator.js';
import { CurrentPrincipal, CurrentUser } from '../tenancy/current-principal.decorator.js';
import { fairLimit, type Principal, type UserPrincipal } from '../tenancy/principal.js';
import { Roles } from '../tenancy/roles.decorator.js';
import { ApiIfMatch, ApiProblems } from '../common/api-responses.js';
import { ApiPost } from '../idempotency/api-post.js';
import { IfMatch } from '../common/etag.js';
import { UuidParam } from '../common/uuid-param.js';
import { ConsultationsService } from './consultations.service.js';
import { ConsultationDto, ConsultationPageDto } from './dto/consultation.dto.js';
import { CreateConsultationDto } from './dto/create-consultation.dto.js';
import { ListConsultationsDto } from './dto/list-consultations.dto.js';
import { UpdateConsultationDto } from './dto/update-consultation.dto.js';

const UNPROCESSABLE =
  'Unknown fair, company or buyer; company not exhibiting at the fair; occurredAt outside the fair; or no exchange rate for the currency and date';

/** Staff log consultations at the booth; every role of the agency may read and write them. */
@ApiTags('consultations')
@ApiBearerAuth()
@ApiProblems()
@Controller('consultations')
export class ConsultationsController {
  constructor(private readonly consultations: ConsultationsService) {}

  @Get()
  @ApiOperation({
    operationId: 'listConsultations',
    summary: 'List consultations',
    description: 'Filter by fair, company, buyer, buyer country, stage, type and date; in creation order, in cursor pages (`nextCursor`).',
  })
  @ApiKeyScope('consultations:read')
  @ApiOkResponse({ type: ConsultationPageDto })
  list(@CurrentPrincipal() principal: Principal, @Query() filter: ListConsultationsDto) {
    return this.consultations.list(principal.agencyId, filter, fairLimit(principal));
  }

  @Post()
  @ApiOperation({
    operationId: 'createConsultation',
    summary: 'Log a consultation',
    description: 'Only `fairId`, `companyId` and `buyerCountry` (or `buyerId`) are required; the USD value is frozen at the agency\'s exchange rate.',
  })
  @Roles('staff')
  @ApiPost({ type: ConsultationDto, location: '/v1/consultations/{id}' })
  @ApiUnprocessableEntityResponse({ description: UNPROCESSABLE })
  create(@CurrentUser() principal: UserPrincipal, @Body() body: CreateConsultationDto) {
    return this.consultations.create(principal.agencyId, principal.userId, body);
  }

  @Get(':id')
  @ApiOperation({ operationId: 'getConsultation', summary: 'Get a consultation' })
  @ApiKeyScope('consultations:read')
  @ApiProblems({ notFound: true })
  @ApiOkResponse({ type: ConsultationDto })
  get(@CurrentPrincipal() principal: Principal, @UuidParam('id') id: string) {
    return this.consultations.get(principal.agencyId, id, fairLimit(principal));
  }

  @Patch(':id')
  @ApiOperation({ operationId: 'updateConsultation', summary: 'Update a consultation', description: '`null` clears an optional field.' })
  @Roles('staff')
  @ApiProblems({ notFound: true })
  @ApiIfMatch()
  @ApiOkResponse({ type: ConsultationDto })
  @ApiUnprocessableEntityResponse({ description: UNPROCESSABLE })
  update(
    @CurrentPrincipal() principal: Principal,
    @UuidParam('id') id: string,
    @Body() body: UpdateConsultationDto,
    @IfMatch() expectedVersion: number | undefined,
  ) {
    return this.consultations.update(principal.agencyId, id, body, expectedVersion);
  }

  @Delete(':id')
  @ApiOperation({ operationId: 'deleteConsultation', summary: 'Delete a consultation' })
  @Roles('staff')
  @HttpCode(204)
  @ApiProblems({ notFound: true })
  @ApiNoContentResponse({ description: 'Soft-deleted: leaves lists and totals' })
  remove(@CurrentPrincipal() principal: Principal, @UuidParam('id') id: string) {
    return this.consultations.remove(principal.agencyId, id);
  }
}
