import type { ThrottlerStorage } from '@nestjs/throttler';
import { RedisService } from '../redis/redis.module.js';

/**
 * Fixed window per tracker: count, set the window on the first hit, read what is left of it, in one
 * script, so a request costs one Redis round trip and every API process shares the count.
 */
type ThrottlerStorageRecord = Awaited<ReturnType<ThrottlerStorage['increment']>>;

const INCREMENT = `
local hits = redis.call('INCR', KEYS[1])
if hits == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end
local left = redis.call('PTTL', KEYS[1])
if left < 0 then redis.call('PEXPIRE', KEYS[1], ARGV[1]); left = tonumber(ARGV[1]) end
return {hits, left}`;

/**
 * @nestjs/throttler's storage in the app's Redis. Written here rather than taken from
 * @nest-lab/throttler-storage-redis, whose peer range stops at NestJS 11.
 */
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
