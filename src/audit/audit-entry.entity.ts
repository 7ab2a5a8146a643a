import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export type AuditActorType = 'user' | 'api_key' | 'company_link' | 'system';
export type AuditAction = 'create' | 'update' | 'delete';

/**
 * One write, appended by a trigger in the transaction of the write itself; a second trigger refuses
 * UPDATE and DELETE, so the log is append-only. Personal-data columns are recorded as changed, never
 * with their values (see README "Partner access, audit and personal data").
 */
@Entity({ name: 'audit_log' })
@Index('audit_log_agency_id_id_idx', ['agencyId', 'id'])
@Index('audit_log_agency_id_record_id_id_idx', ['agencyId', 'recordId', 'id'])
@Index('audit_log_agency_id_actor_id_id_idx', ['agencyId', 'actorId', 'id'])
export class AuditEntry {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id: string;

  @Column({ type: 'uuid' })
  agencyId: string;

  @Column({ type: 'timestamptz', precision: 3, default: () => 'now()' })
  at: Date;

  @Column({ type: 'text' })
  actorType: AuditActorType;

  @Column({ type: 'uuid', nullable: true })
  actorId: string | null;

  @Column({ type: 'text' })
  action: AuditAction;

  /** The table written. */
  @Column({ type: 'text' })
  entity: string;

  @Column({ type: 'uuid' })
  recordId: string;

  @Column({ type: 'jsonb' })
  before: Record<string, unknown>;

  @Column({ type: 'jsonb' })
  after: Record<string, unknown>;
}
