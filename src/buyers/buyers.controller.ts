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
import { BuyersService } from './buyers.service.js';
import { BuyerDto, BuyerPageDto } from './dto/buyer.dto.js';
import { CreateBuyerDto } from './dto/create-buyer.dto.js';
import { ListBuyersDto } from './dto/list-buyers.dto.js';
import { UpdateBuyerDto } from './dto/update-buyer.dto.js';

const EMAIL_TAKEN = 'A buyer with this email exists in your agency; the `existingId` extension names it, to reuse';

/** Every role reads and writes buyers: staff log them at the booth. */
@ApiTags('buyers')
@ApiBearerAuth()
@ApiProblems()
@Controller('buyers')
export class BuyersController {
  constructor(private readonly buyers: BuyersService) {}

  @Get()
  @ApiOperation({
    operationId: 'listBuyers',
    summary: 'List buyers',
    description:
      'Filter by `country`, `buyerType`, an organisation search (`q`) or `email` (API keys need the `buyers:pii` scope for it); in cursor pages. Contact details are left out for API keys without `buyers:pii`.',
  })
  @ApiKeyScope('buyers:read')
  @ApiOkResponse({ type: BuyerPageDto })
  list(@CurrentPrincipal() principal: Principal, @Query() filter: ListBuyersDto) {
    return this.buyers.list(principal.agencyId, filter, canReadPersonalData(principal));
  }

  @Post()
  @ApiOperation({ operationId: 'createBuyer', summary: 'Add a buyer', description: 'An email already on file is a 409 whose `existingId` names the buyer to reuse.' })
  @Roles('staff')
  @ApiPost({ type: BuyerDto, location: '/v1/buyers/{id}' })
  @ApiConflictResponse({ description: EMAIL_TAKEN })
  create(@CurrentPrincipal() principal: Principal, @Body() body: CreateBuyerDto) {
    return this.buyers.create(principal.agencyId, body);
  }

  @Get(':id')
  @ApiOperation({ operationId: 'getBuyer', summary: 'Get a buyer' })
  @ApiKeyScope('buyers:read')
  @ApiProblems({ notFound: true })
  @ApiOkResponse({ type: BuyerDto })
  get(@CurrentPrincipal() principal: Principal, @UuidParam('id') id: string) {
    return this.buyers.get(principal.agencyId, id, canReadPersonalData(principal));
  }

  @Patch(':id')
  @ApiOperation({ operationId: 'updateBuyer', summary: 'Update a buyer' })
  @Roles('staff')
  @ApiProblems({ notFound: true })
  @ApiIfMatch()
  @ApiOkResponse({ type: BuyerDto })
  @ApiConflictResponse({ description: EMAIL_TAKEN })
  update(
    @CurrentPrincipal() principal: Principal,
    @UuidParam('id') id: string,
    @Body() body: UpdateBuyerDto,
    @IfMatch() expectedVersion: number | undefined,
  ) {
    return this.buyers.update(principal.agencyId, id, body, expectedVersion);
  }

  @Delete(':id')
  @ApiOperation({ operationId: 'deleteBuyer', summary: 'Delete a buyer', description: 'A soft delete; refused (409) while consultations or contracts name the buyer.' })
  @Roles('staff')
  @HttpCode(204)
  @ApiProblems({ notFound: true })
  @ApiNoContentResponse({ description: 'Soft-deleted' })
  @ApiConflictResponse({ description: 'Still has consultations or contracts' })
  remove(@CurrentPrincipal() principal: Principal, @UuidParam('id') id: string) {
    return this.buyers.remove(principal.agencyId, id);
  }
}
