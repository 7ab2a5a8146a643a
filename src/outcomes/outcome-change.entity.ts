import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * "This fair's outcome is stale": appended for the fairs a change event moves, by the trigger on
 * change_events, in the transaction of the write that appended the event (one row per fair per
 * statement). Appending (rather than updating one row per fair) keeps concurrent writers to one fair
 * from queueing behind a row lock. The outcome refresh deletes the rows it has accounted for; rows
 * that remain mean a refresh is still owed.
 */
@Entity({ name: 'outcome_changes' })
@Index('outcome_changes_fair_id_id_idx', ['fairId', 'id'])
export class OutcomeChange {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id: string;

  @Column({ type: 'uuid' })
  agencyId: string;

  @Column({ type: 'uuid' })
  fairId: string;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  changedAt: Date;
}
