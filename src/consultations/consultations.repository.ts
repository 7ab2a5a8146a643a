import { Injectable } from '@nestjs/common';
import { type FairLimit, limitToFairs } from '../common/fair-limit.js';
import { ChangeFeed } from '../changes/change-feed.js';
import { camelKeys } from '../common/case.js';
import { keysetPage } from '../common/pagination.js';
import { isDateOnly } from '../common/record-filters.js';
import { prepared } from '../database/prepared.js';
import { Transactions } from '../database/transactions.js';
import { Consultation } from './consultation.entity.js';
import type { ListConsultationsDto } from './dto/list-consultations.dto.js';
import type { FairFacts } from './references.repository.js';

export type NewConsultation = Omit<Consultation, 'id' | 'importKey' | 'version' | 'createdAt' | 'updatedAt' | 'deletedAt' | 'fair' | 'company' | 'buyer' | 'agency'>;

/** A raw `RETURNING *` row as entity properties. */
const fromRow = (row: Record<string, unknown>): Partial<Consultation> => camelKeys(row);

@Injectable()
export class ConsultationsRepository {
  constructor(
    private readonly transactions: Transactions,
    private readonly changes: ChangeFeed,
  ) {}

  private get repo() {
    return this.transactions.manager.getRepository(Consultation);
  }

  findById(agencyId: string, id: string): Promise<Consultation | null> {
    return this.repo.findOneBy({ agencyId, id });
  }

  findByIdForUpdate(agencyId: string, id: string): Promise<Consultation | null> {
    return this.repo
      .createQueryBuilder('c')
      .setLock('pessimistic_write')
      .where('c.agencyId = :agencyId AND c.id = :id', { agencyId, id })
      .getOne();
  }

  list(agencyId: string, filter: ListConsultationsDto, fairs: FairLimit = null): Promise<Consultation[]> {
    const query = limitToFairs(this.repo.createQueryBuilder('c').where('c.agencyId = :agencyId', { agencyId }), 'c.fairId', fairs);
    if (filter.fairId !== undefined) query.andWhere('c.fairId = :fairId', { fairId: filter.fairId });
    if (filter.companyId !== undefined) query.andWhere('c.companyId = :companyId', { companyId: filter.companyId });
    if (filter.buyerId !== undefined) query.andWhere('c.buyerId = :buyerId', { buyerId: filter.buyerId });
    if (filter.country !== undefined) query.andWhere('c.buyerCountry = :country', { country: filter.country });
    if (filter.stage !== undefined) query.andWhere('c.stage = :stage', { stage: filter.stage });
    if (filter.type !== undefined) query.andWhere('c.type = :type', { type: filter.type });
    if (filter.from !== undefined) {
      query.andWhere(isDateOnly(filter.from) ? 'c.localDate >= :from' : 'c.occurredAt >= :from', { from: filter.from });
    }
    if (filter.to !== undefined) {
      query.andWhere(isDateOnly(filter.to) ? 'c.localDate <= :to' : 'c.occurredAt <= :to', { to: filter.to });
    }
    return keysetPage(query, 'c', filter).getMany();
  }

  /**
   * Inserts the consultation and appends its `consultation.created` event in one statement, only if
   * the fair still has the time zone and dates the fair-local date was derived from (null if it
   * changed meanwhile). The caller holds the fair's records lock, so no edit of the fair can slip in
   * between.
   */
  async insertWithChange(values: NewConsultation, fair: FairFacts): Promise<Consultation | null> {
    const [row] = await prepared<Record<string, unknown>>(
      this.transactions.manager,
      'insert-consultation',
      `WITH inserted AS (
         INSERT INTO consultations (agency_id, fair_id, company_id, buyer_id, buyer_country, occurred_at, local_date, type,
                                    product_interest, quantity, unit_price_amount, unit_price_currency, estimated_amount,
                                    estimated_currency, estimated_usd, rate_units_per_usd, rate_date, stage, notes, logged_by, version)
         SELECT $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, 1
          WHERE EXISTS (SELECT 1 FROM fairs WHERE agency_id = $1 AND id = $2 AND deleted_at IS NULL
                           AND timezone = $21 AND starts_on = $22 AND ends_on = $23)
         RETURNING *),
       appended AS (${this.changes.appendFrom('inserted', 'consultation', 'created')})
       SELECT * FROM inserted`,
      [
        values.agencyId, values.fairId, values.companyId, values.buyerId, values.buyerCountry, values.occurredAt,
        values.localDate, values.type, values.productInterest, values.quantity, values.unitPriceAmount,
        values.unitPriceCurrency, values.estimatedAmount, values.estimatedCurrency, values.estimatedUsd,
        values.rateUnitsPerUsd, values.rateDate, values.stage, values.notes, values.loggedBy,
        fair.timezone, fair.startsOn, fair.endsOn,
      ],
    );
    if (!row) return null;
    this.changes.appendedFrom();
    return this.repo.create(fromRow(row));
  }

  save(consultation: Consultation): Promise<Consultation> {
    return this.repo.save(consultation);
  }

  async softDelete(agencyId: string, id: string): Promise<void> {
    await this.repo.softDelete({ agencyId, id });
  }
}
