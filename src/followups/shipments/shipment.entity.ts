import { Check, Column, Entity, Index } from 'typeorm';
import { numericColumn, oneOf } from '../../common/columns.js';
import { TenantRecord } from '../../tenancy/tenant-record.js';
import { SHIPMENT_EVIDENCE, type ShipmentEvidence } from './shipment-evidence.js';

/**
 * A realized export under a contract. `fairId` repeats the contract's fair (a contract never moves to
 * another fair): one foreign key on (agency_id, contract_id, fair_id) holds both to the contract's,
 * and the change feed, stale marks and fair-limited keys read it without a join.
 */
@Entity({ name: 'shipments' })
@Index('shipments_agency_id_id_key', ['agencyId', 'id'], { unique: true })
@Index('shipments_agency_id_created_at_id_idx', ['agencyId', 'createdAt', 'id'], { where: 'deleted_at IS NULL' })
@Index('shipments_agency_id_fair_id_created_at_id_idx', ['agencyId', 'fairId', 'createdAt', 'id'], { where: 'deleted_at IS NULL' })
@Index('shipments_agency_id_contract_id_created_at_id_idx', ['agencyId', 'contractId', 'createdAt', 'id'], { where: 'deleted_at IS NULL' })
@Check('shipments_evidence_check', oneOf('evidence', SHIPMENT_EVIDENCE))
@Check('shipments_document_check', `"evidence" <> 'document' OR "document_key" IS NOT NULL`)
@Check('shipments_verified_check', `("evidence" = 'verified') = ("verified_at" IS NOT NULL)`)
@Check('shipments_value_check', `"value_amount" >= 0`)
export class Shipment extends TenantRecord {
  @Column({ type: 'uuid' })
  contractId: string;

  @Column({ type: 'uuid' })
  fairId: string;

  @Column({ type: 'date' })
  shippedOn: string;

  @numericColumn(18, 2)
  valueAmount: string;

  @Column({ type: 'char', length: 3 })
  valueCurrency: string;

  @numericColumn(18, 2)
  valueUsd: string;

  @numericColumn(18, 6, true)
  rateUnitsPerUsd: string | null;

  @Column({ type: 'date', nullable: true })
  rateDate: string | null;

  @Column({ type: 'text', default: 'self_reported' })
  evidence: ShipmentEvidence;

  /** The stored file's name inside EVIDENCE_DIR. */
  @Column({ type: 'text', nullable: true })
  documentKey: string | null;

  /** The name the file was uploaded under. */
  @Column({ type: 'text', nullable: true })
  documentName: string | null;

  /** The media type read from the file's own bytes. */
  @Column({ type: 'text', nullable: true })
  documentType: string | null;

  @Column({ type: 'bigint', nullable: true })
  documentBytes: string | null;

  @Column({ type: 'text', nullable: true })
  documentSha256: string | null;

  @Column({ type: 'uuid', nullable: true })
  verifiedBy: string | null;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  verifiedAt: Date | null;

  @Column({ type: 'text', nullable: true })
  note: string | null;

  /** The user who recorded it; null when the company reported it itself (follow-up rounds). */
  @Column({ type: 'uuid', nullable: true })
  createdBy: string | null;

  /** The follow-up round in which the company reported it (read-only in the API; foreign key in its migration, as for contracts). */
  @Column({ type: 'uuid', nullable: true })
  reportedRoundId: string | null;
}
