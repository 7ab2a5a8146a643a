import { Controller, Get, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, CurrentUser } from '../../tenancy/current-principal.decorator.js';
import type { Principal, UserPrincipal } from '../../tenancy/principal.js';
import { Roles } from '../../tenancy/roles.decorator.js';
import { ApiProblems } from '../../common/api-responses.js';
import { ApiPost } from '../../idempotency/api-post.js';
import { UuidParam } from '../../common/uuid-param.js';
import { ScheduleRunDto } from './schedule-run.dto.js';
import { SchedulingService } from './scheduling.service.js';

/**
 * Auto-scheduling runs, under the meetings' path. Their own controller so that scheduling/ depends on
 * meetings/ (its statuses and change events) and never the other way round.
 */
@ApiTags('matchmaking')
@ApiBearerAuth()
@ApiProblems({ notFound: true })
@Controller('fairs/:fairId/meetings/schedule')
export class ScheduleRunsController {
  constructor(private readonly scheduling: SchedulingService) {}

  @Post()
  @ApiOperation({
    operationId: 'scheduleMeetings',
    summary: 'Schedule accepted meetings automatically',
    description: 'Places the accepted meetings of the fair in free slots, in the background; poll the run.',
  })
  @Roles('manager')
  @ApiPost({ status: 202, type: ScheduleRunDto, description: 'Queued; poll GET …/schedule/{runId}' })
  schedule(@CurrentUser() principal: UserPrincipal, @UuidParam('fairId') fairId: string) {
    return this.scheduling.start(principal.agencyId, principal.userId, fairId);
  }

  @Get(':runId')
  @ApiOperation({ operationId: 'getScheduleRun', summary: 'Get a scheduling run', description: 'Its status and progress; once done, how many meetings it placed and why others were not.' })
  @ApiOkResponse({ type: ScheduleRunDto })
  run(@CurrentPrincipal() principal: Principal, @UuidParam('fairId') fairId: string, @UuidParam('runId') runId: string) {
    return this.scheduling.get(principal.agencyId, fairId, runId);
  }
}
