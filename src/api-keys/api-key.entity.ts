import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn, VersionColumn } from 'typeorm';
import { Agency } from '../tenancy/agency.entity.js';
import type { ApiKeyScope } from '../tenancy/scopes.js';

/** A partner's read-only key. Only the SHA-256 of the secret is kept; `prefix` names it in lists and logs. */
@Entity({ name: 'api_keys' })
@Index('api_keys_secret_hash_key', ['secretHash'], { unique: true })
@Index('api_keys_agency_id_created_at_id_idx', ['agencyId', 'createdAt', 'id'])
export class ApiKey {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  agencyId: string;

  @ManyToOne(() => Agency, { onDelete: 'RESTRICT', nullable: false })
  @JoinColumn({ name: 'agency_id', foreignKeyConstraintName: 'api_keys_agency_id_fkey' })
  agency?: Agency;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'text' })
  prefix: string;

  @Column({ type: 'text' })
  secretHash: string;

  @Column({ type: 'text', array: true })
  scopes: ApiKeyScope[];

  /** Null: every fair of the agency. */
  @Column({ type: 'uuid', array: true, nullable: true })
  fairIds: string[] | null;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  expiresAt: Date | null;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  revokedAt: Date | null;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  lastUsedAt: Date | null;

  @Column({ type: 'uuid' })
  createdBy: string;

  @VersionColumn({ type: 'integer' })
  version: number;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz', precision: 3 })
  updatedAt: Date;
}
