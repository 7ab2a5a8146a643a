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
