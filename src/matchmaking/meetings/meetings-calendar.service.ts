import { Injectable } from '@nestjs/common';
import { NotFoundProblem } from '../../common/errors.js';
import { ValidationProblem } from '../../common/problem.js';
import { SessionsRepository } from '../sessions/sessions.repository.js';
import type { CalendarQueryDto } from './meeting.dto.js';
import { meetingsCalendar } from './meetings-calendar.js';
import { type MeetingParty, MeetingsRepository } from './meetings.repository.js';
import { SLOTTED } from './meeting-status.js';

const PARTIES: Record<MeetingParty, string> = { companyId: 'Company', buyerId: 'Buyer', interpreterId: 'Interpreter' };

/** .ics of one company's, buyer's or interpreter's slotted meetings at a fair. */
@Injectable()
export class MeetingsCalendarService {
  constructor(
    private readonly sessions: SessionsRepository,
    private readonly meetings: MeetingsRepository,
  ) {}

  async calendar(agencyId: string, fairId: string, query: CalendarQueryDto, host: string): Promise<string> {
    const given = (Object.keys(PARTIES) as MeetingParty[]).filter((key) => query[key] !== undefined);
    if (given.length !== 1) throw new ValidationProblem([{ field: 'companyId', message: 'give exactly one of companyId, buyerId, interpreterId' }]);
    const [party] = given;
    const partyId = query[party] as string;
    const fair = await this.sessions.fair(agencyId, fairId);
    if (!(await this.meetings.partyExists(agencyId, party, partyId))) throw new NotFoundProblem(PARTIES[party], partyId);
    const rows = await this.meetings.calendarRows(agencyId, fairId, party, partyId, SLOTTED);
    return meetingsCalendar(`Meetings ${fairId}`, fair.timezone, rows, host);
  }
}
