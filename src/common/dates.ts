import { registerDecorator, type ValidationArguments, type ValidationOptions } from 'class-validator';

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A real calendar date written YYYY-MM-DD (2017-02-30 is not one). */
export function isCalendarDate(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const match = DATE.exec(value);
  if (!match || Number(match[1]) < 1) return false; // there is no year 0
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

export function IsCalendarDate(options?: ValidationOptions): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'isCalendarDate',
      target: target.constructor,
      propertyName: propertyName as string,
      options,
      validator: {
        validate: isCalendarDate,
        defaultMessage: (args) => `${args?.property} must be a calendar date written YYYY-MM-DD`,
      },
    });
}

// Building an Intl formatter costs far more than using one: one per time zone, kept.
const formatters = new Map<string, Intl.DateTimeFormat>();

/** The calendar date of an instant in an IANA time zone. */
export function localDate(instant: Date, timeZone: string): string {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    formatters.set(timeZone, formatter);
  }
  return formatter.format(instant);
}

export function addDays(date: string, days: number): string {
  const value = new Date(`${date}T00:00:00Z`);
  value.setUTCDate(value.getUTCDate() + days);
  return value.toISOString().slice(0, 10);
}

/**
 * The date is on or after the date in `other` of the same object. Judged only when both are calendar
 * dates: a missing or malformed one gets its own error.
 */
export function IsOnOrAfter(other: string, options?: ValidationOptions): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'isOnOrAfter',
      target: target.constructor,
      propertyName: propertyName as string,
      constraints: [other],
      options,
      validator: {
        validate: (value: unknown, args?: ValidationArguments) => {
          const start = (args?.object as Record<string, unknown> | undefined)?.[other];
          return !isCalendarDate(value) || !isCalendarDate(start) || value >= start;
        },
        defaultMessage: (args?: ValidationArguments) => `${args?.property ?? 'value'} must be on or after ${other}`,
      },
    });
}

/**
 * The ISO 8601 date-times the API takes: the extended calendar form with a zone, as RFC 3339 profiles
 * it — `2017-05-16T03:00:00Z`, `2017-05-16T12:00:00+09:00`, `2017-05-16T03:00Z`, with up to nine
 * fraction digits (kept to the millisecond). Basic (`20170516T030000Z`), week (`2017-W20-2`) and
 * ordinal (`2017-136`) forms, and times without a zone (whose instant depends on the server), are
 * refused: ISO 8601 allows them, but `Date` cannot read them and a time without a zone is ambiguous.
 */
const DATE_TIME = /^(\d{4}-\d{2}-\d{2})T([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d{1,9})?)?(Z|[+-]([01]\d|2[0-3]):[0-5]\d)$/;

export function isIsoDateTime(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const match = DATE_TIME.exec(value);
  return match !== null && isCalendarDate(match[1]) && !Number.isNaN(Date.parse(value));
}

const dateDecorator = (name: string, validate: (value: unknown) => boolean, message: (property: string) => string) =>
  (options?: ValidationOptions): PropertyDecorator =>
    (target, propertyName) =>
      registerDecorator({
        name,
        target: target.constructor,
        propertyName: propertyName as string,
        options,
        validator: { validate, defaultMessage: (args) => message(args?.property ?? 'value') },
      });

/** An instant: see `isIsoDateTime` for the forms taken. */
export const IsIsoDateTime = dateDecorator(
  'isIsoDateTime',
  isIsoDateTime,
  (property) => `${property} must be an ISO 8601 date-time with a zone, e.g. 2017-05-16T03:00:00Z or 2017-05-16T12:00:00+09:00`,
);

/** A filter bound: a calendar date (YYYY-MM-DD) or an instant. */
export const IsDateOrDateTime = dateDecorator(
  'isDateOrDateTime',
  (value) => isCalendarDate(value) || isIsoDateTime(value),
  (property) => `${property} must be a date (YYYY-MM-DD) or an ISO 8601 date-time with a zone, e.g. 2017-05-16T03:00:00Z`,
);
