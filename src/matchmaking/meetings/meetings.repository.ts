import { Injectable } from '@nestjs/common';
import { NotFoundProblem } from '../../common/errors.js';
import { Transactions } from '../../database/transactions.js';
import { camelKeys } from '../../common/case.js';
import { keysetSql } from '../../common/pagination.js';
import type { ListMeetingsDto, MeetingRow } from './meeting.dto.js';
import type { MeetingStatus } from './meeting-status.js';

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
    return (await this.one(
      `UPDATE meetings SET status = $3, version = version + 1, updated_at = now()
              ${freeSlot ? ', session_id = NULL, table_number = NULL, starts_at = NULL, ends_at = NULL, interpreter_id = NULL' : ''}
        WHERE agency_id = $1 AND id = $2 RETURNING *`,
      [agencyId, id, status],
    )) as MeetingRow;
  }

  async setSlot(agencyId: string, id: string, slot: Slot): Promise<MeetingRow> {
    return (await this.one(
      `UPDATE meetings SET status = 'scheduled', session_id = $3, table_number = $4, starts_at = $5, ends_at = $6, interpreter_id = $7,
              version = version + 1, updated_at = now()
        WHERE agency_id = $1 AND id = $2 RETURNING *`,
      [agencyId, id, slot.sessionId, slot.tableNumber, slot.startsAt, slot.endsAt, slot.interpreterId],
    )) as MeetingRow;
  }

  async linkConsultation(agencyId: string, id: string, consultationId: string): Promise<void> {
    await this.transactions.manager.query(
      'UPDATE meetings SET consultation_id = $3, version = version + 1, updated_at = now() WHERE agency_id = $1 AND id = $2',
      [agencyId, id, consultationId],
    );
  }
}
