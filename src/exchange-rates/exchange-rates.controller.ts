import { Body, Controller, Delete, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiConflictResponse, ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, CurrentUser } from '../auth/current-principal.decorator.js';
import type { Principal, UserPrincipal } from '../auth/principal.js';
import { Roles } from '../auth/roles.decorator.js';
import { ApiProblems, ApiWrite } from '../common/api-problem-responses.js';
import { uuidParam } from '../common/uuid-param.js';
import { CreateExchangeRateDto, ExchangeRateDto, ExchangeRatePageDto, ListExchangeRatesDto } from './dto/exchange-rate.dto.js';
import { ExchangeRatesService } from './exchange-rates.service.js';

@ApiTags('exchange-rates')
@ApiBearerAuth()
@ApiProblems()
@Controller('exchange-rates')
export class ExchangeRatesController {
  constructor(private readonly rates: ExchangeRatesService) {}

  @Get()
  @ApiOkResponse({ type: ExchangeRatePageDto })
  list(@CurrentPrincipal() principal: Principal, @Query() filter: ListExchangeRatesDto) {
    return this.rates.list(principal.agencyId, filter);
  }

  @Post()
  @Roles('manager')
  @ApiWrite()
  @ApiCreatedResponse({ type: ExchangeRateDto })
  @ApiConflictResponse({ description: 'A rate for that currency and date exists' })
  create(@CurrentUser() principal: UserPrincipal, @Body() body: CreateExchangeRateDto) {
    return this.rates.create(principal.agencyId, principal.userId, body);
  }

  @Get(':id')
  @ApiProblems({ notFound: true })
  @ApiOkResponse({ type: ExchangeRateDto })
  get(@CurrentPrincipal() principal: Principal, @Param('id', uuidParam('id')) id: string) {
    return this.rates.get(principal.agencyId, id);
  }

  @Delete(':id')
  @Roles('manager')
  @HttpCode(204)
  @ApiProblems({ notFound: true })
  @ApiNoContentResponse({ description: 'Deleted; records keep the rate they used' })
  remove(@CurrentPrincipal() principal: Principal, @Param('id', uuidParam('id')) id: string) {
    return this.rates.remove(principal.agencyId, id);
  }
}
