import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { numericColumn } from '../common/columns.js';

/**
 * Units of a currency per US dollar on a date, per agency (KRW 1360.00). Rates are immutable: records
 * freeze the rate they used, so changing one would not change them anyway; a wrong rate is deleted
 * and entered again.
 */
@Entity({ name: 'exchange_rates' })
@Index('exchange_rates_agency_id_currency_rate_date_key', ['agencyId', 'currency', 'rateDate'], { unique: true })
@Index('exchange_rates_agency_id_created_at_id_idx', ['agencyId', 'createdAt', 'id'])
@Check('exchange_rates_units_per_usd_check', `"units_per_usd" > 0`)
@Check('exchange_rates_currency_check', `"currency" ~ '^[A-Z]{3}$' AND "currency" <> 'USD'`)
export class ExchangeRate {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  agencyId: string;

  @Column({ type: 'char', length: 3 })
  currency: string;

  @Column({ type: 'date' })
  rateDate: string;

  @numericColumn(18, 6)
  unitsPerUsd: string;

  @Column({ type: 'uuid' })
  createdBy: string;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt: Date;
}
