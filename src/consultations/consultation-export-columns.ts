import type { Column } from '../common/spreadsheets.js';
import type { ConsultationDto } from './dto/consultation.dto.js';

export interface Party {
  companyName: string;
  registrationNumber: string | null;
  buyerOrganisation: string | null;
  buyerContact: string | null;
  buyerEmail: string | null;
  buyerPhone: string | null;
  /** The fair's IANA time zone: times are written as the venue's clock with its offset. */
  fairTimezone: string;
}

export type ExportRow = ConsultationDto & Party;

const clocks = new Map<string, Intl.DateTimeFormat>();

/** An instant as the venue's clock with its UTC offset, e.g. 2017-05-16T10:00:00+08:00 (the import reads it back exactly). */
export function atVenue(instant: string, timeZone: string): string {
  let clock = clocks.get(timeZone);
  if (!clock) {
    clock = new Intl.DateTimeFormat('en-CA', {
      timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23', timeZoneName: 'longOffset',
    });
    clocks.set(timeZone, clock);
  }
  const date = new Date(instant);
  const parts = Object.fromEntries(clock.formatToParts(date).map((part) => [part.type, part.value]));
  const millis = date.getUTCMilliseconds();
  const offset = (parts.timeZoneName ?? 'GMT').replace('GMT', '') || '+00:00';
  return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}:${parts.second}${millis ? `.${String(millis).padStart(3, '0')}` : ''}${offset}`;
}

/**
 * The consultation export's columns. Every header is one the import knows (a unit test holds them to
 * it), so an export re-imported elsewhere keeps its amounts, currencies and parties.
 */
export const consultationExportColumns = (personal: boolean): Column<ExportRow>[] => [
  { header: 'id', kind: 'text', value: (row) => row.id },
  { header: 'fairId', kind: 'text', value: (row) => row.fairId },
  { header: 'company', kind: 'text', value: (row) => row.companyName },
  { header: 'registrationNumber', kind: 'text', value: (row) => row.registrationNumber },
  { header: 'buyerOrganisation', kind: 'text', value: (row) => row.buyerOrganisation },
  ...(personal
    ? ([
        { header: 'buyerContact', kind: 'text', value: (row) => row.buyerContact },
        { header: 'buyerEmail', kind: 'text', value: (row) => row.buyerEmail },
        { header: 'buyerPhone', kind: 'text', value: (row) => row.buyerPhone },
      ] satisfies Column<ExportRow>[])
    : []),
  { header: 'country', kind: 'text', value: (row) => row.buyerCountry },
  { header: 'occurredAt', kind: 'text', value: (row) => atVenue(row.occurredAt, row.fairTimezone) },
  { header: 'localDate', kind: 'date', value: (row) => row.localDate },
  { header: 'type', kind: 'text', value: (row) => row.type },
  { header: 'stage', kind: 'text', value: (row) => row.stage },
  { header: 'productInterest', kind: 'text', value: (row) => row.productInterest },
  { header: 'quantity', kind: 'count', value: (row) => row.quantity },
  { header: 'estimatedAmount', kind: 'money', value: (row) => row.estimatedValue?.amount ?? null },
  { header: 'estimatedCurrency', kind: 'text', value: (row) => row.estimatedValue?.currency ?? null },
  { header: 'estimatedValueUsd', kind: 'money', value: (row) => row.estimatedValueUsd },
  { header: 'rateUnitsPerUsd', kind: 'rate', value: (row) => row.exchangeRate?.unitsPerUsd ?? null },
  { header: 'notes', kind: 'text', value: (row) => row.notes },
  { header: 'rating', kind: 'text', value: (row) => row.rating },
  { header: 'nextStep', kind: 'text', value: (row) => row.nextStep },
  { header: 'followUpDue', kind: 'date', value: (row) => row.followUpDue },
];
