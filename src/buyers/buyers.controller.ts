import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiConflictResponse, ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { ApiKeyScope } from '../auth/api-key-scope.decorator.js';
import { CurrentPrincipal } from '../auth/current-principal.decorator.js';
import { canReadPersonalData, type Principal } from '../auth/principal.js';
import { Roles } from '../auth/roles.decorator.js';
import { ApiProblems, ApiWrite } from '../common/api-problem-responses.js';
import { IfMatch } from '../common/etag.js';
import { uuidParam } from '../common/uuid-param.js';
import { BuyersService } from './buyers.service.js';
import { BuyerPersonalDataDto } from './dto/buyer-personal-data.dto.js';
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
  @ApiKeyScope('buyers:read')
  @ApiOkResponse({ type: BuyerPageDto })
  list(@CurrentPrincipal() principal: Principal, @Query() filter: ListBuyersDto) {
    return this.buyers.list(principal.agencyId, filter, canReadPersonalData(principal));
  }

  @Post()
  @Roles('staff')
  @ApiWrite()
  @ApiCreatedResponse({ type: BuyerDto })
  @ApiConflictResponse({ description: EMAIL_TAKEN })
  create(@CurrentPrincipal() principal: Principal, @Body() body: CreateBuyerDto) {
    return this.buyers.create(principal.agencyId, body);
  }

  @Get(':id')
  @ApiKeyScope('buyers:read')
  @ApiProblems({ notFound: true })
  @ApiOkResponse({ type: BuyerDto })
  get(@CurrentPrincipal() principal: Principal, @Param('id', uuidParam('id')) id: string) {
    return this.buyers.get(principal.agencyId, id, canReadPersonalData(principal));
  }

  @Get(':id/personal-data')
  @Roles('admin')
  @ApiProblems({ notFound: true })
  @ApiOkResponse({ type: BuyerPersonalDataDto, description: 'Everything held about the buyer, deleted records included' })
  exportPersonalData(@CurrentPrincipal() principal: Principal, @Param('id', uuidParam('id')) id: string) {
    return this.buyers.exportPersonalData(principal.agencyId, id);
  }

  @Post(':id/erase')
  @Roles('admin')
  @HttpCode(200)
  @ApiProblems({ notFound: true })
  @ApiOkResponse({ type: BuyerDto, description: 'Contact name, email and phone cleared; consultations, contracts and totals unchanged' })
  erasePersonalData(@CurrentPrincipal() principal: Principal, @Param('id', uuidParam('id')) id: string) {
    return this.buyers.erasePersonalData(principal.agencyId, id);
  }

  @Patch(':id')
  @Roles('staff')
  @ApiProblems({ notFound: true })
  @ApiWrite({ ifMatch: true })
  @ApiOkResponse({ type: BuyerDto })
  @ApiConflictResponse({ description: EMAIL_TAKEN })
  update(
    @CurrentPrincipal() principal: Principal,
    @Param('id', uuidParam('id')) id: string,
    @Body() body: UpdateBuyerDto,
    @IfMatch() expectedVersion: number | undefined,
  ) {
    return this.buyers.update(principal.agencyId, id, body, expectedVersion);
  }

  @Delete(':id')
  @Roles('staff')
  @HttpCode(204)
  @ApiProblems({ notFound: true })
  @ApiNoContentResponse({ description: 'Soft-deleted' })
  @ApiConflictResponse({ description: 'Still has consultations or contracts' })
  remove(@CurrentPrincipal() principal: Principal, @Param('id', uuidParam('id')) id: string) {
    return this.buyers.remove(principal.agencyId, id);
  }
}
