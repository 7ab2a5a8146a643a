import { Check, Column, Entity, Index } from 'typeorm';
import { TenantRecord } from '../tenancy/tenant-record.js';
import type { BuyerType } from './buyer-type.js';

/** A foreign buyer organisation and contact. Contact name, email and phone are personal data. */
@Entity({ name: 'buyers' })
@Index('buyers_agency_id_id_key', ['agencyId', 'id'], { unique: true })
@Index('buyers_agency_id_email_key', ['agencyId', 'email'], { unique: true, where: 'deleted_at IS NULL AND email IS NOT NULL' })
@Index('buyers_agency_id_created_at_id_idx', ['agencyId', 'createdAt', 'id'])
@Check('buyers_email_lower_check', `"email" = lower("email")`)
@Check('buyers_country_check', `"country" ~ '^[A-Z]{2}$'`)
export class Buyer extends TenantRecord {
  @Column({ type: 'text' })
  organisation: string;

  @Column({ type: 'text', nullable: true })
  contactName: string | null;

  /** Stored lower-case; unique within the agency when present. */
  @Column({ type: 'text', nullable: true })
  email: string | null;

  @Column({ type: 'text', nullable: true })
  phone: string | null;

  @Column({ type: 'char', length: 2 })
  country: string;

  @Column({ type: 'text', nullable: true })
  buyerType: BuyerType | null;
}
