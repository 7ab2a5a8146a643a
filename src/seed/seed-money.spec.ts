import fc from 'fast-check';
import { propertySeeds } from '../../test/support/property-seeds.js';
import { convertToUsd } from '../common/money.js';
import { mulberry32 } from './random.js';
import { RateBook, splitCents, toAmount, valueIn } from './seed-money.js';

describe('splitCents', () => {
  it.each(propertySeeds())('splits any total into positive multiples of the grain that add up to it exactly (seed %d)', (seed) => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: 1n, max: 10n ** 12n }),
        fc.integer({ min: 1, max: 500 }),
        fc.integer(),
        fc.constantFrom(1n, 100n, 10_000n),
        (units, parts, seed, grain) => {
          fc.pre(units >= BigInt(parts));
          const shares = splitCents(units * grain, parts, mulberry32(seed), grain);
          expect(shares).toHaveLength(parts);
          expect(shares.reduce((sum, share) => sum + share, 0n)).toBe(units * grain);
          expect(shares.every((share) => share >= grain && share % grain === 0n)).toBe(true);
        },
      ),
      { seed },
    );
  });

  it('gives the same split for the same seed', () => {
    expect(splitCents(1_045_000_000n, 360, mulberry32(7))).toEqual(splitCents(1_045_000_000n, 360, mulberry32(7)));
  });

  it('refuses a total too small for the parts or not a multiple of the grain', () => {
    expect(() => splitCents(5n, 6, mulberry32(1))).toThrow('cannot make 6 positive');
    expect(() => splitCents(150n, 1, mulberry32(1), 100n)).toThrow('not a multiple');
  });
});

describe('valueIn', () => {
  const rates = new RateBook([
    { currency: 'KRW', rateDate: '2017-01-01', unitsPerUsd: '1130.000000' },
    { currency: 'KRW', rateDate: '2017-05-16', unitsPerUsd: '1125.500000' },
    { currency: 'CNY', rateDate: '2017-01-01', unitsPerUsd: '6.894500' },
  ]);

  it('uses the latest rate dated on or before the date, as the API does', () => {
    expect(valueIn(123_400n, 'KRW', '2017-05-15', rates)).toEqual({
      amount: '1394420.00',
      currency: 'KRW',
      usd: '1234.00',
      rateUnitsPerUsd: '1130.000000',
      rateDate: '2017-01-01',
    });
    expect(valueIn(123_400n, 'KRW', '2017-05-16', rates).rateUnitsPerUsd).toBe('1125.500000');
  });

  it.each(propertySeeds())('always converts back to exactly the planned USD value, even at a fractional rate (seed %d)', (seed) => {
    fc.assert(
      fc.property(fc.bigInt({ min: 1n, max: 10n ** 11n }), fc.constantFrom('KRW', 'CNY'), (cents, currency) => {
        const value = valueIn(cents, currency, '2017-03-16', rates);
        expect(convertToUsd(value.amount, value.rateUnitsPerUsd ?? '1')).toBe(value.usd);
        expect(value.usd).toBe(toAmount(cents));
      }),
      { seed },
    );
  });

  it('enters the amount in USD when the currency has no rate by then', () => {
    const inUsd = { amount: '5.00', currency: 'USD', usd: '5.00', rateUnitsPerUsd: null, rateDate: null };
    expect(valueIn(500n, 'KRW', '2016-12-31', rates)).toEqual(inUsd);
    expect(valueIn(500n, 'JPY', '2017-03-16', rates).currency).toBe('USD');
  });
});
