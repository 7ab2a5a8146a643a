import { HttpStatus, Injectable } from '@nestjs/common';
import { ChangeFeed } from '../changes/change-feed.js';
import type { RecordChange } from '../changes/change-event.js';
import { isUniqueViolation, NotFoundProblem } from '../common/errors.js';
import { usdValueAt } from '../common/money.js';
import { type Page, toPage } from '../common/pagination.js';
import { ConflictProblem, ProblemException } from '../common/problem.js';
import type { AppliedRateDto, CreateExchangeRateDto, ListExchangeRatesDto } from './dto/exchange-rate.dto.js';
import { ExchangeRateDto } from './dto/exchange-rate.dto.js';
import { ExchangeRatesRepository } from './exchange-rates.repository.js';
import { Transactions } from '../database/transactions.js';

export interface UsdValue {
  usd: string;
  /** Null for amounts already in USD. */
  rate: AppliedRateDto | null;
}

@Injectable()
export class ExchangeRatesService {
  constructor(
    private readonly rates: ExchangeRatesRepository,
    private readonly changes: ChangeFeed,
    private readonly transactions: Transactions,
  ) {}

  async list(agencyId: string, filter: ListExchangeRatesDto): Promise<Page<ExchangeRateDto>> {
    return toPage(await this.rates.list(agencyId, filter), filter.limit, (rate) => ExchangeRateDto.from(rate));
  }

  async get(agencyId: string, id: string): Promise<ExchangeRateDto> {
    const rate = await this.rates.findById(agencyId, id);
    if (!rate) throw new NotFoundProblem('Exchange rate', id);
    return ExchangeRateDto.from(rate);
  }

  async create(agencyId: string, userId: string, input: CreateExchangeRateDto): Promise<ExchangeRateDto> {
    try {
      return await this.transactions.run(async () => {
        const rate = await this.rates.insert({
          agencyId,
          currency: input.currency,
          rateDate: input.date,
          unitsPerUsd: input.unitsPerUsd,
          createdBy: userId,
        });
        await this.changes.append(rateChange(agencyId, rate.id, 'created'));
        return ExchangeRateDto.from(rate);
      });
    } catch (error) {
      if (isUniqueViolation(error, 'exchange_rates_agency_id_currency_rate_date_key')) {
        throw new ConflictProblem(`A ${input.currency} rate dated ${input.date} already exists; delete it first to replace it`);
      }
      throw error;
    }
  }

  /**
   * Records keep the rate they used, so deleting a rate changes no stored value. A fair's home-currency
   * figures use the rate in force on its first day: the outcomes' stale-mark trigger finds the fairs
   * whose pinned rate an entered or deleted rate changes.
   */
  async remove(agencyId: string, id: string): Promise<void> {
    await this.transactions.run(async () => {
      if (!(await this.rates.delete(agencyId, id))) throw new NotFoundProblem('Exchange rate', id);
      await this.changes.append(rateChange(agencyId, id, 'deleted'));
    });
  }

  /**
   * The USD value of an amount on a date, with the latest rate dated on or before it, rounded half
   * away from zero to the cent. No such rate: a 422 naming the currency and the date.
   */
  async toUsd(agencyId: string, amount: string, currency: string, date: string, field: string): Promise<UsdValue> {
    const rate = currency === 'USD' ? null : await this.rates.findEffective(agencyId, currency, date);
    const value = usdValueAt(amount, currency, rate);
    if (value === 'missing-rate') {
      throw new ProblemException({
        status: HttpStatus.UNPROCESSABLE_ENTITY,
        type: 'missing-exchange-rate',
        title: 'No exchange rate',
        detail: `No ${currency} exchange rate dated on or before ${date}; add one at /v1/exchange-rates`,
        errors: [{ field: `${field}.currency`, message: `no ${currency} rate dated on or before ${date}` }],
        extensions: { currency, date },
      });
    }
    if (value === 'too-large') {
      throw new ProblemException({
        status: HttpStatus.UNPROCESSABLE_ENTITY,
        type: 'amount-too-large',
        title: 'Amount too large',
        detail: `${field}.amount is worth more than 10^16 USD`,
        errors: [{ field: `${field}.amount`, message: 'is worth more than 10^16 USD' }],
      });
    }
    return value;
  }
}

/** Rates belong to no fair, and are never edited (no version): entered, or deleted. */
const rateChange = (agencyId: string, id: string, action: 'created' | 'deleted'): RecordChange => ({
  agencyId, fairId: null, recordType: 'exchange_rate', recordId: id, version: null, action, changedFields: [],
});
