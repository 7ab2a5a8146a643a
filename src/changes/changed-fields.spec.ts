import { changedFields } from './changed-fields.js';

describe('changedFields', () => {
  const view: Record<string, unknown> = {
    id: 'c1', stage: 'consulted', estimatedValue: { amount: '10.00', currency: 'USD' }, tags: ['a'], notes: null, version: 1, updatedAt: 't1',
  };

  it('names the fields whose API value differs, nested values compared whole, bookkeeping aside', () => {
    expect(changedFields(view, { ...view, stage: 'won', estimatedValue: { amount: '10.00', currency: 'USD' }, version: 2, updatedAt: 't2' })).toEqual(['stage']);
    expect(changedFields(view, { ...view, estimatedValue: { amount: '12.00', currency: 'USD' }, tags: ['a', 'b'], notes: 'x' })).toEqual(['estimatedValue', 'tags', 'notes']);
  });

  it('counts a field present on one side only (personal data shown to one reader) as changed', () => {
    const { notes: _notes, ...withoutNotes } = view;
    expect(changedFields(withoutNotes, view)).toEqual(['notes']);
  });

  it('finds nothing in an unchanged record', () => {
    expect(changedFields(view, { ...view, updatedAt: 't3' })).toEqual([]);
  });
});
