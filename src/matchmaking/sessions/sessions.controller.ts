import { Body, Controller, Delete, Get, HttpCode, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiConflictResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal } from '../../tenancy/current-principal.decorator.js';
import type { Principal } from '../../tenancy/principal.js';
import { Roles } from '../../tenancy/roles.decorator.js';
import { ApiProblems } from '../../common/api-responses.js';
import { ApiPost } from '../../idempotency/api-post.js';
import { UuidParam } from '../../common/uuid-param.js';
import { CreateSessionDto, SessionDto, SessionListDto } from './session.dto.js';
import { SessionsService } from './sessions.service.js';

@ApiTags('matchmaking')
@ApiBearerAuth()
@ApiProblems({ notFound: true })
@Controller('fairs/:fairId/meeting-sessions')
export class SessionsController {
  constructor(private readonly sessions: SessionsService) {}

  @Get()
  @ApiOperation({ operationId: 'listMeetingSessions', summary: "List a fair's meeting sessions", description: 'The blocks of time and tables in which meetings are placed, in time order.' })
  @ApiOkResponse({ type: SessionListDto })
  async list(@CurrentPrincipal() principal: Principal, @UuidParam('fairId') fairId: string): Promise<SessionListDto> {
    return { data: await this.sessions.list(principal.agencyId, fairId) };
  }

  @Post()
  @ApiOperation({ operationId: 'createMeetingSession', summary: 'Add a meeting session to a fair' })
  @Roles('manager')
  @ApiPost({ type: SessionDto })
  @ApiConflictResponse({ description: 'Overlaps another session of the fair' })
  create(@CurrentPrincipal() principal: Principal, @UuidParam('fairId') fairId: string, @Body() body: CreateSessionDto) {
    return this.sessions.create(principal.agencyId, fairId, body);
  }

  @Delete(':id')
  @ApiOperation({ operationId: 'deleteMeetingSession', summary: 'Delete a meeting session', description: 'Refused (409) while it has meetings.' })
  @Roles('manager')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'Deleted' })
  @ApiConflictResponse({ description: 'The session has meetings' })
  remove(@CurrentPrincipal() principal: Principal, @UuidParam('fairId') fairId: string, @UuidParam('id') id: string) {
    return this.sessions.remove(principal.agencyId, fairId, id);
  }
}
