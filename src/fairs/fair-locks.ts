import type { EntityManager } from 'typeorm';
import { type NamedStatement, prepared } from '../database/prepared.js';

const KEY = "hashtextextended('fair:' || $1, 0)";

/**
 * Records written under a fair hold this shared lock; edits of the fair's time zone or dates and its
 * deletion take it exclusively. Writers never wait for each other (an advisory lock, not a row lock:
 * 64 writers share-locking one fair row would pile up multixacts on it), yet a fair-local date is
 * never derived from a time zone being changed at that moment.
 */
export async function lockFairForRecords(manager: EntityManager, fairId: string, auditActor?: string): Promise<void> {
  if (auditActor === undefined) {
    await prepared(manager, 'lock-fair-for-records', `SELECT pg_advisory_xact_lock_shared(${KEY})`, [fairId]);
    return;
  }
  const { name, text, values } = lockFairForRecordsAs(fairId, auditActor);
  await prepared(manager, name, text, values);
}

/**
 * The shared lock as a statement that also names the transaction's audit actor (the hot path's
 * transaction does so here rather than in a statement of its own), for a pipelined transaction.
 */
export function lockFairForRecordsAs(fairId: string, auditActor: string): NamedStatement {
  return {
    name: 'lock-fair-for-records-as',
    text: `SELECT pg_advisory_xact_lock_shared(${KEY}), set_config('pavilion.actor', $2, true)`,
    values: [fairId, auditActor],
  };
}

export async function lockFairForEdit(manager: EntityManager, fairId: string): Promise<void> {
  await manager.query(`SELECT pg_advisory_xact_lock(${KEY})`, [fairId]);
}
