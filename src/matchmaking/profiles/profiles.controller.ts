import { Body, Controller, Get, Param, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags, ApiUnprocessableEntityResponse } from '@nestjs/swagger';
import { CurrentPrincipal } from '../../auth/current-principal.decorator.js';
import type { Principal } from '../../auth/principal.js';
import { Roles } from '../../auth/roles.decorator.js';
import { ApiProblems, ApiWrite } from '../../common/api-problem-responses.js';
import { IfMatch } from '../../common/etag.js';
import { uuidParam } from '../../common/uuid-param.js';
import { BuyerProfileDto, CompanyProfileDto, PutBuyerProfileDto, PutCompanyProfileDto } from './profile.dto.js';
import { ProfilesRepository } from './profiles.repository.js';

const UNKNOWN_CATEGORY = 'A category is not in the agency vocabulary';

/** Matchmaking profiles, as sub-resources of companies and buyers. */
@ApiTags('matchmaking')
@ApiBearerAuth()
@ApiProblems({ notFound: true })
@Controller()
export class ProfilesController {
  constructor(private readonly profiles: ProfilesRepository) {}

  @Get('companies/:id/profile')
  @ApiOkResponse({ type: CompanyProfileDto })
  company(@CurrentPrincipal() principal: Principal, @Param('id', uuidParam('id')) id: string) {
    return this.profiles.company(principal.agencyId, id);
  }

  @Put('companies/:id/profile')
  @Roles('manager')
  @ApiWrite({ ifMatch: true })
  @ApiOkResponse({ type: CompanyProfileDto })
  @ApiUnprocessableEntityResponse({ description: UNKNOWN_CATEGORY })
  putCompany(
    @CurrentPrincipal() principal: Principal,
    @Param('id', uuidParam('id')) id: string,
    @Body() body: PutCompanyProfileDto,
    @IfMatch() expectedVersion: number | undefined,
  ) {
    return this.profiles.putCompany(principal.agencyId, id, body, expectedVersion);
  }

  @Get('buyers/:id/profile')
  @ApiOkResponse({ type: BuyerProfileDto })
  buyer(@CurrentPrincipal() principal: Principal, @Param('id', uuidParam('id')) id: string) {
    return this.profiles.buyer(principal.agencyId, id);
  }

  @Put('buyers/:id/profile')
  @Roles('staff')
  @ApiWrite({ ifMatch: true })
  @ApiOkResponse({ type: BuyerProfileDto })
  @ApiUnprocessableEntityResponse({ description: UNKNOWN_CATEGORY })
  putBuyer(
    @CurrentPrincipal() principal: Principal,
    @Param('id', uuidParam('id')) id: string,
    @Body() body: PutBuyerProfileDto,
    @IfMatch() expectedVersion: number | undefined,
  ) {
    return this.profiles.putBuyer(principal.agencyId, id, body, expectedVersion);
  }
}
