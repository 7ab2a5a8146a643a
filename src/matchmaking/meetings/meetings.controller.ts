import { Body, Controller, Get, Header, HttpCode, Param, Post, Query, Req } from '@nestjs/common';
import { ApiAcceptedResponse, ApiBearerAuth, ApiConflictResponse, ApiCreatedResponse, ApiOkResponse, ApiParam, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import { CurrentPrincipal, CurrentUser } from '../../auth/current-principal.decorator.js';
import type { Principal, UserPrincipal } from '../../auth/principal.js';
import { Roles } from '../../auth/roles.decorator.js';
import { ApiProblems, ApiWrite } from '../../common/api-problem-responses.js';
import { NotFoundProblem } from '../../common/errors.js';
import { IfMatch } from '../../common/etag.js';
import { uuidParam } from '../../common/uuid-param.js';
import { ConsultationDto } from '../../consultations/dto/consultation.dto.js';
import { ScheduleRunDto } from '../scheduling/schedule-run.dto.js';
import { SchedulingService } from '../scheduling/scheduling.service.js';
import { CalendarQueryDto, ListMeetingsDto, MeetingDto, MeetingPageDto, RequestMeetingDto, ScheduleMeetingDto } from './meeting.dto.js';
import type { MeetingAction } from './meeting-status.js';
import { MeetingsCalendarService } from './meetings-calendar.service.js';
import { MeetingsService } from './meetings.service.js';

const CONFLICT = 'Wrong status for this step, or a double booking / out-of-hours slot: `conflict` names company, buyer, interpreter, table or hours';
const fairParam = () => Param('fairId', uuidParam('fairId'));
const idParam = () => Param('id', uuidParam('id'));

/** The lifecycle steps, by their path segment. */
const STEPS: Record<string, MeetingAction> = { accept: 'accept', decline: 'decline', cancel: 'cancel', held: 'hold', 'no-show': 'noShow' };
const stepParam = {
  transform: (value: string): MeetingAction => {
    if (!Object.hasOwn(STEPS, value)) throw new NotFoundProblem('Meeting step', value);
    return STEPS[value];
  },
};

@ApiTags('matchmaking')
@ApiBearerAuth()
@ApiProblems({ notFound: true })
@Controller('fairs/:fairId/meetings')
export class MeetingsController {
  constructor(
    private readonly meetings: MeetingsService,
    private readonly calendars: MeetingsCalendarService,
    private readonly scheduling: SchedulingService,
  ) {}

  @Get()
  @ApiOkResponse({ type: MeetingPageDto })
  list(@CurrentPrincipal() principal: Principal, @fairParam() fairId: string, @Query() filter: ListMeetingsDto) {
    return this.meetings.list(principal.agencyId, fairId, filter);
  }

  @Post()
  @Roles('staff')
  @ApiWrite()
  @ApiCreatedResponse({ type: MeetingDto, description: 'Requested' })
  request(@CurrentUser() principal: UserPrincipal, @fairParam() fairId: string, @Body() body: RequestMeetingDto) {
    return this.meetings.request(principal.agencyId, principal.userId, fairId, body);
  }

  @Get('calendar.ics')
  @ApiProduces('text/calendar')
  @Header('content-type', 'text/calendar; charset=utf-8')
  @ApiOkResponse({ description: "iCalendar of one company's, buyer's or interpreter's meetings, in the fair's time zone" })
  calendar(@CurrentPrincipal() principal: Principal, @fairParam() fairId: string, @Query() query: CalendarQueryDto, @Req() request: FastifyRequest) {
    return this.calendars.calendar(principal.agencyId, fairId, query, request.hostname);
  }

  @Post('schedule')
  @Roles('manager')
  @HttpCode(202)
  @ApiWrite()
  @ApiAcceptedResponse({ type: ScheduleRunDto, description: 'Queued; poll GET …/schedule/{runId}' })
  schedule(@CurrentUser() principal: UserPrincipal, @fairParam() fairId: string) {
    return this.scheduling.start(principal.agencyId, principal.userId, fairId);
  }

  @Get('schedule/:runId')
  @ApiOkResponse({ type: ScheduleRunDto })
  run(@CurrentPrincipal() principal: Principal, @fairParam() fairId: string, @Param('runId', uuidParam('runId')) runId: string) {
    return this.scheduling.get(principal.agencyId, fairId, runId);
  }

  @Get(':id')
  @ApiOkResponse({ type: MeetingDto })
  get(@CurrentPrincipal() principal: Principal, @fairParam() fairId: string, @idParam() id: string) {
    return this.meetings.get(principal.agencyId, fairId, id);
  }

  @Post(':id/schedule')
  @Roles('staff')
  @HttpCode(200)
  @ApiWrite({ ifMatch: true })
  @ApiOkResponse({ type: MeetingDto })
  @ApiConflictResponse({ description: CONFLICT })
  place(
    @CurrentPrincipal() principal: Principal,
    @fairParam() fairId: string,
    @idParam() id: string,
    @Body() body: ScheduleMeetingDto,
    @IfMatch() version: number | undefined,
  ) {
    return this.meetings.schedule(principal.agencyId, fairId, id, body, version);
  }

  @Post(':id/consultation')
  @Roles('staff')
  @ApiWrite()
  @ApiCreatedResponse({ type: ConsultationDto, description: 'The consultation the held meeting became' })
  @ApiConflictResponse({ description: 'Not held, or already a consultation' })
  consultation(@CurrentUser() principal: UserPrincipal, @fairParam() fairId: string, @idParam() id: string) {
    return this.meetings.toConsultation(principal.agencyId, principal.userId, fairId, id);
  }

  @Post(':id/:step')
  @Roles('staff')
  @HttpCode(200)
  @ApiParam({ name: 'step', enum: Object.keys(STEPS), description: 'accept | decline (from requested), held | no-show (from scheduled), cancel (from any open state)' })
  @ApiWrite({ ifMatch: true })
  @ApiOkResponse({ type: MeetingDto })
  @ApiConflictResponse({ description: CONFLICT })
  step(
    @CurrentPrincipal() principal: Principal,
    @fairParam() fairId: string,
    @idParam() id: string,
    @Param('step', stepParam) action: MeetingAction,
    @IfMatch() version: number | undefined,
  ) {
    return this.meetings.transition(principal.agencyId, fairId, id, action, version);
  }
}
