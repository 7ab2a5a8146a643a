import { Injectable } from '@nestjs/common';
import { keysetPage } from '../common/pagination.js';
import { Transactions } from '../database/transactions.js';
import type { ListExchangeRatesDto } from './dto/exchange-rate.dto.js';
import { ExchangeRate } from './exchange-rate.entity.js';

@Injectable()
export class ExchangeRatesRepository {
  constructor(private readonly transactions: Transactions) {}

  private get repo() {
    return this.transactions.manager.getRepository(ExchangeRate);
  }

  findById(agencyId: string, id: string): Promise<ExchangeRate | null> {
    return this.repo.findOneBy({ agencyId, id });
  }

  /** The latest rate dated on or before `date`: the one a record of that date uses. */
  async findEffective(agencyId: string, currency: string, date: string): Promise<{ unitsPerUsd: string; date: string } | null> {
    const [row] = await this.transactions.manager.query<{ units_per_usd: string; rate_date: string }[]>(
      `SELECT units_per_usd, rate_date::text FROM exchange_rates
        WHERE agency_id = $1 AND currency = $2 AND rate_date <= $3
        ORDER BY rate_date DESC LIMIT 1`,
      [agencyId, currency, date],
    );
    return row ? { unitsPerUsd: row.units_per_usd, date: row.rate_date } : null;
  }

  list(agencyId: string, filter: ListExchangeRatesDto): Promise<ExchangeRate[]> {
    const query = this.repo.createQueryBuilder('r').where('r.agencyId = :agencyId', { agencyId });
    if (filter.currency !== undefined) query.andWhere('r.currency = :currency', { currency: filter.currency });
    if (filter.from !== undefined) query.andWhere('r.rateDate >= :from', { from: filter.from });
    if (filter.to !== undefined) query.andWhere('r.rateDate <= :to', { to: filter.to });
    return keysetPage(query, 'r', filter).getMany();
  }

  insert(rate: Partial<ExchangeRate>): Promise<ExchangeRate> {
    return this.repo.save(this.repo.create(rate));
  }

  /** Deletes the rate; false if the agency had none with that id. */
  async delete(agencyId: string, id: string): Promise<boolean> {
    const [, count] = await this.transactions.manager.query<[unknown, number]>('DELETE FROM exchange_rates WHERE agency_id = $1 AND id = $2', [
      agencyId,
      id,
    ]);
    return count > 0;
  }
}
