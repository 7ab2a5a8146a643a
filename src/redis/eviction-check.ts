import { Redis } from 'ioredis';

/**
 * A queue whose keys Redis may evict loses jobs, so the worker runs only against
 * `maxmemory-policy noeviction`. Returns the problem, or null when the policy is right.
 */
export async function evictionPolicyProblem(url: string): Promise<string | null> {
  const redis = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 1, connectTimeout: 5000 });
  try {
    await redis.connect();
    const reply = await redis.config('GET', 'maxmemory-policy');
    const policy = reply[1];
    return policy === 'noeviction'
      ? null
      : `Redis maxmemory-policy is "${policy}"; the worker needs "noeviction" (set it in redis.conf or with CONFIG SET), or queued jobs can be evicted and lost`;
  } catch (error) {
    return `cannot read Redis maxmemory-policy (${error instanceof Error ? error.message : String(error)}); the worker needs "noeviction"`;
  } finally {
    redis.disconnect();
  }
}
