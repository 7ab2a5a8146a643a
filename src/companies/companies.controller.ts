import { Body, Controller, Delete, Get, HttpCode, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiConflictResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiKeyScope } from '../tenancy/api-key-scope.decorator.js';
import { CurrentPrincipal } from '../tenancy/current-principal.decorator.js';
import { canReadPersonalData, type Principal } from '../tenancy/principal.js';
import { Roles } from '../tenancy/roles.decorator.js';
import { ApiIfMatch, ApiProblems } from '../common/api-responses.js';
import { ApiPost } from '../idempotency/api-post.js';
import { IfMatch } from '../common/etag.js';
import { UuidParam } from '../common/uuid-param.js';
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
  @ApiOperation({
    operationId: 'listCompanies',
    summary: 'List companies',
    description: 'The exhibiting companies of your agency; filter by `registrationNumber`, `region` or a name search (`q`); in cursor pages.',
  })
  @ApiKeyScope('companies:read')
  @ApiOkResponse({ type: CompanyPageDto })
  list(@CurrentPrincipal() principal: Principal, @Query() filter: ListCompaniesDto) {
    return this.companies.list(principal.agencyId, filter, canReadPersonalData(principal));
  }

  @Post()
  @ApiOperation({ operationId: 'createCompany', summary: 'Register a company' })
  @Roles('manager')
  @ApiPost({ type: CompanyDto, location: '/v1/companies/{id}' })
  @ApiConflictResponse({ description: 'The registration number is taken in your agency' })
  create(@CurrentPrincipal() principal: Principal, @Body() body: CreateCompanyDto) {
    return this.companies.create(principal.agencyId, body);
  }

  @Get(':id')
  @ApiOperation({ operationId: 'getCompany', summary: 'Get a company' })
  @ApiKeyScope('companies:read')
  @ApiProblems({ notFound: true })
  @ApiOkResponse({ type: CompanyDto })
  get(@CurrentPrincipal() principal: Principal, @UuidParam('id') id: string) {
    return this.companies.get(principal.agencyId, id, canReadPersonalData(principal));
  }

  @Patch(':id')
  @ApiOperation({ operationId: 'updateCompany', summary: 'Update a company' })
  @Roles('manager')
  @ApiProblems({ notFound: true })
  @ApiIfMatch()
  @ApiOkResponse({ type: CompanyDto })
  update(
    @CurrentPrincipal() principal: Principal,
    @UuidParam('id') id: string,
    @Body() body: UpdateCompanyDto,
    @IfMatch() expectedVersion: number | undefined,
  ) {
    return this.companies.update(principal.agencyId, id, body, expectedVersion);
  }

  @Delete(':id')
  @ApiOperation({ operationId: 'deleteCompany', summary: 'Delete a company', description: 'A soft delete; refused (409) while it exhibits at a fair or has consultations or contracts.' })
  @Roles('manager')
  @HttpCode(204)
  @ApiProblems({ notFound: true })
  @ApiNoContentResponse({ description: 'Soft-deleted' })
  @ApiConflictResponse({ description: 'Still exhibits at fairs or has consultations or contracts' })
  remove(@CurrentPrincipal() principal: Principal, @UuidParam('id') id: string) {
    return this.companies.remove(principal.agencyId, id);
  }
}
