import { Injectable } from '@nestjs/common';
import type { ThrottlerStorage } from '@nestjs/throttler';
import { RedisService } from '../redis/redis.module.js';

type ThrottlerStorageRecord = Awaited<ReturnType<ThrottlerStorage['increment']>>;

/** Count, start the window on the first hit, read what is left of it: one script, one round trip. */
const INCREMENT = `
local hits = redis.call('INCR', KEYS[1])
local left = redis.call('PTTL', KEYS[1])
if left < 0 then redis.call('PEXPIRE', KEYS[1], ARGV[1]); left = tonumber(ARGV[1]) end
return {hits, left}`;

/**
 * A fixed-window counter in the app's Redis, one round trip per hit, shared by every API process,
 * behind @nestjs/throttler's `ThrottlerStorage` contract. For low-volume limits that must count every
 * hit exactly and fail closed (password reset requests); the per-request rate limit leases hits in
 * blocks instead (rate-limit-leases.ts). Not @nest-lab/throttler-storage-redis: its peer range stops
 * at NestJS 11.
 */
@Injectable()
export class RedisThrottlerStorage implements ThrottlerStorage {
  constructor(private readonly redis: RedisService) {
    redis.client.defineCommand('throttleIncrement', { numberOfKeys: 1, lua: INCREMENT });
  }

  async increment(key: string, ttl: number, limit: number): Promise<ThrottlerStorageRecord> {
    const client = this.redis.client as unknown as { throttleIncrement(key: string, windowMs: number): Promise<[number, number]> };
    const [totalHits, leftMs] = await client.throttleIncrement(this.redis.key('throttle', key), ttl);
    const timeToExpire = Math.max(1, Math.ceil(leftMs / 1000));
    const isBlocked = totalHits > limit;
    // The window is the block: a caller over the limit waits until it ends.
    return { totalHits, timeToExpire, isBlocked, timeToBlockExpire: isBlocked ? timeToExpire : 0 };
  }
}
