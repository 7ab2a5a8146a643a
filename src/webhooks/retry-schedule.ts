export interface RetryPolicy {
  retryBaseDelayMs: number;
  retryMaxDelayMs: number;
}

/**
 * Exponential backoff with full jitter (AWS Architecture Blog, "Exponential Backoff and Jitter"):
 * after the n-th failure, a uniformly random wait between 0 and min(max, base × 2^(n−1)). Many
 * endpoints failing at once do not retry in step.
 */
export function backoffMs(failures: number, policy: RetryPolicy, random: () => number = Math.random): number {
  const ceiling = Math.min(policy.retryMaxDelayMs, policy.retryBaseDelayMs * 2 ** Math.min(failures - 1, 40));
  return Math.floor(random() * ceiling);
}

/**
 * A `Retry-After` header as milliseconds from `now`: delay-seconds or an HTTP-date (RFC 9110
 * 10.2.3); null when absent or unreadable. A date in the past is 0.
 */
export function retryAfterMs(header: string | undefined, now: number): number | null {
  if (header === undefined) return null;
  const value = header.trim();
  if (/^\d{1,10}$/.test(value)) return Number(value) * 1000;
  const date = Date.parse(value);
  if (!/[a-z]/i.test(value) || Number.isNaN(date)) return null;
  return Math.max(0, date - now);
}

/** When to try again: not before the receiver's Retry-After, never later than the longest wait. */
export function nextAttemptDelayMs(failures: number, retryAfter: number | null, policy: RetryPolicy): number {
  return retryAfter === null ? backoffMs(failures, policy) : Math.min(retryAfter, policy.retryMaxDelayMs);
}
