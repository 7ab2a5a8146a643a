import { Injectable } from '@nestjs/common';
import { RedisService } from '../redis/redis.module.js';

/**
 * Reserve `block` hits of the window at once, start the window on its first hit, read what is left of
 * it: one script, one round trip per lease rather than per request.
 */
const RESERVE = `
local hits = redis.call('INCRBY', KEYS[1], ARGV[2])
local left = redis.call('PTTL', KEYS[1])
if left < 0 then redis.call('PEXPIRE', KEYS[1], ARGV[1]); left = tonumber(ARGV[1]) end
return {hits, left}`;

/**
 * A lease is this share of what the caller had left of its window when it was taken: large while the
 * caller is far from its limit (a Redis round trip per ~6 % of the limit), one hit at a time near it.
 */
const LEASE_SHARE = 16;
/** Windows kept in memory before ended ones are swept. */
const MAX_TRACKED = 50_000;

interface Window {
  /** When the window ends (Redis's PTTL, read at the last lease). */
  endsAt: number;
  /** Hits this process reserved and has not spent yet. */
  tokens: number;
  /** The window's count in Redis at the last lease (every process's reservations). */
  counted: number;
  /** Set once a lease found the limit reached: refused locally until the window ends. */
  blocked: boolean;
  /** A lease being taken: concurrent requests of the same caller wait for it rather than take their own. */
  pending?: Promise<void>;
}

export type Verdict = { allowed: boolean; remaining: number; retryAfterSeconds: number } | null;

/**
 * Fixed-window rate limits shared by every API process through Redis, without a Redis round trip per
 * request: each process leases a block of hits from the window's counter (INCRBY) and spends it
 * locally. A caller is never admitted more than its limit per window across all processes; spreading
 * its requests over several processes it may be refused slightly early (hits leased by one process
 * and unspent when another finds the counter full), by at most 1/16 of what was left at each lease.
 * Null when Redis is unreachable: the caller decides (the API serves unthrottled).
 */
@Injectable()
export class RateLimitLeases {
  private readonly windows = new Map<string, Window>();

  constructor(private readonly redis: RedisService) {
    redis.client.defineCommand('throttleReserve', { numberOfKeys: 1, lua: RESERVE });
  }

  async take(tracker: string, windowMs: number, limit: number): Promise<Verdict> {
    for (;;) {
      const now = Date.now();
      let window = this.windows.get(tracker);
      if (window && now >= window.endsAt && !window.pending) {
        this.windows.delete(tracker);
        window = undefined;
      }
      if (window?.pending) {
        await window.pending;
        continue;
      }
      if (window?.blocked) return { allowed: false, remaining: 0, retryAfterSeconds: Math.max(1, Math.ceil((window.endsAt - now) / 1000)) };
      if (window && window.tokens > 0) {
        window.tokens -= 1;
        return { allowed: true, remaining: Math.max(0, limit - window.counted + window.tokens), retryAfterSeconds: 0 };
      }
      const next: Window = window ?? { endsAt: Number.POSITIVE_INFINITY, tokens: 0, counted: 0, blocked: false };
      let failed = false;
      next.pending = this.lease(tracker, windowMs, limit, next).then(
        () => undefined,
        () => {
          failed = true;
        },
      );
      if (!window) this.track(tracker, next);
      await next.pending;
      next.pending = undefined;
      if (failed) {
        this.windows.delete(tracker);
        return null;
      }
    }
  }

  private async lease(tracker: string, windowMs: number, limit: number, window: Window): Promise<void> {
    const block = Math.max(1, Math.floor((limit - window.counted) / LEASE_SHARE));
    const client = this.redis.client as unknown as { throttleReserve(key: string, windowMs: number, block: number): Promise<[number, number]> };
    const [hits, leftMs] = await client.throttleReserve(this.redis.key('throttle', tracker), windowMs, block);
    const granted = Math.min(block, Math.max(0, limit - (hits - block)));
    window.endsAt = Date.now() + leftMs;
    window.counted = hits;
    window.tokens = granted;
    window.blocked = granted === 0;
  }

  private track(tracker: string, window: Window): void {
    if (this.windows.size >= MAX_TRACKED) {
      const now = Date.now();
      for (const [key, value] of this.windows) if (now >= value.endsAt && !value.pending) this.windows.delete(key);
      if (this.windows.size >= MAX_TRACKED) this.windows.clear();
    }
    this.windows.set(tracker, window);
  }
}
