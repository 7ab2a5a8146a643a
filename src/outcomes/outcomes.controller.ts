import { Controller, Get, Header, Param, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiKeyScope } from '../tenancy/api-key-scope.decorator.js';
import { CurrentPrincipal } from '../tenancy/current-principal.decorator.js';
import { fairLimit, type Principal } from '../tenancy/principal.js';
import { Roles } from '../tenancy/roles.decorator.js';
import { ApiProblems } from '../common/api-responses.js';
import { ValidationProblem } from '../common/problem.js';
import { UuidParam } from '../common/uuid-param.js';
import { FairOutcomeDto, OutcomeRollupDto, SeriesOutcomeDto } from './dto/outcome.dto.js';
import { RollupQueryDto } from './dto/rollup-query.dto.js';
import { OutcomesService } from './outcomes.service.js';

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** Stored per-fair outcomes (computed by the worker); managers and admins. */
@ApiTags('outcomes')
@ApiBearerAuth()
@ApiProblems()
@Roles('manager')
@Controller()
export class OutcomesController {
  constructor(private readonly outcomes: OutcomesService) {}

  @Get('fairs/:fairId/outcomes')
  @ApiOperation({
    operationId: 'getFairOutcomes',
    summary: "Get a fair's outcomes",
    description:
      'Consultations and contracts counted and valued in USD (and the home currency), with breakdowns by company, buyer country and day. Computed by the worker: `computedAt` says when, `stale` whether a write has happened since.',
  })
  @ApiKeyScope('outcomes:read')
  @ApiProblems({ notFound: true })
  @ApiOkResponse({ type: FairOutcomeDto })
  // The managers' dashboard's read: JSON text rendered at refresh (outcome-document.ts), sent as it is.
  @Header('content-type', 'application/json; charset=utf-8')
  forFair(@CurrentPrincipal() principal: Principal, @UuidParam('fairId') fairId: string): Promise<string> {
    return this.outcomes.answerForFair(principal.agencyId, fairId, fairLimit(principal));
  }

  @Get('outcomes')
  @ApiOperation({ operationId: 'listOutcomes', summary: 'Outcomes of many fairs', description: 'One row per fair with its totals, and the grand total; filter by `year`, `series` or `country`.' })
  @ApiKeyScope('outcomes:read')
  @ApiOkResponse({ type: OutcomeRollupDto })
  rollup(@CurrentPrincipal() principal: Principal, @Query() filter: RollupQueryDto) {
    return this.outcomes.rollup(principal.agencyId, filter, fairLimit(principal));
  }

  @Get('outcomes/series/:series')
  @ApiOperation({ operationId: 'getSeriesOutcomes', summary: 'Outcomes of a fair series, year over year', description: 'Each edition of the series (e.g. `cmef`) and the totals per year.' })
  @ApiKeyScope('outcomes:read')
  @ApiProblems({ notFound: true })
  @ApiOkResponse({ type: SeriesOutcomeDto })
  series(@CurrentPrincipal() principal: Principal, @Param('series') series: string) {
    if (!SLUG.test(series)) throw new ValidationProblem([{ field: 'series', message: 'series must be a slug such as cmef' }]);
    return this.outcomes.series(principal.agencyId, series, fairLimit(principal));
  }
}
