import { Injectable } from '@nestjs/common';
import { NotFoundProblem } from '../../common/errors.js';
import { retryingDeadlocks } from '../../database/deadlock-retry.js';
import { Transactions } from '../../database/transactions.js';
import { camelKeys } from '../../common/case.js';
import { keysetSql } from '../../common/pagination.js';
import type { ListMeetingsDto, MeetingRow } from './meeting.dto.js';
import type { CalendarMeeting } from './meetings-calendar.js';
import type { MeetingStatus } from './meeting-status.js';

/** Who a meeting is with: its company, its buyer or its interpreter. */
export type MeetingParty = 'companyId' | 'buyerId' | 'interpreterId';
const PARTY_COLUMN: Record<MeetingParty, string> = { companyId: 'company_id', buyerId: 'buyer_id', interpreterId: 'interpreter_id' };
const PARTY_TABLE: Record<MeetingParty, string> = { companyId: 'companies', buyerId: 'buyers', interpreterId: 'interpreters' };

export interface Slot {
  sessionId: string;
  tableNumber: number;
  startsAt: Date;
  endsAt: Date;
  interpreterId: string | null;
}

@Injectable()
export class MeetingsRepository {
  constructor(private readonly transactions: Transactions) {}

  private async one(sql: string, params: unknown[]): Promise<MeetingRow | null> {
    const result = await this.transactions.manager.query<unknown>(sql, params);
    // INSERT … RETURNING gives rows; UPDATE … RETURNING gives [rows, count].
    const rows = (Array.isArray(result) && Array.isArray(result[0]) ? result[0] : result) as Record<string, unknown>[];
    return rows[0] ? camelKeys<MeetingRow>(rows[0]) : null;
  }

  /** An UPDATE of a meeting: its slot, status or consultation rewrite its exclusion-index entries, so a deadlock's victim runs again (`retryingDeadlocks`). */
  private update(sql: string, params: unknown[]): Promise<MeetingRow | null> {
    return retryingDeadlocks(this.transactions.manager, () => this.one(sql, params));
  }

  async find(agencyId: string, fairId: string, id: string, lock = false): Promise<MeetingRow> {
    const row = await this.one(
      `SELECT * FROM meetings WHERE agency_id = $1 AND fair_id = $2 AND id = $3${lock ? ' FOR UPDATE' : ''}`,
      [agencyId, fairId, id],
    );
    if (!row) throw new NotFoundProblem('Meeting', id);
    return row;
  }

  async list(agencyId: string, fairId: string, filter: ListMeetingsDto): Promise<MeetingRow[]> {
    const params: unknown[] = [agencyId, fairId];
    let where = 'm.agency_id = $1 AND m.fair_id = $2';
    for (const [column, value] of [
      ['status', filter.status],
      ['company_id', filter.companyId],
      ['buyer_id', filter.buyerId],
      ['interpreter_id', filter.interpreterId],
    ] as const) {
      if (value === undefined) continue;
      params.push(value);
      where += ` AND m.${column} = $${params.length}`;
    }
    const after = keysetSql('m', filter, params.length);
    const rows = await this.transactions.manager.query<Record<string, unknown>[]>(
      `SELECT m.* FROM meetings m WHERE ${where}${after.where}${after.tail}`,
      [...params, ...after.params],
    );
    return rows.map((row) => camelKeys<MeetingRow>(row));
  }

  async insert(values: { agencyId: string; fairId: string; companyId: string; buyerId: string; language: string | null; notes: string | null; requestedBy: string }): Promise<MeetingRow> {
    return (await this.one(
      `INSERT INTO meetings (agency_id, fair_id, company_id, buyer_id, language, notes, requested_by) VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING *`,
      [values.agencyId, values.fairId, values.companyId, values.buyerId, values.language, values.notes, values.requestedBy],
    )) as MeetingRow;
  }

  /** A status change; leaving the slotted statuses for `cancelled` frees the slot. */
  async setStatus(agencyId: string, id: string, status: MeetingStatus): Promise<MeetingRow> {
    const freeSlot = status === 'cancelled';
    return (await this.update(
      `UPDATE meetings SET status = $3, version = version + 1, updated_at = now()
              ${freeSlot ? ', session_id = NULL, table_number = NULL, starts_at = NULL, ends_at = NULL, interpreter_id = NULL' : ''}
        WHERE agency_id = $1 AND id = $2 RETURNING *`,
      [agencyId, id, status],
    )) as MeetingRow;
  }

  async setSlot(agencyId: string, id: string, slot: Slot): Promise<MeetingRow> {
    return (await this.update(
      `UPDATE meetings SET status = 'scheduled', session_id = $3, table_number = $4, starts_at = $5, ends_at = $6, interpreter_id = $7,
              version = version + 1, updated_at = now()
        WHERE agency_id = $1 AND id = $2 RETURNING *`,
      [agencyId, id, slot.sessionId, slot.tableNumber, slot.startsAt, slot.endsAt, slot.interpreterId],
    )) as MeetingRow;
  }

  async linkConsultation(agencyId: string, id: string, consultationId: string): Promise<void> {
    await this.update(
      'UPDATE meetings SET consultation_id = $3, version = version + 1, updated_at = now() WHERE agency_id = $1 AND id = $2',
      [agencyId, id, consultationId],
    );
  }

  /** Whether the agency has this company, buyer or interpreter (and it is not deleted). */
  async partyExists(agencyId: string, party: MeetingParty, id: string): Promise<boolean> {
    const rows = await this.transactions.manager.query<unknown[]>(`SELECT 1 FROM ${PARTY_TABLE[party]} WHERE agency_id = $1 AND id = $2 AND deleted_at IS NULL`, [agencyId, id]);
    return rows.length > 0;
  }

  /** One party's meetings at the fair in one of `statuses`, in time order, with the names a calendar shows. */
  calendarRows(agencyId: string, fairId: string, party: MeetingParty, id: string, statuses: readonly MeetingStatus[]): Promise<CalendarMeeting[]> {
    return this.transactions.manager.query<CalendarMeeting[]>(
      `SELECT m.id, m.starts_at AS "startsAt", m.ends_at AS "endsAt", m.status, m.table_number AS "tableNumber", m.language,
              c.name AS company, b.organisation AS buyer, b.country AS "buyerCountry", i.name AS interpreter
         FROM meetings m
         JOIN companies c ON c.agency_id = m.agency_id AND c.id = m.company_id
         JOIN buyers b ON b.agency_id = m.agency_id AND b.id = m.buyer_id
         LEFT JOIN interpreters i ON i.agency_id = m.agency_id AND i.id = m.interpreter_id
        WHERE m.agency_id = $1 AND m.fair_id = $2 AND m.${PARTY_COLUMN[party]} = $3 AND m.status = ANY($4::text[])
        ORDER BY m.starts_at, m.id`,
      [agencyId, fairId, id, statuses],
    );
  }
}
