import { Global, Inject, Injectable, Module, type OnApplicationShutdown } from '@nestjs/common';
import type { ConfigType } from '@nestjs/config';
import { Redis } from 'ioredis';
import { redisConfig } from '../config/configuration.js';

/**
 * The app's own Redis connection (login counters, health). BullMQ keeps its own connections; keys
 * here are namespaced with `REDIS_PREFIX` so several deployments or test files can share one Redis.
 */
@Injectable()
export class RedisService implements OnApplicationShutdown {
  readonly client: Redis;
  readonly prefix: string;

  constructor(@Inject(redisConfig.KEY) config: ConfigType<typeof redisConfig>) {
    this.prefix = config.prefix;
    // Fail fast instead of queueing commands while Redis is away: callers answer 503, not hang.
    this.client = new Redis(config.url, { maxRetriesPerRequest: 1, enableOfflineQueue: false, lazyConnect: false });
    this.client.on('error', () => undefined); // reconnects on its own; health reports the outage
  }

  /**
   * Resolves once the connection is up (at once if it is), rejects after `timeoutMs`: with no offline
   * queue a command sent while the first connection is still being made fails, so start-up waits here.
   */
  async whenReady(timeoutMs = 10_000): Promise<void> {
    if (this.client.status === 'ready') return;
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.client.off('ready', ready);
        reject(new Error(`Redis is not reachable (no connection after ${timeoutMs} ms)`));
      }, timeoutMs);
      const ready = () => {
        clearTimeout(timer);
        resolve();
      };
      this.client.once('ready', ready);
    });
  }

  key(...parts: string[]): string {
    return [this.prefix, ...parts].join(':');
  }

  onApplicationShutdown(): void {
    this.client.disconnect();
  }
}

@Global()
@Module({ providers: [RedisService], exports: [RedisService] })
export class RedisModule {}
