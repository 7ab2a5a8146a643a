import { Body, Controller, Delete, Get, HttpCode, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiConflictResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, CurrentUser } from '../tenancy/current-principal.decorator.js';
import type { Principal, UserPrincipal } from '../tenancy/principal.js';
import { Roles } from '../tenancy/roles.decorator.js';
import { ApiProblems } from '../common/api-responses.js';
import { ApiPost } from '../idempotency/api-post.js';
import { UuidParam } from '../common/uuid-param.js';
import { CreateExchangeRateDto, ExchangeRateDto, ExchangeRatePageDto, ListExchangeRatesDto } from './dto/exchange-rate.dto.js';
import { ExchangeRatesService } from './exchange-rates.service.js';

@ApiTags('exchange-rates')
@ApiBearerAuth()
@ApiProblems()
@Controller('exchange-rates')
export class ExchangeRatesController {
  constructor(private readonly rates: ExchangeRatesService) {}

  @Get()
  @ApiOperation({ operationId: 'listExchangeRates', summary: 'List exchange rates', description: 'Filter by `currency` and date range; in cursor pages.' })
  @ApiOkResponse({ type: ExchangeRatePageDto })
  list(@CurrentPrincipal() principal: Principal, @Query() filter: ListExchangeRatesDto) {
    return this.rates.list(principal.agencyId, filter);
  }

  @Post()
  @ApiOperation({
    operationId: 'createExchangeRate',
    summary: 'Add an exchange rate',
    description: 'Units of a currency per US dollar on a date; records dated on or after it (until a later rate) are converted with it.',
  })
  @Roles('manager')
  @ApiPost({ type: ExchangeRateDto, location: '/v1/exchange-rates/{id}' })
  @ApiConflictResponse({ description: 'A rate for that currency and date exists' })
  create(@CurrentUser() principal: UserPrincipal, @Body() body: CreateExchangeRateDto) {
    return this.rates.create(principal.agencyId, principal.userId, body);
  }

  @Get(':id')
  @ApiOperation({ operationId: 'getExchangeRate', summary: 'Get an exchange rate' })
  @ApiProblems({ notFound: true })
  @ApiOkResponse({ type: ExchangeRateDto })
  get(@CurrentPrincipal() principal: Principal, @UuidParam('id') id: string) {
    return this.rates.get(principal.agencyId, id);
  }

  @Delete(':id')
  @ApiOperation({ operationId: 'deleteExchangeRate', summary: 'Delete an exchange rate', description: 'Rates are immutable: delete a wrong one and add it again. Records keep the rate they used.' })
  @Roles('manager')
  @HttpCode(204)
  @ApiProblems({ notFound: true })
  @ApiNoContentResponse({ description: 'Deleted; records keep the rate they used' })
  remove(@CurrentPrincipal() principal: Principal, @UuidParam('id') id: string) {
    return this.rates.remove(principal.agencyId, id);
  }
}
