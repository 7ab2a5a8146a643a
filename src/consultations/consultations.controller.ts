import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiTags, ApiUnprocessableEntityResponse } from '@nestjs/swagger';
import { ApiKeyScope } from '../auth/api-key-scope.decorator.js';
import { CurrentPrincipal, CurrentUser } from '../auth/current-principal.decorator.js';
import { fairLimit, type Principal, type UserPrincipal } from '../auth/principal.js';
import { Roles } from '../auth/roles.decorator.js';
import { ApiProblems, ApiWrite } from '../common/api-problem-responses.js';
import { IfMatch } from '../common/etag.js';
import { uuidParam } from '../common/uuid-param.js';
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
  @ApiKeyScope('consultations:read')
  @ApiOkResponse({ type: ConsultationPageDto })
  list(@CurrentPrincipal() principal: Principal, @Query() filter: ListConsultationsDto) {
    return this.consultations.list(principal.agencyId, filter, fairLimit(principal));
  }

  @Post()
  @Roles('staff')
  @ApiWrite()
  @ApiCreatedResponse({ type: ConsultationDto })
  @ApiUnprocessableEntityResponse({ description: UNPROCESSABLE })
  create(@CurrentUser() principal: UserPrincipal, @Body() body: CreateConsultationDto) {
    return this.consultations.create(principal.agencyId, principal.userId, body);
  }

  @Get(':id')
  @ApiKeyScope('consultations:read')
  @ApiProblems({ notFound: true })
  @ApiOkResponse({ type: ConsultationDto })
  get(@CurrentPrincipal() principal: Principal, @Param('id', uuidParam('id')) id: string) {
    return this.consultations.get(principal.agencyId, id, fairLimit(principal));
  }

  @Patch(':id')
  @Roles('staff')
  @ApiProblems({ notFound: true })
  @ApiWrite({ ifMatch: true })
  @ApiOkResponse({ type: ConsultationDto })
  @ApiUnprocessableEntityResponse({ description: UNPROCESSABLE })
  update(
    @CurrentPrincipal() principal: Principal,
    @Param('id', uuidParam('id')) id: string,
    @Body() body: UpdateConsultationDto,
    @IfMatch() expectedVersion: number | undefined,
  ) {
    return this.consultations.update(principal.agencyId, id, body, expectedVersion);
  }

  @Delete(':id')
  @Roles('staff')
  @HttpCode(204)
  @ApiProblems({ notFound: true })
  @ApiNoContentResponse({ description: 'Soft-deleted: leaves lists and totals' })
  remove(@CurrentPrincipal() principal: Principal, @Param('id', uuidParam('id')) id: string) {
    return this.consultations.remove(principal.agencyId, id);
  }
}
