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
import { ContractsService } from './contracts.service.js';
import { ContractDto, ContractPageDto } from './dto/contract.dto.js';
import { CreateContractDto } from './dto/create-contract.dto.js';
import { ListContractsDto } from './dto/list-contracts.dto.js';
import { UpdateContractDto } from './dto/update-contract.dto.js';

const UNPROCESSABLE =
  'Unknown fair, company or buyer; company not exhibiting at the fair; consultation of another fair or company; or no exchange rate for the currency and date';

/** Staff record contracts; every role of the agency may read and write them. */
@ApiTags('contracts')
@ApiBearerAuth()
@ApiProblems()
@Controller('contracts')
export class ContractsController {
  constructor(private readonly contracts: ContractsService) {}

  @Get()
  @ApiOperation({
    operationId: 'listContracts',
    summary: 'List contracts',
    description: 'Filter by fair, company, buyer, buyer country, status and signing date; in creation order, in cursor pages (`nextCursor`).',
  })
  @ApiKeyScope('contracts:read')
  @ApiOkResponse({ type: ContractPageDto })
  list(@CurrentPrincipal() principal: Principal, @Query() filter: ListContractsDto) {
    return this.contracts.list(principal.agencyId, filter, fairLimit(principal));
  }

  @Post()
  @ApiOperation({
    operationId: 'createContract',
    summary: 'Record a contract',
    description: 'A `signed` contract needs `signedOn`; the USD value is frozen at the agency\'s exchange rate of that day.',
  })
  @Roles('staff')
  @ApiPost({ type: ContractDto, location: '/v1/contracts/{id}' })
  @ApiUnprocessableEntityResponse({ description: UNPROCESSABLE })
  create(@CurrentUser() principal: UserPrincipal, @Body() body: CreateContractDto) {
    return this.contracts.create(principal.agencyId, principal.userId, body);
  }

  @Get(':id')
  @ApiOperation({ operationId: 'getContract', summary: 'Get a contract' })
  @ApiKeyScope('contracts:read')
  @ApiProblems({ notFound: true })
  @ApiOkResponse({ type: ContractDto })
  get(@CurrentPrincipal() principal: Principal, @UuidParam('id') id: string) {
    return this.contracts.get(principal.agencyId, id, fairLimit(principal));
  }

  @Patch(':id')
  @ApiOperation({ operationId: 'updateContract', summary: 'Update a contract', description: 'For example its status, from `expected` to `signed`.' })
  @Roles('staff')
  @ApiProblems({ notFound: true })
  @ApiIfMatch()
  @ApiOkResponse({ type: ContractDto })
  @ApiUnprocessableEntityResponse({ description: UNPROCESSABLE })
  update(
    @CurrentPrincipal() principal: Principal,
    @UuidParam('id') id: string,
    @Body() body: UpdateContractDto,
    @IfMatch() expectedVersion: number | undefined,
  ) {
    return this.contracts.update(principal.agencyId, id, body, expectedVersion);
  }

  @Delete(':id')
  @ApiOperation({ operationId: 'deleteContract', summary: 'Delete a contract' })
  @Roles('staff')
  @HttpCode(204)
  @ApiProblems({ notFound: true })
  @ApiNoContentResponse({ description: 'Soft-deleted: leaves lists and totals' })
  remove(@CurrentPrincipal() principal: Principal, @UuidParam('id') id: string) {
    return this.contracts.remove(principal.agencyId, id);
  }
}
