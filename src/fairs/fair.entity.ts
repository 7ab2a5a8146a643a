import { Check, Column, Entity, Index } from 'typeorm';
import { TenantRecord } from '../tenancy/tenant-record.js';
import { oneOf } from '../common/columns.js';
import { FAIR_KINDS, type FairKind } from './fair-kind.js';

/** One edition of an export event (CMEF 2017). */
@Entity({ name: 'fairs' })
@Index('fairs_agency_id_id_key', ['agencyId', 'id'], { unique: true })
@Index('fairs_agency_id_created_at_id_idx', ['agencyId', 'createdAt', 'id'])
@Index('fairs_agency_id_series_year_idx', ['agencyId', 'series', 'year'])
@Check('fairs_dates_check', `"ends_on" >= "starts_on"`)
@Check('fairs_kind_check', oneOf('kind', FAIR_KINDS))
@Check('fairs_country_check', `"country" ~ '^[A-Z]{2}$'`)
export class Fair extends TenantRecord {
  /** Slug of the series the edition belongs to (`cmef`, `arab-health`). */
  @Column({ type: 'text' })
  series: string;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'integer' })
  year: number;

  @Column({ type: 'text' })
  city: string;

  /** ISO 3166-1 alpha-2. */
  @Column({ type: 'char', length: 2 })
  country: string;

  @Column({ type: 'text', nullable: true })
  venue: string | null;

  @Column({ type: 'date' })
  startsOn: string;

  @Column({ type: 'date' })
  endsOn: string;

  /** IANA zone of the venue: decides a consultation's fair-local date. */
  @Column({ type: 'text' })
  timezone: string;

  @Column({ type: 'text', default: 'trade_fair' })
  kind: FairKind;
}
