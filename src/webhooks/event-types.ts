import type { ApiKeyScope } from '../tenancy/scopes.js';
import type { RecordType } from '../changes/change-event.js';

/**
 * The scope a partner key needs to read each kind of record, and so the scope a webhook endpoint
 * needs to hear of its changes. Exchange rates and meetings are not open to keys at all, so no
 * endpoint can subscribe to them.
 */
export const READ_SCOPE: Partial<Record<RecordType, ApiKeyScope>> = {
  fair: 'fairs:read',
  participation: 'fairs:read',
  company: 'companies:read',
  buyer: 'buyers:read',
  consultation: 'consultations:read',
  contract: 'contracts:read',
  // Shipments are read with the contracts they belong to (README "Shipments").
  shipment: 'contracts:read',
  outcome: 'outcomes:read',
  followup: 'followups:read',
};

const WRITE_ACTIONS = ['created', 'updated', 'deleted'] as const;

/** Every event type an endpoint may name, and `<recordType>.*` for all of one record's events. */
export const WEBHOOK_EVENT_TYPES: readonly string[] = [
  ...(['fair', 'participation', 'company', 'buyer', 'consultation', 'contract'] as const).flatMap((record) =>
    WRITE_ACTIONS.map((action) => `${record}.${action}`),
  ),
  'contract.signed',
  'shipment.recorded',
  'shipment.updated',
  'shipment.deleted',
  'outcome.updated',
  'followup.round_opened',
  'followup.response_received',
];

export const WEBHOOK_EVENT_PATTERNS: readonly string[] = [
  ...WEBHOOK_EVENT_TYPES,
  ...Object.keys(READ_SCOPE).map((record) => `${record}.*`),
];

/** What a delivery's `type` is for the "send test event" action; never a record's event. */
export const TEST_EVENT_TYPE = 'webhook.test';

/** The record type an event type or pattern is about (`consultation.*` → consultation). */
export const recordTypeOf = (pattern: string): RecordType => pattern.slice(0, pattern.indexOf('.')) as RecordType;

/** `consultation.*`: the pattern that matches every event of the record type. */
export const wildcardOf = (recordType: string): string => `${recordType}.*`;

/** The patterns whose record the scopes cannot read, each with the scope it needs. */
export function unreadablePatterns(patterns: readonly string[], scopes: readonly ApiKeyScope[]): { pattern: string; scope: ApiKeyScope }[] {
  return patterns.flatMap((pattern) => {
    const scope = READ_SCOPE[recordTypeOf(pattern)];
    return scope && !scopes.includes(scope) ? [{ pattern, scope }] : [];
  });
}
