import { randomUUID } from 'node:crypto';
import { Injectable, Logger, type OnApplicationShutdown, type OnModuleInit, Optional } from '@nestjs/common';
import type { Redis } from 'ioredis';
import { RedisService } from '../redis/redis.module.js';

/** Who the answers are about: a user (by `agencyId:userId`) or an API key (looked up by secret hash, dropped by key id). */
export type PrincipalKind = 'user' | 'apiKey';

/** How an answer is kept. */
export interface Keep<T> {
  /** Whether "no such principal" (null) is kept too: not for lookups by a key the caller chose (a guessed API key). */
  misses: boolean;
  /** The id `invalidate` names to drop the answer; by default the key it was looked up by. */
  id?: (value: T) => string;
  /** Never reused from this instant on (epoch ms; an API key's expiry), whatever the time to live. */
  notAfter?: (value: T) => number | null;
}

/** How long an answer is reused while this process hears every invalidation (a safety net, not the mechanism). */
export const SUBSCRIBED_TTL_MS = 60_000;
/** How long without the subscription (Redis away, or no Redis at all): the change reaches us only by expiry. */
export const UNSUBSCRIBED_TTL_MS = 1000;
/** How long a change waits for the other API processes to confirm they dropped the principal. */
const ACK_TIMEOUT_MS = 1000;
const MAX_ENTRIES = 10_000;

interface Invalidation {
  /** The process that sent it, which waits for acknowledgements on its own channel. */
  origin: string;
  id: string;
  /** The principal's id. */
  key: string;
  /** Absent in messages of processes from before API keys were cached: those name users. */
  kind?: PrincipalKind;
}

interface Entry {
  value: unknown;
  until: number;
  /** `kind:id`, what an invalidation names. */
  id: string;
}

/**
 * Every authenticated request needs its principal's current state — a user's role and session
 * version, an API key's agency, scopes and fairs — and each API process keeps the answers in memory,
 * so that check costs no database round trip. A change (a user disabled, a key revoked or narrowed)
 * drops the principal here and, through Redis pub/sub, in every other API process; the change's
 * request answers once each process that heard it has acknowledged, so the next request anywhere sees
 * the change. While this process is not subscribed (Redis away) it forgets everything and reuses an
 * answer for a second at most.
 */
@Injectable()
export class PrincipalCache implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger(PrincipalCache.name);
  /** By `kind:lookup key`. */
  private readonly entries = new Map<string, Entry>();
  /** `kind:id` → the entries an invalidation of that id drops (an API key is looked up by hash, dropped by id). */
  private readonly slotsById = new Map<string, Set<string>>();
  private readonly processId = randomUUID();
  private readonly waiting = new Map<string, { received: number; expected?: number; done: () => void }>();
  private subscriber?: Redis;
  private subscribed = false;
  /** Bumped by every invalidation: a load that started before one must not store what it read. */
  private generation = 0;

  constructor(@Optional() private readonly redis?: RedisService) {}

  // The channel names predate API keys (users only); kept, so processes of both versions hear each other.
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
      (error: unknown) => this.logger.warn(`not subscribed to principal changes (${String(error)}); answers are reused for a second at most`),
    );
  }

  onApplicationShutdown(): void {
    this.subscriber?.disconnect();
  }

  /** The answer kept for `key`, or `load`'s (kept as `keep` says). */
  async get<T>(kind: PrincipalKind, key: string, load: () => Promise<T | null>, keep: Keep<T> = { misses: true }): Promise<T | null> {
    const slot = `${kind}:${key}`;
    const hit = this.entries.get(slot);
    if (hit && hit.until > Date.now()) return hit.value as T | null;
    const generation = this.generation;
    const value = await load();
    if (generation === this.generation && (value !== null || keep.misses)) this.store(kind, slot, key, value, keep);
    return value;
  }

  /**
   * Drops the principal here and in every other API process; call it once the change has committed.
   * Resolves when every process that heard it has acknowledged (or after a second: a process that
   * does not answer is not subscribed, and reuses answers for a second at most). Never throws.
   */
  async invalidate(kind: PrincipalKind, id: string): Promise<void> {
    this.drop(kind, id);
    if (!this.redis) return;
    const messageId = randomUUID();
    const message: Invalidation = { origin: this.processId, id: messageId, key: id, kind };
    let done!: () => void;
    const acknowledged = new Promise<void>((resolve) => (done = resolve));
    this.waiting.set(messageId, { received: 0, done });
    const timer = setTimeout(done, ACK_TIMEOUT_MS);
    try {
      // PUBLISH answers how many subscribers got the message (this process's own included); their
      // acknowledgements may arrive before that answer does.
      const waiter = this.waiting.get(messageId)!;
      waiter.expected = await this.redis.client.publish(this.channel, JSON.stringify(message));
      if (waiter.received >= waiter.expected) done();
      await acknowledged;
    } catch (error) {
      this.logger.warn(`could not tell other API processes that ${kind} ${id} changed (${String(error)}); they notice within a second`);
    } finally {
      clearTimeout(timer);
      this.waiting.delete(messageId);
    }
  }

  private store<T>(kind: PrincipalKind, slot: string, key: string, value: T | null, keep: Keep<T>): void {
    const now = Date.now();
    const notAfter = value === null ? null : (keep.notAfter?.(value) ?? null);
    const until = Math.min(now + (this.subscribed ? SUBSCRIBED_TTL_MS : UNSUBSCRIBED_TTL_MS), notAfter ?? Infinity);
    if (until <= now) return;
    if (this.entries.size >= MAX_ENTRIES) this.clear();
    const id = `${kind}:${value === null ? key : (keep.id?.(value) ?? key)}`;
    this.entries.set(slot, { value, until, id });
    const slots = this.slotsById.get(id) ?? new Set<string>();
    slots.add(slot);
    this.slotsById.set(id, slots);
  }

  private heard(channel: string, raw: string): void {
    if (channel === this.channel) {
      let message: Invalidation;
      try {
        message = JSON.parse(raw) as Invalidation;
      } catch {
        return;
      }
      this.drop(message.kind ?? 'user', message.key);
      this.redis!.client.publish(this.ackChannel(message.origin), message.id).catch(() => undefined);
      return;
    }
    const waiter = this.waiting.get(raw);
    if (!waiter) return;
    waiter.received += 1;
    if (waiter.expected !== undefined && waiter.received >= waiter.expected) waiter.done();
  }

  private drop(kind: PrincipalKind, id: string): void {
    this.generation += 1;
    const tag = `${kind}:${id}`;
    for (const slot of this.slotsById.get(tag) ?? []) this.entries.delete(slot);
    this.slotsById.delete(tag);
  }

  private clear(): void {
    this.entries.clear();
    this.slotsById.clear();
  }

  private forgetAll(): void {
    this.generation += 1;
    this.clear();
  }

  private unsubscribed(): void {
    this.subscribed = false;
    this.forgetAll();
  }
}
