import { describe, expect, it } from 'vitest';
import { formatAgo } from './format';

describe('formatAgo', () => {
  const now = Date.parse('2026-12-01T12:00:00Z');
  it('says how long ago, in the largest whole unit', () => {
    expect(formatAgo('2026-12-01T11:59:58Z', now, 'en')).toBe('2 seconds ago');
    expect(formatAgo('2026-12-01T11:57:00Z', now, 'en')).toBe('3 minutes ago');
    expect(formatAgo('2026-12-01T07:00:00Z', now, 'en')).toBe('5 hours ago');
    expect(formatAgo('2026-11-29T12:00:00Z', now, 'ko')).toBe('2일 전');
  });

  it('reads a clock running slightly ahead as now, not as the future', () => {
    expect(formatAgo('2026-12-01T12:00:03Z', now, 'en')).toBe('0 seconds ago');
  });
});
