import { describe, expect, it } from 'vitest';
import { currencyDigits, formatFixed, formatMoney, formatShare, localDateIn, sumDecimals } from './format';

describe('format', () => {
  it('writes USD with cents and KRW without decimals, in each locale', () => {
    expect(formatMoney('10450000.00', 'USD', 'en-US')).toBe('$10,450,000.00');
    expect(formatMoney('1360000', 'KRW', 'ko-KR')).toBe('₩1,360,000');
    expect(formatMoney('1360000.00', 'KRW', 'en-US')).toBe('₩1,360,000');
    expect(currencyDigits('USD')).toBe(2);
    expect(currencyDigits('KRW')).toBe(0);
  });

  it('formats a decimal string exactly, beyond what a double holds', () => {
    expect(formatMoney('90071992547409.93', 'USD', 'en-US')).toBe('$90,071,992,547,409.93');
  });

  it('writes shares as percentages and averages with their decimals, from the exact strings', () => {
    expect(formatShare('0.6667', 'en-US')).toBe('66.7%');
    expect(formatShare('1.0000', 'en-US')).toBe('100%');
    expect(formatShare('0.1429', 'ko-KR')).toBe('14.3%');
    expect(formatFixed('4.00', 2, 'en-US')).toBe('4.00');
    expect(formatFixed('3.5', 2, 'ko-KR')).toBe('3.50');
  });

  it('sums decimal strings exactly (0.1 + 0.2 is 0.30, not 0.30000000000000004)', () => {
    expect(sumDecimals(['0.10', '0.20'])).toBe('0.30');
    expect(sumDecimals(['90071992547409.91', '0.02', null, undefined])).toBe('90071992547409.93');
    expect(sumDecimals([])).toBe('0.00');
  });

  it("reads the date an instant falls on in the fair's time zone", () => {
    const instant = new Date('2017-05-14T20:30:00Z');
    expect(localDateIn(instant, 'Asia/Shanghai')).toBe('2017-05-15');
    expect(localDateIn(instant, 'UTC')).toBe('2017-05-14');
  });
});

describe('fair-local dates', () => {
  it('puts noon of a fair-local date at the right instant', async () => {
    const { zonedNoonToIso, addDays } = await import('./format');
    expect(zonedNoonToIso('2017-05-15', 'Asia/Shanghai')).toBe('2017-05-15T04:00:00.000Z');
    expect(zonedNoonToIso('2017-01-30', 'Asia/Dubai')).toBe('2017-01-30T08:00:00.000Z');
    expect(zonedNoonToIso('2017-07-01', 'America/New_York')).toBe('2017-07-01T16:00:00.000Z');
    expect(addDays('2017-02-28', 1)).toBe('2017-03-01');
  });
});
