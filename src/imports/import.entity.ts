import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { oneOf } from '../common/columns.js';
import { TenantRecord } from '../tenancy/tenant-record.js';
import { SameAgency } from '../common/tenant-relation.js';
import { Fair } from '../fairs/fair.entity.js';

export const IMPORT_KINDS = ['consultations', 'contracts'] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];
export const IMPORT_STATES = ['queued', 'running', 'completed', 'failed'] as const;
export type ImportState = (typeof IMPORT_STATES)[number];
export const IMPORT_FORMATS = ['csv', 'xlsx'] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

/**
 * One uploaded spreadsheet and its progress. `processedRows` is the checkpoint: it is written in the
 * same transaction as the batch of records it covers, so a worker killed mid-import resumes after it.
 */
@Entity({ name: 'imports' })
@Index('imports_agency_id_created_at_id_idx', ['agencyId', 'createdAt', 'id'])
@Check('imports_kind_check', oneOf('kind', IMPORT_KINDS))
@Check('imports_state_check', oneOf('state', IMPORT_STATES))
@Check('imports_format_check', oneOf('format', IMPORT_FORMATS))
export class Import extends TenantRecord {
  @Column({ type: 'uuid' })
  fairId: string;

  @Column({ type: 'text' })
  kind: ImportKind;

  @Column({ type: 'text' })
  format: ImportFormat;

  @Column({ type: 'text' })
  fileName: string;

  /** The upload's name inside IMPORTS_DIR (the API writes it, the worker reads it). */
  @Column({ type: 'text' })
  storedAs: string;

  /** The text encoding a CSV was read in (utf-8 or cp949), once detected. */
  @Column({ type: 'text', nullable: true })
  encoding: string | null;

  @Column({ type: 'boolean', default: false })
  dryRun: boolean;

  @Column({ type: 'boolean', default: false })
  createMissing: boolean;

  /** Header → field, when the client sent an explicit mapping. */
  @Column({ type: 'jsonb', nullable: true })
  mapping: Record<string, string> | null;

  @Column({ type: 'text', default: 'queued' })
  state: ImportState;

  @Column({ type: 'integer', nullable: true })
  totalRows: number | null;

  @Column({ type: 'integer', default: 0 })
  processedRows: number;

  @Column({ type: 'integer', default: 0 })
  createdRows: number;

  @Column({ type: 'integer', default: 0 })
  duplicateRows: number;

  @Column({ type: 'integer', default: 0 })
  rejectedRows: number;

  /** Headers of the file that map to no field, with why (see columns.ts). */
  @Column({ type: 'jsonb', default: () => "'[]'" })
  ignoredColumns: { header: string; reason: string }[];

  /** Why the whole import failed (unreadable file, unknown header), not a row's error. */
  @Column({ type: 'text', nullable: true })
  failure: string | null;

  @Column({ type: 'uuid' })
  createdBy: string;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  finishedAt: Date | null;

  @SameAgency(() => Fair, 'fair_id', 'imports_fair_fkey')
  fair?: Fair;
}

/** One rejected cell (or row, when `column` is null) of an import. */
@Entity({ name: 'import_errors' })
@Index('import_errors_import_id_row_number_idx', ['importId', 'rowNumber'])
export class ImportError {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id: string;

  @Column({ type: 'uuid' })
  agencyId: string;

  @Column({ type: 'uuid' })
  importId: string;

  @ManyToOne(() => Import, { nullable: false, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'import_id', foreignKeyConstraintName: 'import_errors_import_fkey' })
  import?: Import;

  /** The spreadsheet row, counting the header as row 1 (as Excel numbers them). */
  @Column({ type: 'integer' })
  rowNumber: number;

  @Column({ type: 'text', nullable: true })
  column: string | null;

  @Column({ type: 'text' })
  message: string;
}
