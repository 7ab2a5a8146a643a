import type { ChangeEvent } from '../changes/change-event.js';
import { eventPayload } from './event-payload.js';
import { readScopeOf, scopesMissingTheirBase, unreadablePatterns, WEBHOOK_EVENT_PATTERNS } from './event-types.js';

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

  it('reads a round opening with outcomes:read, a company\'s answer with followups:read (issue 15), a shipment with contracts:read', () => {
    expect(['followup.round_opened', 'followup.response_received', 'shipment.recorded', 'exchange_rate.created'].map(readScopeOf)).toEqual([
      'outcomes:read',
      'followups:read',
      'contracts:read',
      undefined,
    ]);
    expect(unreadablePatterns(['followup.round_opened', 'followup.response_received', 'shipment.recorded'], ['outcomes:read'])).toEqual([
      { pattern: 'followup.response_received', scope: 'followups:read' },
      { pattern: 'shipment.recorded', scope: 'contracts:read' },
    ]);
    // A wildcard takes what each of its events takes.
    expect(unreadablePatterns(['followup.*'], ['followups:read'])).toEqual([{ pattern: 'followup.*', scope: 'outcomes:read' }]);
    expect(unreadablePatterns(['followup.*'], ['outcomes:read'])).toEqual([{ pattern: 'followup.*', scope: 'followups:read' }]);
    expect(unreadablePatterns(['followup.*'], ['outcomes:read', 'followups:read'])).toEqual([]);
  });

  it('refuses followups:read without the outcomes:read it adds to', () => {
    expect(scopesMissingTheirBase(['followups:read', 'contracts:read'])).toEqual([{ scope: 'followups:read', needs: 'outcomes:read' }]);
    expect(scopesMissingTheirBase(['followups:read', 'outcomes:read'])).toEqual([]);
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
    // Follow-up events link to what their scopes read: the rounds (outcomes:read), the answers (followups:read).
    const round = { ...event, recordType: 'followup' as const, recordId: 'r', action: 'round_opened', type: 'followup.round_opened', changedFields: [] };
    expect(JSON.parse(eventPayload(round, false)).data.url).toBe('/v1/fairs/f/follow-up-rounds');
    expect(JSON.parse(eventPayload({ ...round, recordId: 'q', action: 'response_received', type: 'followup.response_received' }, false)).data.url).toBe('/v1/fairs/f/outcomes/follow-ups');
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
