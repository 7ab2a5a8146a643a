import type { ChangeEvent, RecordType } from '../changes/change-event.js';
import { TEST_EVENT_TYPE } from './event-types.js';

/** Where a partner reads the record an event is about, with a key holding the scopes the event takes (event-types.ts). */
const RECORD_URL: Record<RecordType, (event: ChangeEvent) => string> = {
  fair: (event) => `/v1/fairs/${event.recordId}`,
  participation: (event) => `/v1/fairs/${event.fairId}/participants`,
  company: (event) => `/v1/companies/${event.recordId}`,
  buyer: (event) => `/v1/buyers/${event.recordId}`,
  consultation: (event) => `/v1/consultations/${event.recordId}`,
  contract: (event) => `/v1/contracts/${event.recordId}`,
  shipment: (event) => `/v1/shipments/${event.recordId}`,
  exchange_rate: (event) => `/v1/exchange-rates/${event.recordId}`,
  meeting: (event) => `/v1/fairs/${event.fairId}/meetings/${event.recordId}`,
  outcome: (event) => `/v1/fairs/${event.fairId}/outcomes`,
  // A round opening: the fair's rounds (outcomes:read). An answer: the survey results, which carry
  // each answer for readers with followups:read (an endpoint with it has outcomes:read too).
  followup: (event) => (event.type === 'followup.round_opened' ? `/v1/fairs/${event.fairId}/follow-up-rounds` : `/v1/fairs/${event.fairId}/outcomes/follow-ups`),
};

/** Fields that are personal data (absent for keys without `buyers:pii`, see BuyerDto and CompanyDto). */
const PERSONAL_FIELDS: Partial<Record<RecordType, readonly string[]>> = {
  buyer: ['contactName', 'email', 'phone'],
  company: ['contactName', 'contactEmail', 'contactPhone'],
};

/**
 * The body of an event's deliveries, built once and stored, so every attempt sends the same bytes.
 * Thin: what happened and where to read it, never the record's fields (so never personal data);
 * only `outcome.updated` carries figures, the fair's new totals. Without `personalData` (an endpoint
 * without `buyers:pii`), even the names of changed personal fields are left out, as a key without
 * the scope does not see those fields.
 */
export function eventPayload(event: ChangeEvent, personalData: boolean): string {
  const hidden = personalData ? [] : (PERSONAL_FIELDS[event.recordType] ?? []);
  return JSON.stringify({
    type: event.type,
    timestamp: event.occurredAt.toISOString(),
    data: {
      eventId: event.id,
      recordType: event.recordType,
      recordId: event.recordId,
      fairId: event.fairId,
      version: event.version,
      changedFields: event.changedFields.filter((field) => !hidden.includes(field)),
      url: RECORD_URL[event.recordType](event),
      ...(event.type === 'outcome.updated' && event.data ? { totals: event.data } : {}),
    },
  });
}

/** The "send test event" body: it names the endpoint and nothing else. */
export function testPayload(eventId: string, endpointId: string, at: Date): string {
  return JSON.stringify({ type: TEST_EVENT_TYPE, timestamp: at.toISOString(), data: { eventId, endpointId } });
}
