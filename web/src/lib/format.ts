import Big from 'big.js';

/**
 * The one place money, numbers and dates become text. Amounts stay decimal strings up to here: Intl
 * formats a numeric string exactly (no float in between), each currency with its own minor digits
 * (USD with cents, KRW with none). Dates show in the fair's time zone, not the browser's.
 */
export function formatMoney(amount: string, currency: string, locale: string): string {
  return new Intl.NumberFormat(locale, { style: 'currency', currency }).format(amount as Intl.StringNumericLiteral);
}

export function formatNumber(value: number | string, locale: string): string {
  return new Intl.NumberFormat(locale).format(value as Intl.StringNumericLiteral);
}

/** A share the API gives as a decimal string ("0.6667") as a percentage with at most one decimal ("66.7%"), without a float in between. */
export function formatShare(share: string, locale: string): string {
  return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }).format(share as Intl.StringNumericLiteral);
}

/** A decimal string with exactly `digits` decimals ("4.00", not "4"): averages the API rounds for us. */
export function formatFixed(value: string, digits: number, locale: string): string {
  return new Intl.NumberFormat(locale, { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(value as Intl.StringNumericLiteral);
}

export function formatDate(iso: string, timeZone: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone }).format(new Date(iso));
}

export function formatDateTime(iso: string, timeZone: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone }).format(new Date(iso));
}

export function formatTime(iso: string, timeZone: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { timeStyle: 'short', timeZone }).format(new Date(iso));
}

/** How long ago an instant was, in the largest whole unit ("2 seconds ago", "3분 전"); the future reads as now. */
export function formatAgo(iso: string, now: number, locale: string): string {
  const seconds = Math.max(0, Math.round((now - Date.parse(iso)) / 1000));
  const format = new Intl.RelativeTimeFormat(locale, { numeric: 'always' });
  if (seconds < 60) return format.format(-seconds, 'second');
  if (seconds < 3600) return format.format(-Math.floor(seconds / 60), 'minute');
  if (seconds < 86_400) return format.format(-Math.floor(seconds / 3600), 'hour');
  return format.format(-Math.floor(seconds / 86_400), 'day');
}

/** A calendar date (YYYY-MM-DD, already local to the fair) as text, without shifting it through a time zone. */
export function formatLocalDate(date: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(`${date}T00:00:00Z`));
}

/** The minor digits a currency is written with (USD 2, KRW 0, JPY 0, BHD 3). */
export function currencyDigits(currency: string): number {
  return new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
}

/** Exact sum of decimal strings (money from the API), as a string with `digits` decimals. */
export function sumDecimals(values: readonly (string | null | undefined)[], digits = 2): string {
  return values.reduce((total, value) => (value ? total.plus(value) : total), new Big(0)).toFixed(digits);
}

/** The date (YYYY-MM-DD) an instant falls on in a time zone. */
export function localDateIn(instant: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(instant);
}

/** Noon of a fair-local date as an ISO instant: the time a consultation logged after the fair is given. */
export function zonedNoonToIso(date: string, timeZone: string): string {
  const guess = Date.parse(`${date}T12:00:00Z`);
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-US', { timeZone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit' })
      .formatToParts(new Date(guess))
      .map((p) => [p.type, p.value]),
  );
  const asUtc = Date.UTC(Number(parts.year), Number(parts.month) - 1, Number(parts.day), Number(parts.hour), Number(parts.minute), Number(parts.second));
  return new Date(guess - (asUtc - guess)).toISOString();
}

/** Adds days to a YYYY-MM-DD date. */
export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}
