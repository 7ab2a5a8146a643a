import { Injectable } from '@nestjs/common';
import { Transactions } from '../database/transactions.js';

/** The default schedule: months after the fair's last day. */
export const DEFAULT_MONTHS_AFTER = [3, 6, 12] as const;

/**
 * When a round opens: midnight of the day `months` after the fair's last day, in the fair's time
 * zone (PostgreSQL's month arithmetic: 31 May + 3 months = 31 August, 30 November + 3 = 28/29 February).
 */
export const OPENS_AT_SQL = (fair: string, months: string): string =>
  `((${fair}.ends_on + make_interval(months => ${months}))::timestamp AT TIME ZONE ${fair}.timezone)`;

export interface RoundRow {
  id: string;
  agency_id: string;
  fair_id: string;
  sequence: number;
  months_after: number;
  opens_at: Date;
  opened_at: Date | null;
  version: number;
}

/** The rounds of each fair's schedule: defaults, edits, and keeping `opens_at` on the fair's dates. */
@Injectable()
export class RoundScheduleRepository {
  constructor(private readonly transactions: Transactions) {}

  /**
   * Gives the default schedule to live fairs that have never had one (one fair, or every fair when
   * `fair` is null). A fair whose schedule a manager emptied keeps its soft-deleted rounds, so it
   * does not get the defaults again. Concurrent callers collide on the unique index and do nothing.
   */
  async ensureDefaults(fair: { agencyId: string; fairId: string } | null): Promise<number> {
    const rows = await this.transactions.manager.query<unknown[]>(
      `INSERT INTO follow_up_rounds (agency_id, fair_id, sequence, months_after, opens_at)
       SELECT f.agency_id, f.id, s.n, s.months, ${OPENS_AT_SQL('f', 's.months')}
         FROM fairs f CROSS JOIN unnest($1::int[]) WITH ORDINALITY AS s(months, n)
        WHERE f.deleted_at IS NULL AND NOT EXISTS (SELECT 1 FROM follow_up_rounds r WHERE r.fair_id = f.id)
          AND ($2::uuid IS NULL OR (f.agency_id = $2 AND f.id = $3))
       ON CONFLICT DO NOTHING RETURNING id`,
      [[...DEFAULT_MONTHS_AFTER], fair?.agencyId ?? null, fair?.fairId ?? null],
    );
    return rows.length;
  }

  /** Rounds not yet open follow their fair's end date and zone when a manager moves the fair. */
  async followFairDates(): Promise<number> {
    const [, count] = await this.transactions.manager.query<[unknown, number]>(
      `UPDATE follow_up_rounds r SET opens_at = ${OPENS_AT_SQL('f', 'r.months_after')}, updated_at = now()
         FROM fairs f
        WHERE f.id = r.fair_id AND f.agency_id = r.agency_id AND r.opened_at IS NULL AND r.deleted_at IS NULL
          AND r.opens_at <> ${OPENS_AT_SQL('f', 'r.months_after')}`,
    );
    return count;
  }

  async listForFair(agencyId: string, fairId: string): Promise<(RoundRow & { questionnaires: number; responses: number })[]> {
    return await this.transactions.manager.query<(RoundRow & { questionnaires: number; responses: number })[]>(
      `SELECT r.id, r.agency_id, r.fair_id, r.sequence, r.months_after, r.opens_at, r.opened_at, r.version,
              (SELECT count(*)::int FROM follow_up_questionnaires q WHERE q.round_id = r.id) AS questionnaires,
              (SELECT count(*)::int FROM follow_up_responses s WHERE s.round_id = r.id) AS responses
         FROM follow_up_rounds r
        WHERE r.agency_id = $1 AND r.fair_id = $2 AND r.deleted_at IS NULL
        ORDER BY r.months_after`,
      [agencyId, fairId],
    );
  }

  /** The fair's live rounds, locked for a schedule edit. */
  async lockForFair(agencyId: string, fairId: string): Promise<RoundRow[]> {
    return await this.transactions.manager.query<RoundRow[]>(
      `SELECT id, agency_id, fair_id, sequence, months_after, opens_at, opened_at, version FROM follow_up_rounds
        WHERE agency_id = $1 AND fair_id = $2 AND deleted_at IS NULL ORDER BY months_after FOR UPDATE`,
      [agencyId, fairId],
    );
  }

  async removeUnopened(agencyId: string, ids: string[]): Promise<void> {
    if (ids.length === 0) return;
    await this.transactions.manager.query(
      `UPDATE follow_up_rounds SET deleted_at = now(), updated_at = now(), version = version + 1
        WHERE agency_id = $1 AND id = ANY($2::uuid[]) AND opened_at IS NULL`,
      [agencyId, ids],
    );
  }

  async add(agencyId: string, fairId: string, months: number[]): Promise<void> {
    if (months.length === 0) return;
    await this.transactions.manager.query(
      `INSERT INTO follow_up_rounds (agency_id, fair_id, sequence, months_after, opens_at)
       SELECT f.agency_id, f.id, 0, m, ${OPENS_AT_SQL('f', 'm')} FROM fairs f CROSS JOIN unnest($3::int[]) AS m
        WHERE f.agency_id = $1 AND f.id = $2`,
      [agencyId, fairId, months],
    );
  }

  /** Numbers the fair's live rounds 1, 2, 3 … by months after the fair. */
  async renumber(agencyId: string, fairId: string): Promise<void> {
    await this.transactions.manager.query(
      `UPDATE follow_up_rounds r SET sequence = x.n, updated_at = now(), version = r.version + 1
         FROM (SELECT id, row_number() OVER (ORDER BY months_after)::int AS n FROM follow_up_rounds
                WHERE agency_id = $1 AND fair_id = $2 AND deleted_at IS NULL) x
        WHERE r.id = x.id AND r.sequence <> x.n`,
      [agencyId, fairId],
    );
  }
}
