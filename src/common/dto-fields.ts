import { Transform } from 'class-transformer';

/** Trims surrounding whitespace of strings; other values pass through for the validators to judge. */
export const Trim = (): PropertyDecorator =>
  Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value));

const upper = (value: unknown): unknown => (typeof value === 'string' ? value.trim().toUpperCase() : value);

/** Upper-cases codes (country, currency, certification), also inside arrays, so "kr" and "KR" are one. */
export const UpperCase = (): PropertyDecorator =>
  Transform(({ value }: { value: unknown }) => (Array.isArray(value) ? value.map(upper) : upper(value)));

const lower = (value: unknown): unknown => (typeof value === 'string' ? value.trim().toLowerCase() : value);

export const LowerCase = (): PropertyDecorator =>
  Transform(({ value }: { value: unknown }) => (Array.isArray(value) ? value.map(lower) : lower(value)));

const DECIMAL_INTEGER = /^-?\d{1,16}$/;

/**
 * Integer query parameters: only a decimal integer (`16`, `-1`) becomes a number; anything else
 * (`0x10`, `1e3`, ` 16`, `16.0`, an empty or repeated parameter) stays as sent, and `@IsInt()` then
 * names the field. `Number()` alone would read `0x10` as 16 and `''` as 0.
 */
export const QueryInt = (): PropertyDecorator =>
  Transform(({ value }: { value: unknown }) => (typeof value === 'string' && DECIMAL_INTEGER.test(value) ? Number(value) : value));
