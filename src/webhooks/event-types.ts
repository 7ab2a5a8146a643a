import type { ApiKeyScope } from '../tenancy/scopes.js';
import type { RecordType } from '../changes/change-event.js';

/**
 * The scope a partner key needs to read each kind of record, and so the scope a webhook endpoint
 * needs to hear of its changes. Exchange rates and meetings are not open to keys at all, so no
 * endpoint can subscribe to them.
 */
const RECORD_SCOPE: Partial<Record<RecordType, ApiKeyScope>> = {
  fair: 'fairs:read',
  participation: 'fairs:read',
  company: 'companies:read',
  buyer: 'buyers:read',
  consultation: 'consultations:read',
  contract: 'contracts:read',
  // Shipments are read with the contracts they belong to (README "Shipments").
  shipment: 'contracts:read',
  outcome: 'outcomes:read',
  // A fair's follow-up rounds and their aggregates are read with outcomes:read (README "Follow-up rounds").
  followup: 'outcomes:read',
};

/**
 * Events that take more than their record's scope. One company's answer to a round is read one by
 * one only with `followups:read` (issue 15: without it, the aggregates only).
 */
const EVENT_SCOPE: Partial<Record<string, ApiKeyScope>> = {
  'followup.response_received': 'followups:read',
};

/**
 * Scopes an endpoint may carry only beside another: `followups:read` adds companies' answers to the
 * survey results `outcomes:read` reads, so alone it reads nothing, not even the link of its events.
 */
const SCOPE_NEEDS: Partial<Record<ApiKeyScope, ApiKeyScope>> = {
  'followups:read': 'outcomes:read',
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
  ...Object.keys(RECORD_SCOPE).map((record) => `${record}.*`),
];

/** What a delivery's `type` is for the "send test event" action; never a record's event. */
export const TEST_EVENT_TYPE = 'webhook.test';

/** The record type an event type or pattern is about (`consultation.*` → consultation). */
export const recordTypeOf = (pattern: string): RecordType => pattern.slice(0, pattern.indexOf('.')) as RecordType;

/** `consultation.*`: the pattern that matches every event of the record type. */
export const wildcardOf = (recordType: string): string => `${recordType}.*`;

/** The scope reading an event takes; undefined for the records closed to keys. */
export const readScopeOf = (type: string): ApiKeyScope | undefined => EVENT_SCOPE[type] ?? RECORD_SCOPE[recordTypeOf(type)];

/** The scopes hearing of a pattern takes: a wildcard, those of every event of its record. */
function scopesOf(pattern: string): ApiKeyScope[] {
  const types = pattern === wildcardOf(recordTypeOf(pattern)) ? [pattern, ...WEBHOOK_EVENT_TYPES.filter((type) => recordTypeOf(type) === recordTypeOf(pattern))] : [pattern];
  return [...new Set(types.map(readScopeOf).filter((scope) => scope !== undefined))];
}

/** The patterns whose events the scopes cannot read, each with a scope it needs (a wildcard may need several). */
export function unreadablePatterns(patterns: readonly string[], scopes: readonly ApiKeyScope[]): { pattern: string; scope: ApiKeyScope }[] {
  return patterns.flatMap((pattern) => scopesOf(pattern).flatMap((scope) => (scopes.includes(scope) ? [] : [{ pattern, scope }])));
}

/** The scopes carried without the scope they need beside them (SCOPE_NEEDS). */
export function scopesMissingTheirBase(scopes: readonly ApiKeyScope[]): { scope: ApiKeyScope; needs: ApiKeyScope }[] {
  return scopes.flatMap((scope) => {
    const needs = SCOPE_NEEDS[scope];
    return needs && !scopes.includes(needs) ? [{ scope, needs }] : [];
  });
}
