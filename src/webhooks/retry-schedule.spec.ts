import { backoffMs, nextAttemptDelayMs, retryAfterMs } from './retry-schedule.js';

const policy = { retryBaseDelayMs: 1000, retryMaxDelayMs: 60_000 };

describe('retry schedule', () => {
  it('waits a random time up to base × 2^(n−1), capped (full jitter)', () => {
    expect([1, 2, 3, 4].map((failures) => backoffMs(failures, policy, () => 0.999_999))).toEqual([999, 1999, 3999, 7999]);
    expect(backoffMs(3, policy, () => 0)).toBe(0);
    expect(backoffMs(10, policy, () => 0.5)).toBe(30_000);
    expect(backoffMs(5_000, policy, () => 0.999_999)).toBe(59_999);
  });

  it('reads Retry-After as seconds or an HTTP date', () => {
    const now = Date.parse('2026-01-01T00:00:00Z');
    expect(retryAfterMs('120', now)).toBe(120_000);
    expect(retryAfterMs(' 0 ', now)).toBe(0);
    expect(retryAfterMs('Thu, 01 Jan 2026 00:00:30 GMT', now)).toBe(30_000);
    expect(retryAfterMs('Wed, 31 Dec 2025 23:00:00 GMT', now)).toBe(0);
    expect(retryAfterMs(undefined, now)).toBeNull();
    expect(retryAfterMs('soon', now)).toBeNull();
    expect(retryAfterMs('-5', now)).toBeNull();
  });

  it('honours Retry-After over the backoff, up to the longest wait', () => {
    expect(nextAttemptDelayMs(1, 5000, policy)).toBe(5000);
    expect(nextAttemptDelayMs(1, 10 * 60_000, policy)).toBe(60_000);
    expect(nextAttemptDelayMs(1, null, policy)).toBeLessThan(1000);
  });
});
