import { hostname } from 'node:os';
import { Injectable, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { Redis } from 'ioredis';
import { RedisService } from '../redis/redis.module.js';

const BEAT_MS = 10_000;
/** A heartbeat older than three beats means the worker is stuck or cut off from Redis. */
export const HEARTBEAT_TTL_MS = 3 * BEAT_MS;

/** One key per worker host (a container's hostname is its own), so each worker's healthcheck reads its own beat. */
export const heartbeatKey = (prefix: string, host = hostname()): string => `${prefix}:worker:heartbeat:${host}`;

/**
 * The worker writes a heartbeat to Redis every 10 s (expiring after 30 s): `pavilion worker:health`
 * (the Docker healthcheck) is healthy while it is there, i.e. while the worker's event loop runs and
 * its Redis answers.
 */
@Injectable()
export class WorkerHeartbeat implements OnApplicationBootstrap, OnApplicationShutdown {
  private timer: NodeJS.Timeout | undefined;

  constructor(private readonly redis: RedisService) {}

  async onApplicationBootstrap(): Promise<void> {
    // This module's start-up hook can run before the worker's own waits for Redis: with no offline
    // queue, a first beat sent while the connection is still being made fails the start.
    await this.redis.whenReady();
    await this.beat();
    this.timer = setInterval(() => void this.beat().catch(() => undefined), BEAT_MS);
    this.timer.unref();
  }

  async onApplicationShutdown(): Promise<void> {
    clearInterval(this.timer);
    await this.redis.client.del(heartbeatKey(this.redis.prefix)).catch(() => undefined);
  }

  private async beat(): Promise<void> {
    await this.redis.client.set(heartbeatKey(this.redis.prefix), String(Date.now()), 'PX', HEARTBEAT_TTL_MS);
  }
}

/** For the CLI: whether this host's worker has beaten within the last 30 s. */
export async function workerIsAlive(url: string, prefix: string): Promise<boolean> {
  const redis = new Redis(url, { maxRetriesPerRequest: 1, lazyConnect: true, connectTimeout: 3000 });
  redis.on('error', () => undefined);
  try {
    await redis.connect();
    return (await redis.exists(heartbeatKey(prefix))) === 1;
  } catch {
    return false;
  } finally {
    redis.disconnect();
  }
}
