import { randomUUID } from 'node:crypto';
import { Injectable, Logger, type OnApplicationShutdown, type OnModuleInit, Optional } from '@nestjs/common';
import type { Redis } from 'ioredis';
import { RedisService } from '../redis/redis.module.js';
import type { Role } from '../tenancy/role.js';

/** What every authenticated request needs to know about its user. */
export interface ActiveUser {
  role: Role;
  sessionVersion: number;
}

/** How long an answer is reused while this process hears every invalidation (a safety net, not the mechanism). */
const SUBSCRIBED_TTL_MS = 60_000;
/** How long without the subscription (Redis away, or no Redis at all): the change reaches us only by expiry. */
const UNSUBSCRIBED_TTL_MS = 1000;
/** How long a change waits for the other API processes to confirm they dropped the user. */
const ACK_TIMEOUT_MS = 1000;
const MAX_ENTRIES = 10_000;

interface Invalidation {
  /** The process that sent it, which waits for acknowledgements on its own channel. */
  origin: string;
  id: string;
  key: string;
}

/**
 * Every authenticated request checks that its user is still active, with which role and session
 * version; each API process keeps the answers in memory, so that check costs no database round trip.
 * A change (disabled, role or password changed) drops the user here and, through Redis pub/sub, in
 * every other API process; the change's request answers once each process that heard it has
 * acknowledged, so the next request anywhere sees the change. While this process is not subscribed
 * (Redis away) it forgets everything and reuses an answer for a second at most.
 */
@Injectable()
export class ActiveRoleCache implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger(ActiveRoleCache.name);
  private readonly entries = new Map<string, { user: ActiveUser | null; until: number }>();
  private readonly processId = randomUUID();
  private readonly waiting = new Map<string, { received: number; expected?: number; done: () => void }>();
  private subscriber?: Redis;
  private subscribed = false;
  /** Bumped by every invalidation: a load that started before one must not store what it read. */
  private generation = 0;

  constructor(@Optional() private readonly redis?: RedisService) {}

  private get channel(): string {
    return this.redis!.key('auth', 'invalidate');
  }

  private ackChannel(origin: string): string {
    return this.redis!.key('auth', 'ack', origin);
  }

  onModuleInit(): void {
    if (!this.redis) return;
    const subscriber = this.redis.client.duplicate({ enableOfflineQueue: true, maxRetriesPerRequest: null });
    this.subscriber = subscriber;
    let everSubscribed = false;
    subscriber.on('error', () => undefined);
    // Messages sent while disconnected are lost: forget everything, and keep answers briefly until resubscribed.
    subscriber.on('close', () => this.unsubscribed());
    subscriber.on('message', (channel: string, message: string) => this.heard(channel, message));
    subscriber.on('ready', () => {
      // ioredis resubscribes on reconnect before it reports ready.
      this.forgetAll();
      this.subscribed = everSubscribed;
    });
    // Not awaited: start-up does not wait for Redis (answers are reused for a second until subscribed).
    subscriber.subscribe(this.channel, this.ackChannel(this.processId)).then(
      () => {
        everSubscribed = true;
        this.forgetAll();
        this.subscribed = subscriber.status === 'ready';
      },
      (error: unknown) => this.logger.warn(`not subscribed to user changes (${String(error)}); answers are reused for a second at most`),
    );
  }

  onApplicationShutdown(): void {
    this.subscriber?.disconnect();
  }

  async get(agencyId: string, userId: string, load: () => Promise<ActiveUser | null>): Promise<ActiveUser | null> {
    const key = `${agencyId}:${userId}`;
    const hit = this.entries.get(key);
    if (hit && hit.until > Date.now()) return hit.user;
    const generation = this.generation;
    const user = await load();
    if (generation === this.generation) {
      if (this.entries.size >= MAX_ENTRIES) this.entries.clear();
      this.entries.set(key, { user, until: Date.now() + (this.subscribed ? SUBSCRIBED_TTL_MS : UNSUBSCRIBED_TTL_MS) });
    }
    return user;
  }

  /**
   * Drops the user here and in every other API process; call it once the change has committed.
   * Resolves when every process that heard it has acknowledged (or after a second: a process that
   * does not answer is not subscribed, and reuses answers for a second at most).
   */
  async invalidate(agencyId: string, userId: string): Promise<void> {
    const key = `${agencyId}:${userId}`;
    this.drop(key);
    if (!this.redis) return;
    const id = randomUUID();
    const message: Invalidation = { origin: this.processId, id, key };
    let done!: () => void;
    const acknowledged = new Promise<void>((resolve) => (done = resolve));
    this.waiting.set(id, { received: 0, done });
    const timer = setTimeout(done, ACK_TIMEOUT_MS);
    try {
      // PUBLISH answers how many subscribers got the message (this process's own included); their
      // acknowledgements may arrive before that answer does.
      const waiter = this.waiting.get(id)!;
      waiter.expected = await this.redis.client.publish(this.channel, JSON.stringify(message));
      if (waiter.received >= waiter.expected) done();
      await acknowledged;
    } catch (error) {
      this.logger.warn(`could not tell other API processes that user ${userId} changed (${String(error)}); they notice within a second`);
    } finally {
      clearTimeout(timer);
      this.waiting.delete(id);
    }
  }

  private heard(channel: string, raw: string): void {
    if (channel === this.channel) {
      let message: Invalidation;
      try {
        message = JSON.parse(raw) as Invalidation;
      } catch {
        return;
      }
      this.drop(message.key);
      this.redis!.client.publish(this.ackChannel(message.origin), message.id).catch(() => undefined);
      return;
    }
    const waiter = this.waiting.get(raw);
    if (!waiter) return;
    waiter.received += 1;
    if (waiter.expected !== undefined && waiter.received >= waiter.expected) waiter.done();
  }

  private drop(key: string): void {
    this.generation += 1;
    this.entries.delete(key);
  }

  private forgetAll(): void {
    this.generation += 1;
    this.entries.clear();
  }

  private unsubscribed(): void {
    this.subscribed = false;
    this.forgetAll();
  }
}
