import { Check, Column, Entity, Index } from 'typeorm';
import { oneOf } from '../common/columns.js';
import { LANGUAGES, type Language } from '../common/language.js';
import { TenantRecord } from '../tenancy/tenant-record.js';

/** An exhibiting manufacturer. */
@Entity({ name: 'companies' })
@Index('companies_agency_id_id_key', ['agencyId', 'id'], { unique: true })
@Index('companies_agency_id_registration_number_key', ['agencyId', 'registrationNumber'], {
  unique: true,
  where: 'deleted_at IS NULL AND registration_number IS NOT NULL',
})
@Index('companies_agency_id_created_at_id_idx', ['agencyId', 'createdAt', 'id'])
@Check('companies_language_check', oneOf('language', LANGUAGES))
export class Company extends TenantRecord {
  @Column({ type: 'text' })
  name: string;

  /** The name in local script, e.g. Korean. */
  @Column({ type: 'text', nullable: true })
  localName: string | null;

  /** Business registration number; unique within the agency when present. */
  @Column({ type: 'text', nullable: true })
  registrationNumber: string | null;

  @Column({ type: 'text', nullable: true })
  region: string | null;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  productCategories: string[];

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  certifications: string[];

  @Column({ type: 'text', nullable: true })
  website: string | null;

  @Column({ type: 'text', nullable: true })
  contactName: string | null;

  @Column({ type: 'text', nullable: true })
  contactEmail: string | null;

  @Column({ type: 'text', nullable: true })
  contactPhone: string | null;

  /** The language of its follow-up questionnaires and their emails. */
  @Column({ type: 'text', default: 'ko' })
  language: Language;
}
