import { Injectable, Optional } from '@nestjs/common';
import { Transactions } from '../database/transactions.js';
import { JobsProducer } from '../jobs/jobs.producer.js';
import type { RecordChange, RecordType } from './change-event.js';

/** Appends within this many milliseconds of one another share one wake-up of the relay. */
const WAKE_DEBOUNCE_MS = 20;

/**
 * The one way a write says "a record changed" (DESIGN "One seam for a record changed"): its events
 * go into the change feed in the write's own transaction, and once that commits the relay is woken.
 * Redis only wakes the relay; PostgreSQL holds the events, and the relay's schedule finds them when a
 * wake-up is lost. Without queues (the operator CLI) nothing is woken and the schedule picks them up.
 */
@Injectable()
export class ChangeFeed {
  constructor(
    private readonly transactions: Transactions,
    @Optional() private readonly jobs?: JobsProducer,
  ) {}

  /** Appends the changes, in the order given, in one statement of the current transaction. */
  async append(...changes: RecordChange[]): Promise<void> {
    if (changes.length === 0) return;
    await this.transactions.manager.query(
      `INSERT INTO change_events (agency_id, fair_id, record_type, record_id, version, type, changed_fields, data)
       SELECT t.agency_id, t.fair_id, t.record_type, t.record_id, t.version, t.record_type || '.' || t.action,
              ARRAY(SELECT jsonb_array_elements_text(t.changed_fields)), t.data
         FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::uuid[], $5::int[], $6::text[], $7::jsonb[], $8::jsonb[])
              WITH ORDINALITY AS t(agency_id, fair_id, record_type, record_id, version, action, changed_fields, data, n)
        ORDER BY t.n`,
      [
        changes.map((change) => change.agencyId),
        changes.map((change) => change.fairId),
        changes.map((change) => change.recordType),
        changes.map((change) => change.recordId),
        changes.map((change) => change.version),
        changes.map((change) => change.action),
        changes.map((change) => JSON.stringify(change.changedFields)),
        changes.map((change) => (change.data == null ? null : JSON.stringify(change.data))),
      ],
    );
    this.wakeAfterCommit();
  }

  /**
   * For a write that appends its event in the very statement that writes the record (the booth's hot
   * path: one round trip): the INSERT to put in that statement's WITH clause. `source` is a CTE whose
   * rows have agency_id, fair_id, id and version; each row becomes one `<recordType>.<action>` event.
   * Once the statement has appended events, call `appendedFrom()`.
   */
  appendFrom(source: string, recordType: RecordType, action: string): string {
    if (!/^[a-z_]+$/.test(action)) throw new Error(`"${action}" is not an event action`);
    return `INSERT INTO change_events (agency_id, fair_id, record_type, record_id, version, type)
            SELECT agency_id, fair_id, '${recordType}', id, version, '${recordType}.${action}' FROM ${source}`;
  }

  /** As `appendFrom`, for a source whose rows also carry their event's `action` (a contract logged as signed is `contract.signed`). */
  appendFromWithActions(source: string, recordType: RecordType): string {
    return `INSERT INTO change_events (agency_id, fair_id, record_type, record_id, version, type)
            SELECT agency_id, fair_id, '${recordType}', id, version, '${recordType}.' || action FROM ${source}`;
  }

  /** A statement built with `appendFrom` appended events: the relay is woken once they commit. */
  appendedFrom(): void {
    this.wakeAfterCommit();
  }

  private wakeAfterCommit(): void {
    const jobs = this.jobs;
    if (!jobs) return;
    this.transactions.afterCommit(() => jobs.enqueueSoon('changes:relay', WAKE_DEBOUNCE_MS, 'changes:relay', { agencyId: null }));
  }
}
