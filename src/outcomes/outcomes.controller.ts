import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { ApiKeyScope } from '../auth/api-key-scope.decorator.js';
import { CurrentPrincipal } from '../auth/current-principal.decorator.js';
import { fairLimit, type Principal } from '../auth/principal.js';
import { Roles } from '../auth/roles.decorator.js';
import { ApiProblems } from '../common/api-problem-responses.js';
import { ValidationProblem } from '../common/problem.js';
import { uuidParam } from '../common/uuid-param.js';
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
  @ApiKeyScope('outcomes:read')
  @ApiProblems({ notFound: true })
  @ApiOkResponse({ type: FairOutcomeDto })
  forFair(@CurrentPrincipal() principal: Principal, @Param('fairId', uuidParam('fairId')) fairId: string) {
    return this.outcomes.forFair(principal.agencyId, fairId, fairLimit(principal));
  }

  /** One row per fair with its totals, and the grand total. */
  @Get('outcomes')
  @ApiKeyScope('outcomes:read')
  @ApiOkResponse({ type: OutcomeRollupDto })
  rollup(@CurrentPrincipal() principal: Principal, @Query() filter: RollupQueryDto) {
    return this.outcomes.rollup(principal.agencyId, filter, fairLimit(principal));
  }

  /** Year over year for one fair series. */
  @Get('outcomes/series/:series')
  @ApiKeyScope('outcomes:read')
  @ApiProblems({ notFound: true })
  @ApiOkResponse({ type: SeriesOutcomeDto })
  series(@CurrentPrincipal() principal: Principal, @Param('series') series: string) {
    if (!SLUG.test(series)) throw new ValidationProblem([{ field: 'series', message: 'series must be a slug such as cmef' }]);
    return this.outcomes.series(principal.agencyId, series, fairLimit(principal));
  }
}
