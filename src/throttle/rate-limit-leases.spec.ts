import type { RedisService } from '../redis/redis.module.js';
import { RateLimitLeases } from './rate-limit-leases.js';

/** One in-memory "Redis" that several limiters (API processes) share: the reserve script's semantics. */
function sharedRedis() {
  const counters = new Map<string, number>();
  let calls = 0;
  let down = false;
  const client = {
    defineCommand: () => undefined,
    throttleReserve: (key: string, windowMs: number, block: number): Promise<[number, number]> => {
      calls += 1;
      if (down) return Promise.reject(new Error('Connection is closed.'));
      const hits = (counters.get(key) ?? 0) + block;
      counters.set(key, hits);
      return Promise.resolve([hits, windowMs]);
    },
  };
  const service = { client, key: (...parts: string[]) => parts.join(':') } as unknown as RedisService;
  return { service, calls: () => calls, goDown: () => (down = true) };
}

describe('RateLimitLeases', () => {
  it('admits exactly the limit across processes taking turns, then refuses with Retry-After everywhere', async () => {
    const redis = sharedRedis();
    const processes = [new RateLimitLeases(redis.service), new RateLimitLeases(redis.service)];
    const verdicts = [];
    for (let i = 0; i < 10; i += 1) verdicts.push(await processes[i % 2].take('key:k', 60_000, 8));
    expect(verdicts.map((v) => v?.allowed)).toEqual([true, true, true, true, true, true, true, true, false, false]);
    expect(verdicts.map((v) => v?.remaining)).toEqual([7, 6, 5, 4, 3, 2, 1, 0, 0, 0]);
    expect(verdicts[9]?.retryAfterSeconds).toBe(60);
  });

  it('never admits more than the limit, however requests are spread and interleaved', async () => {
    const redis = sharedRedis();
    const processes = [new RateLimitLeases(redis.service), new RateLimitLeases(redis.service), new RateLimitLeases(redis.service)];
    const limit = 1000;
    const verdicts = await Promise.all(Array.from({ length: 3000 }, (_, i) => processes[(i * 7) % 3].take('user:u', 60_000, limit)));
    const admitted = verdicts.filter((v) => v?.allowed).length;
    expect(admitted).toBeLessThanOrEqual(limit);
    // Refused early by at most what the other processes hold unspent (a sixteenth of what was left each).
    expect(admitted).toBeGreaterThan(limit * 0.9);
  });

  it('asks Redis once per lease, not once per request, while the caller is far from its limit', async () => {
    const redis = sharedRedis();
    const limiter = new RateLimitLeases(redis.service);
    for (let i = 0; i < 1000; i += 1) expect((await limiter.take('ip:127.0.0.1', 60_000, 1_000_000))?.allowed).toBe(true);
    expect(redis.calls()).toBe(1);
  });

  it('shares one lease among concurrent requests of one caller', async () => {
    const redis = sharedRedis();
    const limiter = new RateLimitLeases(redis.service);
    const verdicts = await Promise.all(Array.from({ length: 50 }, () => limiter.take('user:u', 60_000, 3000)));
    expect(verdicts.every((v) => v?.allowed)).toBe(true);
    expect(redis.calls()).toBe(1);
  });

  it('answers null (no verdict) when Redis is unreachable', async () => {
    const redis = sharedRedis();
    redis.goDown();
    expect(await new RateLimitLeases(redis.service).take('user:u', 60_000, 10)).toBeNull();
  });
});
