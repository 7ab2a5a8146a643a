import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal } from '../../tenancy/current-principal.decorator.js';
import type { Principal } from '../../tenancy/principal.js';
import { ApiProblems } from '../../common/api-responses.js';
import { UuidParam } from '../../common/uuid-param.js';
import { MatchListDto, MatchQueryDto } from './match.dto.js';
import { MatchesService } from './matches.service.js';

@ApiTags('matchmaking')
@ApiBearerAuth()
@ApiProblems({ notFound: true })
@Controller('fairs/:fairId/matches')
export class MatchesController {
  constructor(private readonly matches: MatchesService) {}

  @Get()
  @ApiOperation({
    operationId: 'listMatches',
    summary: 'Suggest matches at a fair',
    description: "The fair's exhibitors for one buyer (`buyerId`), or the agency's buyers for one exhibitor (`companyId`); best first, with the reasons.",
  })
  @ApiOkResponse({ type: MatchListDto, description: 'Ranked by score, then id; see README "Matchmaking and meetings" for the scoring' })
  async list(@CurrentPrincipal() principal: Principal, @UuidParam('fairId') fairId: string, @Query() query: MatchQueryDto): Promise<MatchListDto> {
    return { data: await this.matches.suggest(principal.agencyId, fairId, query) };
  }
}
