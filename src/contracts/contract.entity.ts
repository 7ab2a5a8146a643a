import { Buyer } from '../buyers/buyer.entity.js';
import { Company } from '../companies/company.entity.js';
import { SameAgency } from '../common/tenant-relation.js';
import { Consultation } from '../consultations/consultation.entity.js';
import { Fair } from '../fairs/fair.entity.js';
import { Check, Column, Entity, Index } from 'typeorm';
import { numericColumn, oneOf } from '../common/columns.js';
import { TenantRecord } from '../tenancy/tenant-record.js';
import { CONTRACT_STATUSES, type ContractStatus } from './contract-status.js';

/** An export contract attributed to a fair. */
@Entity({ name: 'contracts' })
@Index('contracts_agency_id_created_at_id_idx', ['agencyId', 'createdAt', 'id'], { where: 'deleted_at IS NULL' })
@Index('contracts_agency_id_fair_id_created_at_id_idx', ['agencyId', 'fairId', 'createdAt', 'id'], { where: 'deleted_at IS NULL' })
@Index('contracts_agency_id_company_id_created_at_id_idx', ['agencyId', 'companyId', 'createdAt', 'id'], { where: 'deleted_at IS NULL' })
@Index('contracts_agency_id_buyer_id_created_at_id_idx', ['agencyId', 'buyerId', 'createdAt', 'id'], { where: 'deleted_at IS NULL AND buyer_id IS NOT NULL' })
@Index('contracts_consultation_id_idx', ['consultationId'], { where: 'consultation_id IS NOT NULL' })
@Index('contracts_agency_id_id_fair_id_key', ['agencyId', 'id', 'fairId'], { unique: true })
@Index('contracts_agency_id_fair_id_import_key_key', ['agencyId', 'fairId', 'importKey'], { unique: true, where: 'import_key IS NOT NULL' })
@Check('contracts_status_check', oneOf('status', CONTRACT_STATUSES))
@Check('contracts_signed_on_check', `"status" <> 'signed' OR "signed_on" IS NOT NULL`)
@Check('contracts_value_check', `"value_amount" >= 0`)
export class Contract extends TenantRecord {
  @Column({ type: 'uuid' })
  fairId: string;

  @Column({ type: 'uuid' })
  companyId: string;

  @Column({ type: 'uuid', nullable: true })
  buyerId: string | null;

  @Column({ type: 'char', length: 2 })
  buyerCountry: string;

  /** The consultation it grew from, at the same fair and company. */
  @Column({ type: 'uuid', nullable: true })
  consultationId: string | null;

  @Column({ type: 'text' })
  status: ContractStatus;

  @Column({ type: 'date', nullable: true })
  signedOn: string | null;

  /** Signed during the fair (true) or after it (false); null while not signed. */
  @Column({ type: 'boolean', nullable: true })
  onSite: boolean | null;

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

  @Column({ type: 'text', nullable: true })
  notes: string | null;

  @Column({ type: 'uuid' })
  createdBy: string;

  /**
   * The follow-up round in which the company reported it (set by follow-up answers; read-only in the
   * API). Foreign key (agency_id, reported_round_id) → follow_up_rounds, declared in its migration
   * (follow-up rounds have no entity).
   */
  @Column({ type: 'uuid', nullable: true })
  reportedRoundId: string | null;

  /** Set by spreadsheet imports: the row's id or content hash, so a re-import creates nothing twice. */
  @Column({ type: 'text', nullable: true })
  importKey: string | null;

  @SameAgency(() => Fair, 'fair_id', 'contracts_fair_fkey')
  fair?: Fair;

  @SameAgency(() => Company, 'company_id', 'contracts_company_fkey')
  company?: Company;

  @SameAgency(() => Buyer, 'buyer_id', 'contracts_buyer_fkey', true)
  buyer?: Buyer;

  @SameAgency(() => Consultation, 'consultation_id', 'contracts_consultation_fkey', true)
  consultation?: Consultation;
}
