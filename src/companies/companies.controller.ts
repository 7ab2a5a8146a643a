import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiConflictResponse, ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { ApiKeyScope } from '../auth/api-key-scope.decorator.js';
import { CurrentPrincipal } from '../auth/current-principal.decorator.js';
import { canReadPersonalData, type Principal } from '../auth/principal.js';
import { Roles } from '../auth/roles.decorator.js';
import { ApiProblems, ApiWrite } from '../common/api-problem-responses.js';
import { IfMatch } from '../common/etag.js';
import { uuidParam } from '../common/uuid-param.js';
import { CompaniesService } from './companies.service.js';
import { CompanyDto, CompanyPageDto } from './dto/company.dto.js';
import { CreateCompanyDto } from './dto/create-company.dto.js';
import { ListCompaniesDto } from './dto/list-companies.dto.js';
import { UpdateCompanyDto } from './dto/update-company.dto.js';

@ApiTags('companies')
@ApiBearerAuth()
@ApiProblems()
@Controller('companies')
export class CompaniesController {
  constructor(private readonly companies: CompaniesService) {}

  @Get()
  @ApiKeyScope('companies:read')
  @ApiOkResponse({ type: CompanyPageDto })
  list(@CurrentPrincipal() principal: Principal, @Query() filter: ListCompaniesDto) {
    return this.companies.list(principal.agencyId, filter, canReadPersonalData(principal));
  }

  @Post()
  @Roles('manager')
  @ApiWrite()
  @ApiCreatedResponse({ type: CompanyDto })
  @ApiConflictResponse({ description: 'The registration number is taken in your agency' })
  create(@CurrentPrincipal() principal: Principal, @Body() body: CreateCompanyDto) {
    return this.companies.create(principal.agencyId, body);
  }

  @Get(':id')
  @ApiKeyScope('companies:read')
  @ApiProblems({ notFound: true })
  @ApiOkResponse({ type: CompanyDto })
  get(@CurrentPrincipal() principal: Principal, @Param('id', uuidParam('id')) id: string) {
    return this.companies.get(principal.agencyId, id, canReadPersonalData(principal));
  }

  @Patch(':id')
  @Roles('manager')
  @ApiProblems({ notFound: true })
  @ApiWrite({ ifMatch: true })
  @ApiOkResponse({ type: CompanyDto })
  update(
    @CurrentPrincipal() principal: Principal,
    @Param('id', uuidParam('id')) id: string,
    @Body() body: UpdateCompanyDto,
    @IfMatch() expectedVersion: number | undefined,
  ) {
    return this.companies.update(principal.agencyId, id, body, expectedVersion);
  }

  @Delete(':id')
  @Roles('manager')
  @HttpCode(204)
  @ApiProblems({ notFound: true })
  @ApiNoContentResponse({ description: 'Soft-deleted' })
  @ApiConflictResponse({ description: 'Still exhibits at fairs or has consultations or contracts' })
  remove(@CurrentPrincipal() principal: Principal, @Param('id', uuidParam('id')) id: string) {
    return this.companies.remove(principal.agencyId, id);
  }
}
