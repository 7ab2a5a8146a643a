import fc from 'fast-check';
import { propertySeeds } from '../../test/support/property-seeds.js';
import { amountProblem, convertToUsd, exactSpreadsheetNumber, formatAmount } from './money.js';

/** Independent reference: find the cent value c minimising |amount/rate − c/100|, ties away from zero. */
function referenceUsd(amountCents: bigint, rateMicros: bigint): bigint {
  // amount/rate in cents = amountCents·10^6 / rateMicros. Compare 2·|x − c| using cross-multiplication.
  const x2 = 2n * amountCents * 1_000_000n; // 2x·rateMicros
  let best = 0n;
  const floor = (amountCents * 1_000_000n) / rateMicros;
  for (const c of [floor, floor + 1n]) {
    const distance = x2 - 2n * c * rateMicros; // 2·rateMicros·(x − c)
    const bestDistance = x2 - 2n * best * rateMicros;
    const abs = (v: bigint) => (v < 0n ? -v : v);
    if (abs(distance) < abs(bestDistance) || (abs(distance) === abs(bestDistance) && c > best)) best = c;
  }
  return best;
}

const cents = (s: string) => BigInt(s.replace('.', ''));

describe('money', () => {
  it('formats amounts to two decimals without floats', () => {
    expect(formatAmount('12.5')).toBe('12.50');
    expect(formatAmount('1000000000000000')).toBe('1000000000000000.00');
    expect(formatAmount('0.1')).toBe('0.10');
  });

  it.each([
    [125000, 'not a JSON number'],
    ['-5.00', 'must not be negative'],
    ['1.234', 'at most 2 decimal places'],
    ['12,50', 'decimal string'],
    ['1e5', 'decimal string'],
    ['99999999999999999', 'less than 10^16'],
  ])('explains why %p is not an amount', (value, message) => {
    expect(amountProblem(value)).toContain(message);
  });

  it('accepts amounts up to 10^15 and beyond, below 10^16', () => {
    expect(amountProblem('1000000000000000.00')).toBeNull();
    expect(amountProblem('9999999999999999.99')).toBeNull();
    expect(amountProblem('0')).toBeNull();
  });

  it('converts with half-away-from-zero rounding to the cent', () => {
    expect(convertToUsd('1360.00', '1360')).toBe('1.00');
    expect(convertToUsd('1.00', '3')).toBe('0.33');
    expect(convertToUsd('2.00', '3')).toBe('0.67');
    expect(convertToUsd('0.01', '2')).toBe('0.01'); // 0.005 rounds up
    expect(convertToUsd('0.03', '2')).toBe('0.02'); // 0.015 rounds up
    expect(convertToUsd('13600000.00', '1360.000000')).toBe('10000.00');
  });

  it.each(propertySeeds())('matches a BigInt reference for random amounts and rates (seed %d)', (seed) => {
    const amount = fc
      .tuple(fc.bigInt({ min: 0n, max: 10n ** 16n - 1n }), fc.integer({ min: 0, max: 99 }))
      .map(([integer, fraction]) => `${integer}.${String(fraction).padStart(2, '0')}`);
    const rate = fc
      .tuple(fc.bigInt({ min: 0n, max: 10n ** 9n }), fc.integer({ min: 0, max: 999_999 }))
      .filter(([integer, fraction]) => integer > 0n || fraction > 0)
      .map(([integer, fraction]) => `${integer}.${String(fraction).padStart(6, '0')}`);
    fc.assert(
      fc.property(amount, rate, (a, r) => {
        const expected = referenceUsd(cents(a), BigInt(r.replace('.', '')));
        expect(cents(convertToUsd(a, r))).toBe(expected);
      }),
      { numRuns: 2000, seed },
    );
  });
});

describe('exactSpreadsheetNumber', () => {
  it('gives a double only when it prints back as the same decimal, to the cent', () => {
    expect(exactSpreadsheetNumber('0.10')).toBe(0.1);
    expect(exactSpreadsheetNumber('10450000.00')).toBe(10_450_000);
    expect(exactSpreadsheetNumber('1130.000000')).toBe(1130);
    expect(exactSpreadsheetNumber('123456789012345678.99')).toBeNull();
  });

  it.each(propertySeeds())('round-trips every amount of up to 13 integer digits with cents (seed %d)', (seed) => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 10n ** 15n - 1n }), (cents) => {
        const decimal = `${cents / 100n}.${String(cents % 100n).padStart(2, '0')}`;
        const number = exactSpreadsheetNumber(decimal);
        expect(number).not.toBeNull();
        expect(number?.toFixed(2)).toBe(decimal);
      }),
      { seed },
    );
  });
});

