import { ApiProperty } from '@nestjs/swagger';
import { IsISO4217CurrencyCode, registerDecorator, type ValidationOptions } from 'class-validator';
import { UpperCase } from './dto-fields.js';

/** numeric(18,2): at most 16 digits before the point. */
const MAX_INTEGER_DIGITS = 16;
const AMOUNT = /^\d+(\.\d{1,2})?$/;

/** Why an amount is not acceptable, or null if it is: a JSON number, sign, scale and size each get their own words. */
export function amountProblem(value: unknown, property = 'amount'): string | null {
  if (typeof value === 'number') return `${property} must be a decimal string such as "125000.00", not a JSON number`;
  if (typeof value !== 'string') return `${property} must be a decimal string such as "125000.00"`;
  if (/^-/.test(value.trim())) return `${property} must not be negative`;
  if (/^\d+\.\d{3,}$/.test(value)) return `${property} must have at most 2 decimal places`;
  if (!AMOUNT.test(value)) return `${property} must be a decimal string such as "125000.00"`;
  if (value.split('.')[0].replace(/^0+(?=\d)/, '').length > MAX_INTEGER_DIGITS) {
    return `${property} must be less than 10^16`;
  }
  return null;
}

export function IsMoneyAmount(options?: ValidationOptions): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'isMoneyAmount',
      target: target.constructor,
      propertyName: propertyName as string,
      options,
      validator: {
        validate: (value: unknown) => amountProblem(value) === null,
        defaultMessage: (args) => amountProblem(args?.value, args?.property) ?? 'invalid amount',
      },
    });
}

export class MoneyDto {
  @ApiProperty({ example: '125000.00', description: 'Decimal string, at most 2 decimals, not negative' })
  @IsMoneyAmount()
  amount: string;

  @ApiProperty({ example: 'USD', description: 'ISO 4217 currency code' })
  @UpperCase()
  @IsISO4217CurrencyCode({ message: 'currency must be an ISO 4217 code such as USD or KRW' })
  currency: string;
}

/** Money as the API returns it: the amount always with two decimals. */
export class MoneyView {
  @ApiProperty({ example: '125000.00' })
  amount: string;

  @ApiProperty({ example: 'USD' })
  currency: string;
}

export const money = (amount: string, currency: string): MoneyView => ({ amount: formatAmount(amount), currency: currency.trim() });

export const moneyOrNull = (amount: string | null, currency: string | null): MoneyView | null =>
  amount === null || currency === null ? null : money(amount, currency);

/** "12.5" → "12.50"; "007" → "7.00". Works on the string: no float ever sees the value. */
export function formatAmount(amount: string): string {
  const [integer, fraction = ''] = amount.split('.');
  return `${integer.replace(/^0+(?=\d)/, '')}.${(fraction + '00').slice(0, 2)}`;
}

/** A decimal string as an integer count of 10^-scale units ("1360.5", 6 → 1360500000n). */
export function toScaledInteger(value: string, scale: number): bigint {
  const [integer, fraction = ''] = value.split('.');
  if (fraction.length > scale) throw new Error(`${value} has more than ${scale} decimals`);
  return BigInt(integer + fraction.padEnd(scale, '0'));
}

export function fromScaledInteger(value: bigint, scale: number): string {
  const digits = value.toString().padStart(scale + 1, '0');
  return `${digits.slice(0, -scale)}.${digits.slice(-scale)}`;
}

export const RATE_SCALE = 6;

/** A rate as the API shows it: always six decimals ("1360" → "1360.000000"), as stored. */
export const formatRate = (rate: string): string => fromScaledInteger(toScaledInteger(rate, RATE_SCALE), RATE_SCALE);

/**
 * amount ÷ unitsPerUsd, rounded half away from zero to the cent, exactly (BigInt, no floats):
 * cents = amount·100 / rate = (amountCents · 10^6) / rateMicros.
 */
export function convertToUsd(amount: string, unitsPerUsd: string): string {
  const numerator = toScaledInteger(amount, 2) * 10n ** BigInt(RATE_SCALE);
  const denominator = toScaledInteger(unitsPerUsd, RATE_SCALE);
  if (denominator <= 0n) throw new Error('unitsPerUsd must be positive');
  const quotient = numerator / denominator;
  const remainder = numerator % denominator;
  const cents = remainder * 2n >= denominator ? quotient + 1n : quotient;
  return fromScaledInteger(cents, 2);
}

/**
 * The one place an amount becomes a floating-point number: a spreadsheet's number cell, because Excel
 * has no decimal type. The double is used only if it prints back as exactly `decimal` at the
 * decimal's own scale (so the cell shows the API's figure to the cent); otherwise null, and the caller
 * writes the decimal string as text rather than a wrong number. Never used for arithmetic.
 */
export function exactSpreadsheetNumber(decimal: string): number | null {
  const number = Number(decimal);
  return Number.isFinite(number) && number.toFixed(decimal.split('.')[1]?.length ?? 0) === decimal ? number : null;
}

/** Why an amount has no USD value: no rate dated on or before the day, or a value beyond numeric(18,2). */
export type UsdValueFailure = 'missing-rate' | 'too-large';

/**
 * The USD value of `amount` in `currency` at `rate` (the latest rate dated on or before the day, or
 * null/undefined if there is none): USD amounts as they are (no rate), others through `convertToUsd`,
 * refused past MAX_INTEGER_DIGITS before the point. The caller turns a failure into its own words.
 */
export function usdValueAt(
  amount: string,
  currency: string,
  rate: { unitsPerUsd: string; date: string } | null | undefined,
): { usd: string; rate: { unitsPerUsd: string; date: string } | null } | UsdValueFailure {
  if (currency === 'USD') return { usd: formatAmount(amount), rate: null };
  if (!rate) return 'missing-rate';
  const usd = convertToUsd(amount, rate.unitsPerUsd);
  if (usd.split('.')[0].length > MAX_INTEGER_DIGITS) return 'too-large';
  return { usd, rate: { unitsPerUsd: rate.unitsPerUsd, date: rate.date } };
}
