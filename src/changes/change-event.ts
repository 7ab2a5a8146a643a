import type { EntityManager } from 'typeorm';

/** The records whose writes the change feed carries, as event types name them (`consultation.updated`). */
export const RECORD_TYPES = ['fair', 'participation', 'company', 'buyer', 'consultation', 'contract', 'shipment', 'exchange_rate', 'meeting', 'outcome', 'followup'] as const;
export type RecordType = (typeof RECORD_TYPES)[number];

/**
 * One write of a tenant record, as a write path hands it to the change feed inside its own
 * transaction. The write path says what it wrote, never who is interested.
 */
export interface RecordChange {
  agencyId: string;
  /** The fair the record belongs to (a consultation's, a contract's, a fair's own id); null for agency-wide records. */
  fairId: string | null;
  recordType: RecordType;
  recordId: string;
  /** The record's version after the write; null for records without one. */
  version: number | null;
  /** `created`, `updated`, `deleted`, or a verb of the domain (`signed` gives `contract.signed`). */
  action: string;
  /** Names (camelCase, as the API spells them) of the fields the write changed; empty for created and deleted. */
  changedFields: readonly string[];
  /** Figures an event carries itself (only `outcome.updated`: the fair's new totals); nothing personal, ever. */
  data?: Record<string, unknown> | null;
}

/** An event as the relay hands it to subscribers: the change plus what the outbox added. */
export interface ChangeEvent extends Required<RecordChange> {
  /** Position in the feed (a bigint, as a string): unique, increasing within one transaction. */
  seq: string;
  /** The event's own id (a UUID): receivers deduplicate on it. */
  id: string;
  /** `${recordType}.${action}`. */
  type: string;
  /** Who wrote: `user:<id>`, `api_key:<id>` or `system` (the audit log's actor). */
  actor: string;
  occurredAt: Date;
}

/**
 * Something that wants to know what changed: the outcome refresh, webhook deliveries, later
 * features. The relay calls `handle` with the next events after this subscriber's own position, in
 * feed order, inside the transaction that then moves that position: what `handle` writes with
 * `manager` commits together with the new position (exactly once), and a failure leaves both where
 * they were (the same events come again). Work outside PostgreSQL (enqueueing a job) must be
 * idempotent: it may run again for the same events.
 */
export interface ChangeSubscriber {
  /** Stable: the subscriber's position is stored under this name. */
  readonly name: string;
  handle(events: readonly ChangeEvent[], manager: EntityManager): Promise<void>;
}
