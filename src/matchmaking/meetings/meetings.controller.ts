import { Body, Controller, Get, Param, Post, Query, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiConflictResponse, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import { CurrentPrincipal, CurrentUser } from '../../tenancy/current-principal.decorator.js';
import type { Principal, UserPrincipal } from '../../tenancy/principal.js';
import { Roles } from '../../tenancy/roles.decorator.js';
import { ApiFile, ApiProblems } from '../../common/api-responses.js';
import { ApiPost } from '../../idempotency/api-post.js';
import { NotFoundProblem } from '../../common/errors.js';
import { IfMatch } from '../../common/etag.js';
import { UuidParam } from '../../common/uuid-param.js';
import { ConsultationDto } from '../../consultations/dto/consultation.dto.js';
import { CalendarQueryDto, ListMeetingsDto, MeetingDto, MeetingPageDto, RequestMeetingDto, ScheduleMeetingDto } from './meeting.dto.js';
import type { MeetingAction } from './meeting-status.js';
import { MeetingsCalendarService } from './meetings-calendar.service.js';
import { MeetingsService } from './meetings.service.js';

const CONFLICT = 'Wrong status for this step, or a double booking / out-of-hours slot: `conflict` names company, buyer, interpreter, table or hours';

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
  ) {}

  @Get()
  @ApiOperation({ operationId: 'listMeetings', summary: "List a fair's meetings", description: 'Filter by status, company, buyer or interpreter; in cursor pages.' })
  @ApiOkResponse({ type: MeetingPageDto })
  list(@CurrentPrincipal() principal: Principal, @UuidParam('fairId') fairId: string, @Query() filter: ListMeetingsDto) {
    return this.meetings.list(principal.agencyId, fairId, filter);
  }

  @Post()
  @ApiOperation({ operationId: 'requestMeeting', summary: 'Request a meeting', description: 'Between an exhibitor of the fair and a buyer; it starts as `requested`, to be accepted and placed in a slot.' })
  @Roles('staff')
  @ApiPost({ type: MeetingDto, description: 'Requested', location: '/v1/fairs/{fairId}/meetings/{id}' })
  request(@CurrentUser() principal: UserPrincipal, @UuidParam('fairId') fairId: string, @Body() body: RequestMeetingDto) {
    return this.meetings.request(principal.agencyId, principal.userId, fairId, body);
  }

  @Get('calendar.ics')
  @ApiOperation({ operationId: 'downloadMeetingCalendar', summary: 'Download a meeting calendar (iCalendar)', description: "One company's, buyer's or interpreter's scheduled meetings at the fair." })
  @ApiFile({ contentType: 'text/calendar; charset=utf-8', description: "iCalendar of one company's, buyer's or interpreter's meetings, in the fair's time zone" })
  calendar(@CurrentPrincipal() principal: Principal, @UuidParam('fairId') fairId: string, @Query() query: CalendarQueryDto, @Req() request: FastifyRequest) {
    return this.calendars.calendar(principal.agencyId, fairId, query, request.hostname);
  }

  @Get(':id')
  @ApiOperation({ operationId: 'getMeeting', summary: 'Get a meeting' })
  @ApiOkResponse({ type: MeetingDto })
  get(@CurrentPrincipal() principal: Principal, @UuidParam('fairId') fairId: string, @UuidParam('id') id: string) {
    return this.meetings.get(principal.agencyId, fairId, id);
  }

  @Post(':id/schedule')
  @ApiOperation({ operationId: 'placeMeeting', summary: 'Place a meeting in a slot', description: 'A session, start time and table (and an interpreter); double bookings and out-of-hours slots are refused (409).' })
  @Roles('staff')
  @ApiPost({ status: 200, type: MeetingDto, ifMatch: true })
  @ApiConflictResponse({ description: CONFLICT })
  place(
    @CurrentPrincipal() principal: Principal,
    @UuidParam('fairId') fairId: string,
    @UuidParam('id') id: string,
    @Body() body: ScheduleMeetingDto,
    @IfMatch() version: number | undefined,
  ) {
    return this.meetings.schedule(principal.agencyId, fairId, id, body, version);
  }

  @Post(':id/consultation')
  @ApiOperation({ operationId: 'createConsultationFromMeeting', summary: 'Record a held meeting as a consultation' })
  @Roles('staff')
  @ApiPost({ type: ConsultationDto, description: 'The consultation the held meeting became', location: '/v1/consultations/{id}' })
  @ApiConflictResponse({ description: 'Not held, or already a consultation' })
  consultation(@CurrentUser() principal: UserPrincipal, @UuidParam('fairId') fairId: string, @UuidParam('id') id: string) {
    return this.meetings.toConsultation(principal.agencyId, principal.userId, fairId, id);
  }

  @Post(':id/:step')
  @ApiOperation({
    operationId: 'advanceMeeting',
    summary: 'Move a meeting to its next status',
    description: 'accept or decline a requested meeting, mark a scheduled one held or no-show, or cancel an open one.',
  })
  @Roles('staff')
  @ApiParam({ name: 'step', enum: Object.keys(STEPS), description: 'accept | decline (from requested), held | no-show (from scheduled), cancel (from any open state)' })
  @ApiPost({ status: 200, type: MeetingDto, ifMatch: true })
  @ApiConflictResponse({ description: CONFLICT })
  step(
    @CurrentPrincipal() principal: Principal,
    @UuidParam('fairId') fairId: string,
    @UuidParam('id') id: string,
    @Param('step', stepParam) action: MeetingAction,
    @IfMatch() version: number | undefined,
  ) {
    return this.meetings.transition(principal.agencyId, fairId, id, action, version);
  }
}
