import { Buyer } from '../buyers/buyer.entity.js';
import { Company } from '../companies/company.entity.js';
import { SameAgency } from '../common/tenant-relation.js';
import { Fair } from '../fairs/fair.entity.js';
import { Check, Column, Entity, Index } from 'typeorm';
import { numericColumn, oneOf } from '../common/columns.js';
import { TenantRecord } from '../tenancy/tenant-record.js';
import { CONSULTATION_STAGES, CONSULTATION_TYPES, type ConsultationStage, type ConsultationType, LEAD_RATINGS, type LeadRating } from './consultation-enums.js';

/** One booth meeting between an exhibiting company and a foreign buyer. */
@Entity({ name: 'consultations' })
@Index('consultations_agency_id_id_key', ['agencyId', 'id'], { unique: true })
@Index('consultations_agency_id_created_at_id_idx', ['agencyId', 'createdAt', 'id'], { where: 'deleted_at IS NULL' })
@Index('consultations_agency_id_fair_id_created_at_id_idx', ['agencyId', 'fairId', 'createdAt', 'id'], { where: 'deleted_at IS NULL' })
@Index('consultations_agency_id_company_id_created_at_id_idx', ['agencyId', 'companyId', 'createdAt', 'id'], { where: 'deleted_at IS NULL' })
@Index('consultations_agency_id_buyer_id_created_at_id_idx', ['agencyId', 'buyerId', 'createdAt', 'id'], { where: 'deleted_at IS NULL AND buyer_id IS NOT NULL' })
@Index('consultations_agency_id_fair_id_import_key_key', ['agencyId', 'fairId', 'importKey'], { unique: true, where: 'import_key IS NOT NULL' })
// The outcome SQL's finest grain with INCLUDE columns, which TypeORM cannot declare: made by migration OutcomeGrainIndex.
@Index('consultations_outcome_grain_idx', { synchronize: false })
@Check('consultations_type_check', oneOf('type', CONSULTATION_TYPES))
@Check('consultations_stage_check', oneOf('stage', CONSULTATION_STAGES))
@Check('consultations_rating_check', oneOf('rating', LEAD_RATINGS))
@Check('consultations_estimate_check', `("estimated_amount" IS NULL) = ("estimated_currency" IS NULL) AND ("estimated_amount" IS NULL) = ("estimated_usd" IS NULL) AND "estimated_amount" >= 0`)
@Check('consultations_unit_price_check', `("unit_price_amount" IS NULL) = ("unit_price_currency" IS NULL) AND "unit_price_amount" >= 0`)
@Check('consultations_quantity_check', `"quantity" > 0`)
export class Consultation extends TenantRecord {
  @Column({ type: 'uuid' })
  fairId: string;

  @Column({ type: 'uuid' })
  companyId: string;

  @Column({ type: 'uuid', nullable: true })
  buyerId: string | null;

  /** ISO 3166-1 alpha-2; the buyer's country when a buyer is linked. */
  @Column({ type: 'char', length: 2 })
  buyerCountry: string;

  @Column({ type: 'timestamptz', precision: 3 })
  occurredAt: Date;

  /** The date in the fair's time zone: the day the consultation counts toward. */
  @Column({ type: 'date' })
  localDate: string;

  @Column({ type: 'text', default: 'booth' })
  type: ConsultationType;

  @Column({ type: 'text', nullable: true })
  productInterest: string | null;

  @Column({ type: 'integer', nullable: true })
  quantity: number | null;

  @numericColumn(18, 2, true)
  unitPriceAmount: string | null;

  @Column({ type: 'char', length: 3, nullable: true })
  unitPriceCurrency: string | null;

  @numericColumn(18, 2, true)
  estimatedAmount: string | null;

  @Column({ type: 'char', length: 3, nullable: true })
  estimatedCurrency: string | null;

  /** The estimate in USD, frozen at write time with the rate below. */
  @numericColumn(18, 2, true)
  estimatedUsd: string | null;

  @numericColumn(18, 6, true)
  rateUnitsPerUsd: string | null;

  @Column({ type: 'date', nullable: true })
  rateDate: string | null;

  @Column({ type: 'text', default: 'consulted' })
  stage: ConsultationStage;

  @Column({ type: 'text', nullable: true })
  notes: string | null;

  /** How promising the lead is (hot, warm, cold); counted in outcomes (hot leads). */
  @Column({ type: 'text', nullable: true })
  rating: LeadRating | null;

  /** What happens next, in the staff member's words. */
  @Column({ type: 'text', nullable: true })
  nextStep: string | null;

  /** When the follow-up is due. */
  @Column({ type: 'date', nullable: true })
  followUpDue: string | null;

  /** The user who logged it: from the token, never the body. */
  @Column({ type: 'uuid' })
  loggedBy: string;

  /** Set by spreadsheet imports: the row's id or content hash, so a re-import creates nothing twice. */
  @Column({ type: 'text', nullable: true })
  importKey: string | null;

  @SameAgency(() => Fair, 'fair_id', 'consultations_fair_fkey')
  fair?: Fair;

  @SameAgency(() => Company, 'company_id', 'consultations_company_fkey')
  company?: Company;

  @SameAgency(() => Buyer, 'buyer_id', 'consultations_buyer_fkey', true)
  buyer?: Buyer;
}
