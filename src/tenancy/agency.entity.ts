import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/** The tenant: a promotion agency. Every other row belongs to exactly one. */
@Entity({ name: 'agencies' })
@Index('agencies_name_key', ['name'], { unique: true })
@Check('agencies_home_currency_check', `"home_currency" ~ '^[A-Z]{3}$'`)
export class Agency {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  name: string;

  /** ISO 4217 code in which reports repeat USD totals (KRW for Korean agencies). */
  @Column({ type: 'char', length: 3, default: 'USD' })
  homeCurrency: string;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz', precision: 3 })
  updatedAt: Date;
}
