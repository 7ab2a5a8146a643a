import { Injectable } from '@nestjs/common';
import { Transactions } from '../../database/transactions.js';
import { NotFoundProblem } from '../../common/errors.js';
import { ValidationProblem } from '../../common/problem.js';
import { SessionsRepository } from '../sessions/sessions.repository.js';
import type { CalendarQueryDto } from './meeting.dto.js';
import { type CalendarMeeting, meetingsCalendar } from './meetings-calendar.js';
import { SLOTTED } from './meeting-status.js';

const PARTIES = { companyId: 'company_id', buyerId: 'buyer_id', interpreterId: 'interpreter_id' } as const;
const TABLES = { companyId: ['companies', 'Company'], buyerId: ['buyers', 'Buyer'], interpreterId: ['interpreters', 'Interpreter'] } as const;

/** .ics of one company's, buyer's or interpreter's slotted meetings at a fair. */
@Injectable()
export class MeetingsCalendarService {
  constructor(
    private readonly sessions: SessionsRepository,
    private readonly transactions: Transactions,
  ) {}

  async calendar(agencyId: string, fairId: string, query: CalendarQueryDto, host: string): Promise<string> {
    const given = (Object.keys(PARTIES) as (keyof typeof PARTIES)[]).filter((key) => query[key] !== undefined);
    if (given.length !== 1) throw new ValidationProblem([{ field: 'companyId', message: 'give exactly one of companyId, buyerId, interpreterId' }]);
    const [party] = given;
    const fair = await this.sessions.fair(agencyId, fairId);
    const [table, what] = TABLES[party];
    const known = await this.transactions.manager.query<unknown[]>(`SELECT 1 FROM ${table} WHERE agency_id = $1 AND id = $2 AND deleted_at IS NULL`, [agencyId, query[party]]);
    if (known.length === 0) throw new NotFoundProblem(what, query[party] as string);
    const rows = await this.transactions.manager.query<(CalendarMeeting & { fairName: string })[]>(
      `SELECT m.id, m.starts_at AS "startsAt", m.ends_at AS "endsAt", m.status, m.table_number AS "tableNumber", m.language,
              c.name AS company, b.organisation AS buyer, b.country AS "buyerCountry", i.name AS interpreter
         FROM meetings m
         JOIN companies c ON c.agency_id = m.agency_id AND c.id = m.company_id
         JOIN buyers b ON b.agency_id = m.agency_id AND b.id = m.buyer_id
         LEFT JOIN interpreters i ON i.agency_id = m.agency_id AND i.id = m.interpreter_id
        WHERE m.agency_id = $1 AND m.fair_id = $2 AND m.${PARTIES[party]} = $3 AND m.status = ANY($4::text[])
        ORDER BY m.starts_at, m.id`,
      [agencyId, fairId, query[party], SLOTTED],
    );
    return meetingsCalendar(`Meetings ${fairId}`, fair.timezone, rows, host);
  }
}
