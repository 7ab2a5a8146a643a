import type { ChangeEvent } from '../changes/change-event.js';
import { eventPayload } from './event-payload.js';
import { unreadablePatterns, WEBHOOK_EVENT_PATTERNS } from './event-types.js';

describe('webhook event types', () => {
  it('offers the write events of every record a key can read, contract.signed, outcome.updated and wildcards', () => {
    expect(WEBHOOK_EVENT_PATTERNS).toEqual(expect.arrayContaining(['consultation.created', 'contract.signed', 'outcome.updated', 'buyer.*', 'fair.*']));
    expect(WEBHOOK_EVENT_PATTERNS.filter((pattern) => /^(exchange_rate|meeting)\./.test(pattern))).toEqual([]);
  });

  it('names each event type its scopes cannot read, with the scope it needs', () => {
    expect(unreadablePatterns(['consultation.created', 'contract.*', 'outcome.updated'], ['contracts:read'])).toEqual([
      { pattern: 'consultation.created', scope: 'consultations:read' },
      { pattern: 'outcome.updated', scope: 'outcomes:read' },
    ]);
    expect(unreadablePatterns(['participation.*', 'fair.updated'], ['fairs:read'])).toEqual([]);
  });

  it('builds thin payloads: ids, version, changed fields and a link; only outcome.updated carries figures', () => {
    const event: ChangeEvent = {
      seq: '7',
      id: '5a0e2d9e-9a8e-4c39-9a53-3c1a8d1f3a10',
      agencyId: 'a',
      fairId: 'f',
      recordType: 'consultation',
      recordId: 'c',
      version: 3,
      action: 'updated',
      type: 'consultation.updated',
      changedFields: ['stage'],
      actor: 'user:u',
      data: null,
      occurredAt: new Date('2026-05-01T10:00:00.000Z'),
    };
    expect(JSON.parse(eventPayload(event, false))).toEqual({
      type: 'consultation.updated',
      timestamp: '2026-05-01T10:00:00.000Z',
      data: { eventId: event.id, recordType: 'consultation', recordId: 'c', fairId: 'f', version: 3, changedFields: ['stage'], url: '/v1/consultations/c' },
    });
    const totals = { consultations: { count: 1, valueUsd: '10.00' } };
    const outcome = { ...event, recordType: 'outcome' as const, recordId: 'f', type: 'outcome.updated', data: totals };
    expect(JSON.parse(eventPayload(outcome, false)).data).toMatchObject({ url: '/v1/fairs/f/outcomes', totals });
  });

  it('names changed personal fields only to endpoints that may read personal data', () => {
    const buyer: ChangeEvent = {
      seq: '8', id: 'e', agencyId: 'a', fairId: null, recordType: 'buyer', recordId: 'b', version: 2, action: 'updated', type: 'buyer.updated',
      changedFields: ['email', 'organisation', 'phone'], actor: 'system', data: null, occurredAt: new Date(),
    };
    expect(JSON.parse(eventPayload(buyer, true)).data.changedFields).toEqual(['email', 'organisation', 'phone']);
    expect(JSON.parse(eventPayload(buyer, false)).data.changedFields).toEqual(['organisation']);
  });
});
