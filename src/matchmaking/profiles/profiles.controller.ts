import { Body, Controller, Get, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags, ApiUnprocessableEntityResponse } from '@nestjs/swagger';
import { CurrentPrincipal } from '../../tenancy/current-principal.decorator.js';
import type { Principal } from '../../tenancy/principal.js';
import { Roles } from '../../tenancy/roles.decorator.js';
import { ApiIfMatch, ApiProblems } from '../../common/api-responses.js';
import { IfMatch } from '../../common/etag.js';
import { UuidParam } from '../../common/uuid-param.js';
import { BuyerProfileDto, CompanyProfileDto, PutBuyerProfileDto, PutCompanyProfileDto } from './profile.dto.js';
import { ProfilesService } from './profiles.service.js';

const UNKNOWN_CATEGORY = 'A category is not in the agency vocabulary';

/** Matchmaking profiles, as sub-resources of companies and buyers. */
@ApiTags('matchmaking')
@ApiBearerAuth()
@ApiProblems({ notFound: true })
@Controller()
export class ProfilesController {
  constructor(private readonly profiles: ProfilesService) {}

  @Get('companies/:id/profile')
  @ApiOperation({ operationId: 'getCompanyProfile', summary: "Get a company's matchmaking profile" })
  @ApiOkResponse({ type: CompanyProfileDto })
  company(@CurrentPrincipal() principal: Principal, @UuidParam('id') id: string) {
    return this.profiles.company(principal.agencyId, id);
  }

  @Put('companies/:id/profile')
  @ApiOperation({ operationId: 'putCompanyProfile', summary: "Set a company's matchmaking profile", description: 'Replaces the whole profile; categories come from the agency vocabulary.' })
  @Roles('manager')
  @ApiIfMatch()
  @ApiOkResponse({ type: CompanyProfileDto })
  @ApiUnprocessableEntityResponse({ description: UNKNOWN_CATEGORY })
  putCompany(
    @CurrentPrincipal() principal: Principal,
    @UuidParam('id') id: string,
    @Body() body: PutCompanyProfileDto,
    @IfMatch() expectedVersion: number | undefined,
  ) {
    return this.profiles.putCompany(principal.agencyId, id, body, expectedVersion);
  }

  @Get('buyers/:id/profile')
  @ApiOperation({ operationId: 'getBuyerProfile', summary: "Get a buyer's matchmaking profile" })
  @ApiOkResponse({ type: BuyerProfileDto })
  buyer(@CurrentPrincipal() principal: Principal, @UuidParam('id') id: string) {
    return this.profiles.buyer(principal.agencyId, id);
  }

  @Put('buyers/:id/profile')
  @ApiOperation({ operationId: 'putBuyerProfile', summary: "Set a buyer's matchmaking profile", description: 'Replaces the whole profile; categories come from the agency vocabulary.' })
  @Roles('staff')
  @ApiIfMatch()
  @ApiOkResponse({ type: BuyerProfileDto })
  @ApiUnprocessableEntityResponse({ description: UNKNOWN_CATEGORY })
  putBuyer(
    @CurrentPrincipal() principal: Principal,
    @UuidParam('id') id: string,
    @Body() body: PutBuyerProfileDto,
    @IfMatch() expectedVersion: number | undefined,
  ) {
    return this.profiles.putBuyer(principal.agencyId, id, body, expectedVersion);
  }
}
