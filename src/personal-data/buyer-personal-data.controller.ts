import { Controller, Get, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { BuyersService } from '../buyers/buyers.service.js';
import { BuyerDto } from '../buyers/dto/buyer.dto.js';
import { ApiProblems } from '../common/api-responses.js';
import { ApiPost } from '../idempotency/api-post.js';
import { UuidParam } from '../common/uuid-param.js';
import { CurrentPrincipal } from '../tenancy/current-principal.decorator.js';
import type { Principal } from '../tenancy/principal.js';
import { Roles } from '../tenancy/roles.decorator.js';
import { BuyerPersonalDataDto } from './dto/buyer-personal-data.dto.js';
import { PersonalDataService } from './personal-data.service.js';

/**
 * A buyer's data-subject requests, under the buyer's path. Its own feature because the export reads
 * the buyer's consultations and contracts, which themselves refer to buyers.
 */
@ApiTags('buyers')
@ApiBearerAuth()
@ApiProblems()
@Controller('buyers')
export class BuyerPersonalDataController {
  constructor(
    private readonly personalData: PersonalDataService,
    private readonly buyers: BuyersService,
  ) {}

  @Get(':id/personal-data')
  @ApiOperation({
    operationId: 'exportBuyerPersonalData',
    summary: "Export a buyer's personal data",
    description: 'For a data subject request: the buyer (also if deleted), its consultations and contracts, and its audit history.',
  })
  @Roles('admin')
  @ApiProblems({ notFound: true })
  @ApiOkResponse({ type: BuyerPersonalDataDto, description: 'Everything held about the buyer, deleted records included' })
  exportPersonalData(@CurrentPrincipal() principal: Principal, @UuidParam('id') id: string) {
    return this.personalData.exportForBuyer(principal.agencyId, id);
  }

  @Post(':id/erase')
  @ApiOperation({ operationId: 'eraseBuyerPersonalData', summary: "Erase a buyer's personal data", description: 'Clears contact name, email and phone; organisation, country and its records stay.' })
  @Roles('admin')
  @ApiProblems({ notFound: true })
  @ApiPost({ status: 200, type: BuyerDto, description: 'Contact name, email and phone cleared; consultations, contracts and totals unchanged' })
  erasePersonalData(@CurrentPrincipal() principal: Principal, @UuidParam('id') id: string) {
    return this.buyers.erasePersonalData(principal.agencyId, id);
  }
}
