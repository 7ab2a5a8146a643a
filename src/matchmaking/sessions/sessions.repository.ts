import { Injectable } from '@nestjs/common';
import { NotFoundProblem, UnknownReferenceProblem } from '../../common/errors.js';
import type { FairFacts } from '../../consultations/references.repository.js';
import { retryingDeadlocks } from '../../database/deadlock-retry.js';
import { Transactions } from '../../database/transactions.js';
import type { CreateSessionDto, SessionDto } from './session.dto.js';

interface SessionRow {
  id: string;
  fair_id: string;
  day: string;
  local_start: string;
  local_end: string;
  timezone: string;
  starts_at: Date;
  ends_at: Date;
  slot_minutes: number;
  tables: number;
  version: number;
}

const toDto = (row: SessionRow): SessionDto => ({
  id: row.id,
  fairId: row.fair_id,
  date: row.day,
  startTime: row.local_start.slice(0, 5),
  endTime: row.local_end.slice(0, 5),
  timezone: row.timezone,
  startsAt: row.starts_at.toISOString(),
  endsAt: row.ends_at.toISOString(),
  slotMinutes: row.slot_minutes,
  tables: row.tables,
  version: row.version,
});

const SELECT = `SELECT s.id, s.fair_id, s.day::text AS day, s.local_start::text AS local_start, s.local_end::text AS local_end,
                       f.timezone, s.starts_at, s.ends_at, s.slot_minutes, s.tables, s.version
                  FROM meeting_sessions s JOIN fairs f ON f.agency_id = s.agency_id AND f.id = s.fair_id`;

/**
 * Meeting sessions' queries (the rules are in SessionsService): the hours of a fair day when pre-arranged meetings run. Local times are turned
 * into instants by PostgreSQL in the fair's time zone, so a session past local midnight works. Sessions
 * are not edited (delete and recreate while they have no meetings): the session-hours trigger relies on it.
 */
@Injectable()
export class SessionsRepository {
  constructor(private readonly transactions: Transactions) {}

  /** The fair (404 when the agency has none such: it is the path, not a body reference). */
  async fair(agencyId: string, fairId: string): Promise<FairFacts> {
    const [row] = await this.transactions.manager.query<FairFacts[]>(
      `SELECT id, timezone, starts_on::text AS "startsOn", ends_on::text AS "endsOn" FROM fairs WHERE agency_id = $1 AND id = $2 AND deleted_at IS NULL`,
      [agencyId, fairId],
    );
    if (!row) throw new NotFoundProblem('Fair', fairId);
    return row;
  }

  async list(agencyId: string, fairId: string): Promise<SessionDto[]> {
    const rows = await this.transactions.manager.query<SessionRow[]>(`${SELECT} WHERE s.agency_id = $1 AND s.fair_id = $2 ORDER BY s.starts_at`, [agencyId, fairId]);
    return rows.map(toDto);
  }

  async find(agencyId: string, fairId: string, id: string, field?: string): Promise<SessionDto> {
    const [row] = await this.transactions.manager.query<SessionRow[]>(`${SELECT} WHERE s.agency_id = $1 AND s.fair_id = $2 AND s.id = $3`, [agencyId, fairId, id]);
    if (!row) throw field ? new UnknownReferenceProblem(field, 'meeting session at this fair') : new NotFoundProblem('Meeting session', id);
    return toDto(row);
  }

  /** Local times become instants in the fair's time zone; an end at or before the start is the next day. */
  async insert(agencyId: string, fair: FairFacts, input: CreateSessionDto): Promise<string> {
    // Two overlapping sessions created at once can deadlock on the no-overlap constraint: run again.
    const [{ id }] = await retryingDeadlocks(this.transactions.manager, () => this.transactions.manager.query<{ id: string }[]>(
      `INSERT INTO meeting_sessions (agency_id, fair_id, day, local_start, local_end, starts_at, ends_at, slot_minutes, tables)
       SELECT $1, $2, $3::date, $4::time, $5::time,
              ($3::date + $4::time) AT TIME ZONE $6,
              ($3::date + CASE WHEN $5::time <= $4::time THEN 1 ELSE 0 END + $5::time) AT TIME ZONE $6, $7, $8
       RETURNING id`,
      [agencyId, fair.id, input.date, input.startTime, input.endTime, fair.timezone, input.slotMinutes, input.tables],
    ));
    return id;
  }

  async delete(agencyId: string, id: string): Promise<void> {
    await this.transactions.manager.query('DELETE FROM meeting_sessions WHERE agency_id = $1 AND id = $2', [agencyId, id]);
  }
}
