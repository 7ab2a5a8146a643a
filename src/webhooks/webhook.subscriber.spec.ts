import type { ChangeEvent } from '../changes/change-event.js';
import { inVersionOrder } from './webhook.subscriber.js';

const event = (recordId: string, version: number | null, id: string): ChangeEvent => ({
  seq: id, id, agencyId: 'a', fairId: 'f', recordType: 'consultation', recordId, version, action: 'updated', type: 'consultation.updated',
  changedFields: [], actor: 'system', data: null, occurredAt: new Date(),
});

describe('inVersionOrder', () => {
  it("puts each record's events in version order where they stand, moving no other event", () => {
    const events = [event('x', 3, 'x3'), event('y', 1, 'y1'), event('x', 2, 'x2'), event('z', null, 'z'), event('y', 2, 'y2'), event('x', 4, 'x4')];
    expect(inVersionOrder(events).map((e) => e.id)).toEqual(['x2', 'y1', 'x3', 'z', 'y2', 'x4']);
  });

  it('leaves a batch already in order as it is', () => {
    const events = [event('x', 1, 'x1'), event('x', 2, 'x2'), event('y', 1, 'y1')];
    expect(inVersionOrder(events)).toEqual(events);
  });
});
