import { Injectable } from '@nestjs/common';
import { Transactions } from '../database/transactions.js';
import type { ChangeEvent, RecordType } from './change-event.js';

/** A subscriber's place in the feed: the (tx_id, seq) of the last event it was handed. */
export interface FeedPosition {
  txId: string;
  seq: string;
}

interface EventRow {
  settled: boolean;
  tx_id: string;
  seq: string;
  id: string;
  agency_id: string;
  fair_id: string | null;
  record_type: RecordType;
  record_id: string;
  version: number | null;
  type: string;
  changed_fields: string[];
  actor: string;
  data: Record<string, unknown> | null;
  occurred_at: Date;
}

/**
 * Events of transactions older than every transaction still running ("settled"): one that started
 * earlier but commits later has a smaller tx_id, so no position may pass an event that is not settled.
 */
const BELOW_HORIZON = 'tx_id < pg_snapshot_xmin(pg_current_snapshot())';

/** A batch of events, and how far a position may move after handing it. */
export interface Batch {
  events: ChangeEvent[];
  /** The last settled event's position; null when none is settled (the position stays). */
  settled: FeedPosition | null;
  /** Whether the batch was full and all settled: there may be more to read at once. */
  more: boolean;
  /**
   * Whether committed events past the position are not settled yet. Nothing wakes the relay when the
   * older transaction holding them back ends (it may append no event), so the relay must come back.
   */
  unsettled: boolean;
}

/**
 * The relay's SQL: subscribers' positions and the events after them. The relay is a system process:
 * it reads every agency's events (each event carries its agency for the subscribers).
 */
@Injectable()
export class ChangeRelayRepository {
  constructor(private readonly transactions: Transactions) {}

  /** Gives each subscriber without a position one at the current head: a new subscriber starts from now, not from history. */
  async ensurePositions(subscribers: string[]): Promise<void> {
    await this.transactions.manager.query(
      `INSERT INTO change_positions (subscriber, tx_id, seq)
       SELECT name, coalesce(head.tx_id, '0'), coalesce(head.seq, 0)
         FROM unnest($1::text[]) AS name
         LEFT JOIN (SELECT tx_id, seq FROM change_events WHERE ${BELOW_HORIZON} ORDER BY tx_id DESC, seq DESC LIMIT 1) head ON true
       ON CONFLICT (subscriber) DO NOTHING`,
      [subscribers],
    );
  }

  /** The subscriber's position, locked to the end of the transaction; null while another worker holds it. */
  async lockPosition(subscriber: string): Promise<FeedPosition | null> {
    const [row] = await this.transactions.manager.query<{ tx_id: string; seq: string }[]>(
      'SELECT tx_id::text, seq::text FROM change_positions WHERE subscriber = $1 FOR UPDATE SKIP LOCKED',
      [subscriber],
    );
    return row ? { txId: row.tx_id, seq: row.seq } : null;
  }

  /**
   * Up to `limit` events after `position`, in feed order: only settled ones when `settledOnly`, else
   * every committed one. Settled ones sort before the rest (a settled tx_id is below every unsettled
   * one), so one read serves both: the settled-only batch is its settled prefix.
   */
  async eventsAfter(position: FeedPosition, limit: number, settledOnly: boolean): Promise<Batch> {
    const rows = await this.transactions.manager.query<EventRow[]>(
      `SELECT ${BELOW_HORIZON} AS settled, tx_id::text, seq::text, id, agency_id, fair_id, record_type, record_id, version, type,
              changed_fields, actor, data, occurred_at
         FROM change_events
        WHERE (tx_id, seq) > ($1::xid8, $2::bigint)
        ORDER BY tx_id, seq
        LIMIT $3`,
      [position.txId, position.seq, limit],
    );
    const handed = settledOnly ? rows.filter((row) => row.settled) : rows;
    const settled = handed.filter((row) => row.settled).at(-1);
    return {
      events: handed.map(toEvent),
      settled: settled ? { txId: settled.tx_id, seq: settled.seq } : null,
      more: rows.length === limit && rows.every((row) => row.settled),
      unsettled: rows.some((row) => !row.settled),
    };
  }

  async movePosition(subscriber: string, position: FeedPosition): Promise<void> {
    await this.transactions.manager.query(
      'UPDATE change_positions SET tx_id = $2::xid8, seq = $3, updated_at = now() WHERE subscriber = $1',
      [subscriber, position.txId, position.seq],
    );
  }

  /**
   * Deletes events older than `days` that every subscriber has passed, a batch at a time; returns how
   * many it deleted. An event no position has reached yet stays, however old.
   */
  async purge(days: number, batch = 10_000): Promise<number> {
    let deleted = 0;
    for (;;) {
      const [, count] = await this.transactions.manager.query<[unknown, number]>(
        `DELETE FROM change_events WHERE seq IN (
           SELECT e.seq FROM change_events e
            WHERE e.occurred_at < now() - make_interval(days => $1)
              AND NOT EXISTS (SELECT 1 FROM change_positions p WHERE (p.tx_id, p.seq) < (e.tx_id, e.seq))
            ORDER BY e.tx_id, e.seq
            LIMIT $2)`,
        [days, batch],
      );
      deleted += count;
      if (count < batch) return deleted;
    }
  }
}

const toEvent = (row: EventRow): ChangeEvent => ({
  seq: row.seq,
  id: row.id,
  agencyId: row.agency_id,
  fairId: row.fair_id,
  recordType: row.record_type,
  recordId: row.record_id,
  version: row.version,
  type: row.type,
  action: row.type.slice(row.record_type.length + 1),
  changedFields: row.changed_fields,
  actor: row.actor,
  data: row.data,
  occurredAt: row.occurred_at,
});
