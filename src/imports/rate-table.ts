import { usdValueAt } from '../common/money.js';
import type { Rate } from './import-records.repository.js';

export type Valuation = { usd: string; rate: { unitsPerUsd: string; date: string } | null } | { problem: string };

/**
 * The agency's exchange rates, read once per import, answering as ExchangeRatesService.toUsd does:
 * the latest rate dated on or before the day, `convertToUsd` (half away from zero to the cent).
 */
export class RateTable {
  private readonly byCurrency = new Map<string, Rate[]>();

  constructor(rates: readonly Rate[]) {
    // Already in date order within each currency: ImportRecordsRepository.ratesOf sorts by currency, rate_date.
    for (const rate of rates) {
      const list = this.byCurrency.get(rate.currency);
      if (list) list.push(rate);
      else this.byCurrency.set(rate.currency, [rate]);
    }
  }

  value(amount: string, currency: string, date: string): Valuation {
    const value = usdValueAt(amount, currency, currency === 'USD' ? undefined : this.effective(currency, date));
    if (value === 'missing-rate') return { problem: `no ${currency} rate dated on or before ${date}; add one at /v1/exchange-rates` };
    if (value === 'too-large') return { problem: 'is worth more than 10^16 USD' };
    return value;
  }

  private effective(currency: string, date: string): Rate | undefined {
    const list = this.byCurrency.get(currency) ?? [];
    let low = 0;
    let high = list.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (list[middle].date <= date) low = middle + 1;
      else high = middle;
    }
    return low === 0 ? undefined : list[low - 1];
  }
}
