import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal } from '../../auth/current-principal.decorator.js';
import type { Principal } from '../../auth/principal.js';
import { ApiProblems } from '../../common/api-problem-responses.js';
import { uuidParam } from '../../common/uuid-param.js';
import { MatchListDto, MatchQueryDto } from './match.dto.js';
import { MatchesService } from './matches.service.js';

@ApiTags('matchmaking')
@ApiBearerAuth()
@ApiProblems({ notFound: true })
@Controller('fairs/:fairId/matches')
export class MatchesController {
  constructor(private readonly matches: MatchesService) {}

  @Get()
  @ApiOkResponse({ type: MatchListDto, description: 'Ranked by score, then id; see README "Matchmaking and meetings" for the scoring' })
  async list(@CurrentPrincipal() principal: Principal, @Param('fairId', uuidParam('fairId')) fairId: string, @Query() query: MatchQueryDto): Promise<MatchListDto> {
    return { data: await this.matches.suggest(principal.agencyId, fairId, query) };
  }
}
