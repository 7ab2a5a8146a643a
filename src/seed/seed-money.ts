import { convertToUsd, fromScaledInteger, RATE_SCALE, toScaledInteger } from '../common/money.js';
import type { Random } from './random.js';

export const toCents = (amount: string): bigint => toScaledInteger(amount, 2);
export const toAmount = (cents: bigint): string => fromScaledInteger(cents, 2);

/**
 * `total` cents as `parts` positive multiples of `grain` that add up to it exactly. The random weights
 * are integers and the arithmetic BigInt: no float ever holds money. Cubing the draw skews the split
 * the way deal sizes are skewed (many small, a few large, at most 10:1).
 */
export function splitCents(total: bigint, parts: number, random: Random, grain = 1n): bigint[] {
  if (!Number.isInteger(parts) || parts < 1) throw new Error(`cannot split into ${parts} parts`);
  if (grain < 1n || total % grain !== 0n) throw new Error(`${total} cents is not a multiple of ${grain}`);
  const units = total / grain;
  if (units < BigInt(parts)) throw new Error(`${total} cents cannot make ${parts} positive multiples of ${grain}`);
  const weights = Array.from({ length: parts }, () => BigInt(1000 + Math.floor(random.next() ** 3 * 9000)));
  const weightSum = weights.reduce((sum, weight) => sum + weight, 0n);
  const spare = units - BigInt(parts);
  const shares = weights.map((weight) => 1n + (spare * weight) / weightSum);
  // Flooring left fewer than `parts` units over; one each to the first few.
  let left = units - shares.reduce((sum, share) => sum + share, 0n);
  for (let index = 0; left > 0n; index++, left--) shares[index] += 1n;
  return shares.map((share) => share * grain);
}

export interface Rate {
  currency: string;
  rateDate: string;
  unitsPerUsd: string;
}

/** The agency's rates, answering as the API does: the latest rate dated on or before a date. */
export class RateBook {
  constructor(private readonly rates: readonly Rate[]) {}

  effective(currency: string, date: string): Rate | undefined {
    let best: Rate | undefined;
    for (const rate of this.rates) {
      if (rate.currency === currency && rate.rateDate <= date && (!best || rate.rateDate > best.rateDate)) best = rate;
    }
    return best;
  }
}

/** A record's money as the API stores it: the amount entered, its USD value and the rate that was used. */
export interface Valuation {
  amount: string;
  currency: string;
  usd: string;
  rateUnitsPerUsd: string | null;
  rateDate: string | null;
}

/**
 * `usdCents` entered in `currency` on `date`: the amount is usd × rate (rounded to the cent), kept only
 * if converting it back the API's way gives exactly `usdCents`; otherwise, or without a rate, it is
 * entered in USD. Either way the USD value, and so every total, is exactly the one planned.
 */
export function valueIn(usdCents: bigint, currency: string, date: string, rates: RateBook): Valuation {
  const usd = toAmount(usdCents);
  const inUsd: Valuation = { amount: usd, currency: 'USD', usd, rateUnitsPerUsd: null, rateDate: null };
  const rate = currency === 'USD' ? undefined : rates.effective(currency, date);
  if (!rate) return inUsd;
  const unit = 10n ** BigInt(RATE_SCALE);
  const amount = toAmount((usdCents * toScaledInteger(rate.unitsPerUsd, RATE_SCALE) + unit / 2n) / unit);
  if (convertToUsd(amount, rate.unitsPerUsd) !== usd) return inUsd;
  return { amount, currency, usd, rateUnitsPerUsd: rate.unitsPerUsd, rateDate: rate.rateDate };
}
