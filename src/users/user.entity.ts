import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';
import { LANGUAGES, type Language } from '../common/language.js';
import { Agency } from '../tenancy/agency.entity.js';
import { oneOf } from '../common/columns.js';
import { ROLES, type Role } from '../tenancy/role.js';

@Entity({ name: 'users' })
@Index('users_email_key', ['email'], { unique: true })
@Index('users_agency_id_created_at_id_idx', ['agencyId', 'createdAt', 'id'])
@Check('users_role_check', oneOf('role', ROLES))
@Check('users_language_check', oneOf('language', LANGUAGES))
@Check('users_email_lower_check', `"email" = lower("email")`)
export class User {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  agencyId: string;

  @ManyToOne(() => Agency, { onDelete: 'RESTRICT', nullable: false })
  @JoinColumn({ name: 'agency_id', foreignKeyConstraintName: 'users_agency_id_fkey' })
  agency?: Agency;

  /** Stored lower-case; logins are case-insensitive. Unique across agencies: login names no agency. */
  @Column({ type: 'text' })
  email: string;

  @Column({ type: 'text', nullable: true })
  name: string | null;

  @Column({ type: 'text' })
  passwordHash: string;

  @Column({ type: 'text' })
  role: Role;

  /** The language the user reads Pavilion's mails in. */
  @Column({ type: 'text', default: 'ko' })
  language: Language;

  @Column({ type: 'timestamptz', nullable: true })
  disabledAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  lastLoginAt: Date | null;

  /**
   * Raised when the user's sessions must end (password change, disable, role change): access tokens
   * carry the version they were issued under and are refused once it moves on.
   */
  @Column({ type: 'integer', default: 0 })
  sessionVersion: number;

  @VersionColumn({ type: 'integer' })
  version: number;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz', precision: 3 })
  updatedAt: Date;
}
