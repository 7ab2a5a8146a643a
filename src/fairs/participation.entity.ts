import { Company } from '../companies/company.entity.js';
import { SameAgency } from '../common/tenant-relation.js';
import { Fair } from './fair.entity.js';
import { Column, Entity, Index } from 'typeorm';
import { TenantRecord } from '../tenancy/tenant-record.js';

/** A company exhibiting at a fair; counts toward "7 companies". */
@Entity({ name: 'participations' })
@Index('participations_fair_id_company_id_key', ['fairId', 'companyId'], { unique: true, where: 'deleted_at IS NULL' })
@Index('participations_agency_id_fair_id_created_at_id_idx', ['agencyId', 'fairId', 'createdAt', 'id'])
@Index('participations_company_id_idx', ['companyId'])
export class Participation extends TenantRecord {
  @Column({ type: 'uuid' })
  fairId: string;

  @Column({ type: 'uuid' })
  companyId: string;

  @Column({ type: 'text', nullable: true })
  booth: string | null;

  @SameAgency(() => Fair, 'fair_id', 'participations_fair_fkey')
  fair?: Fair;

  @SameAgency(() => Company, 'company_id', 'participations_company_fkey')
  company?: Company;
}
