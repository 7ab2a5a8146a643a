import { Body, Controller, Delete, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiConflictResponse, ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal } from '../../auth/current-principal.decorator.js';
import type { Principal } from '../../auth/principal.js';
import { Roles } from '../../auth/roles.decorator.js';
import { ApiProblems, ApiWrite } from '../../common/api-problem-responses.js';
import { uuidParam } from '../../common/uuid-param.js';
import { CreateSessionDto, SessionDto, SessionListDto } from './session.dto.js';
import { SessionsRepository } from './sessions.repository.js';

@ApiTags('matchmaking')
@ApiBearerAuth()
@ApiProblems({ notFound: true })
@Controller('fairs/:fairId/meeting-sessions')
export class SessionsController {
  constructor(private readonly sessions: SessionsRepository) {}

  @Get()
  @ApiOkResponse({ type: SessionListDto })
  async list(@CurrentPrincipal() principal: Principal, @Param('fairId', uuidParam('fairId')) fairId: string): Promise<SessionListDto> {
    return { data: await this.sessions.list(principal.agencyId, fairId) };
  }

  @Post()
  @Roles('manager')
  @ApiWrite()
  @ApiCreatedResponse({ type: SessionDto })
  @ApiConflictResponse({ description: 'Overlaps another session of the fair' })
  create(@CurrentPrincipal() principal: Principal, @Param('fairId', uuidParam('fairId')) fairId: string, @Body() body: CreateSessionDto) {
    return this.sessions.create(principal.agencyId, fairId, body);
  }

  @Delete(':id')
  @Roles('manager')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'Deleted' })
  @ApiConflictResponse({ description: 'The session has meetings' })
  remove(
    @CurrentPrincipal() principal: Principal,
    @Param('fairId', uuidParam('fairId')) fairId: string,
    @Param('id', uuidParam('id')) id: string,
  ) {
    return this.sessions.remove(principal.agencyId, fairId, id);
  }
}
