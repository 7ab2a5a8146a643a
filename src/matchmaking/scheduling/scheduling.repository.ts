import { Injectable } from '@nestjs/common';
import { Transactions } from '../../database/transactions.js';
import type { FixedMeeting, Placement, ScheduleInput, SchedulerRequest } from './scheduler.js';
import { SLOTTED } from '../meetings/meeting-status.js';

/** What the auto-scheduler reads and writes, in the job's transaction. */
@Injectable()
export class SchedulingRepository {
  constructor(private readonly transactions: Transactions) {}

  /** One run per fair at a time: the lock is held until the job's transaction ends. */
  async lockFair(fairId: string): Promise<void> {
    await this.transactions.manager.query(`SELECT pg_advisory_xact_lock(hashtext('schedule:' || $1))`, [fairId]);
  }

  /**
   * The fair's sessions, its accepted meetings without a slot (scores filled in by the caller), the
   * agency's interpreters, and every slotted meeting of the agency during those sessions (fixed).
   */
  async load(agencyId: string, fairId: string): Promise<ScheduleInput> {
    const manager = this.transactions.manager;
    const sessions = await manager.query<{ id: string; starts_at: Date; ends_at: Date; slot_minutes: number; tables: number }[]>(
      'SELECT id, starts_at, ends_at, slot_minutes, tables FROM meeting_sessions WHERE agency_id = $1 AND fair_id = $2',
      [agencyId, fairId],
    );
    const requests = await manager.query<{ id: string; company_id: string; buyer_id: string; language: string | null }[]>(
      `SELECT id, company_id, buyer_id, language FROM meetings WHERE agency_id = $1 AND fair_id = $2 AND status = 'accepted' AND starts_at IS NULL`,
      [agencyId, fairId],
    );
    const interpreters = await manager.query<{ id: string; languages: string[] }[]>(
      'SELECT id, languages FROM interpreters WHERE agency_id = $1 AND deleted_at IS NULL',
      [agencyId],
    );
    const fixed = await manager.query<
      { id: string; company_id: string; buyer_id: string; interpreter_id: string | null; session_id: string; table_number: number; starts_at: Date; ends_at: Date }[]
    >(
      `SELECT m.id, m.company_id, m.buyer_id, m.interpreter_id, m.session_id, m.table_number, m.starts_at, m.ends_at
         FROM meetings m
        WHERE m.agency_id = $1 AND m.status = ANY($3::text[])
          AND tstzrange(m.starts_at, m.ends_at) && (SELECT tstzrange(min(starts_at), max(ends_at)) FROM meeting_sessions WHERE agency_id = $1 AND fair_id = $2)`,
      [agencyId, fairId, SLOTTED],
    );
    return {
      sessions: sessions.map((s) => ({ id: s.id, startsAt: s.starts_at.getTime(), endsAt: s.ends_at.getTime(), slotMinutes: s.slot_minutes, tables: s.tables })),
      requests: requests.map((r): SchedulerRequest => ({ id: r.id, companyId: r.company_id, buyerId: r.buyer_id, language: r.language, score: 0 })),
      interpreters,
      fixed: fixed.map(
        (m): FixedMeeting => ({
          id: m.id,
          companyId: m.company_id,
          buyerId: m.buyer_id,
          interpreterId: m.interpreter_id,
          sessionId: m.session_id,
          tableNumber: m.table_number,
          startsAt: m.starts_at.getTime(),
          endsAt: m.ends_at.getTime(),
        }),
      ),
    };
  }

  /**
   * Writes the placements in one statement. If a meeting was placed by hand meanwhile (an exclusion
   * constraint refuses the batch), falls back to one savepoint per meeting. Returns the meetings placed
   * (with their new versions) and the ids of those refused.
   */
  async apply(agencyId: string, placements: Placement[]): Promise<{ placed: PlacedMeeting[]; refused: string[] }> {
    const manager = this.transactions.manager;
    const write = async (rows: Placement[]): Promise<PlacedMeeting[]> => {
      const [placed] = await manager.query<[{ id: string; fair_id: string; version: number; interpreter_id: string | null }[], number]>(
        `UPDATE meetings m SET status = 'scheduled', session_id = p.session_id, table_number = p.table_number, starts_at = p.starts_at,
                ends_at = p.ends_at, interpreter_id = p.interpreter_id, version = m.version + 1, updated_at = now()
           FROM unnest($2::uuid[], $3::uuid[], $4::int[], $5::timestamptz[], $6::timestamptz[], $7::uuid[])
                AS p(id, session_id, table_number, starts_at, ends_at, interpreter_id)
          WHERE m.agency_id = $1 AND m.id = p.id AND m.status = 'accepted' AND m.starts_at IS NULL
          RETURNING m.id, m.fair_id, m.version, m.interpreter_id`,
        [
          agencyId,
          rows.map((p) => p.requestId),
          rows.map((p) => p.sessionId),
          rows.map((p) => p.tableNumber),
          rows.map((p) => new Date(p.startsAt)),
          rows.map((p) => new Date(p.endsAt)),
          rows.map((p) => p.interpreterId),
        ],
      );
      return placed.map((row) => ({ id: row.id, fairId: row.fair_id, version: row.version, withInterpreter: row.interpreter_id !== null }));
    };
    if (placements.length === 0) return { placed: [], refused: [] };
    await manager.query('SAVEPOINT batch');
    try {
      return { placed: await write(placements), refused: [] };
    } catch {
      await manager.query('ROLLBACK TO SAVEPOINT batch');
    }
    const placed: PlacedMeeting[] = [];
    const refused: string[] = [];
    for (const placement of placements) {
      await manager.query('SAVEPOINT one');
      try {
        placed.push(...(await write([placement])));
      } catch {
        await manager.query('ROLLBACK TO SAVEPOINT one');
        refused.push(placement.requestId);
      }
    }
    return { placed, refused };
  }
}

/** A meeting the scheduler put into a slot. */
export interface PlacedMeeting {
  id: string;
  fairId: string;
  version: number;
  withInterpreter: boolean;
}
