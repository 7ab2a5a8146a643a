import { convertToUsd, formatAmount } from '../common/money.js';
import type { Rate } from './import-records.repository.js';

const MAX_USD_INTEGER_DIGITS = 16;

export type Valuation = { usd: string; rate: { unitsPerUsd: string; date: string } | null } | { problem: string };

/**
 * The agency's exchange rates, read once per import, answering as ExchangeRatesService.toUsd does:
 * the latest rate dated on or before the day, `convertToUsd` (half away from zero to the cent).
 */
export class RateTable {
  private readonly byCurrency = new Map<string, Rate[]>();

  constructor(rates: readonly Rate[]) {
    for (const rate of rates) this.byCurrency.set(rate.currency, [...(this.byCurrency.get(rate.currency) ?? []), rate]);
    for (const list of this.byCurrency.values()) list.sort((a, b) => (a.date < b.date ? -1 : 1));
  }

  value(amount: string, currency: string, date: string): Valuation {
    if (currency === 'USD') return { usd: formatAmount(amount), rate: null };
    const rate = this.effective(currency, date);
    if (!rate) return { problem: `no ${currency} rate dated on or before ${date}; add one at /v1/exchange-rates` };
    const usd = convertToUsd(amount, rate.unitsPerUsd);
    if (usd.split('.')[0].length > MAX_USD_INTEGER_DIGITS) return { problem: 'is worth more than 10^16 USD' };
    return { usd, rate: { unitsPerUsd: rate.unitsPerUsd, date: rate.date } };
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
