import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * "This fair's outcome is stale": one row appended per write to a consultation, contract or
 * participation, in the write's own transaction. Appending (rather than updating one row per fair)
 * keeps concurrent writers to one fair from queueing behind a row lock. The outcome refresh deletes
 * the rows it has accounted for; rows that remain mean a refresh is still owed.
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
