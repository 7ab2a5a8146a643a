import { Injectable, Logger, type OnApplicationBootstrap, type OnModuleInit } from '@nestjs/common';
import { DiscoveryService } from '@nestjs/core';
import { Transactions } from '../database/transactions.js';
import type { ChangeSubscriber } from './change-event.js';
import { ChangeRelayRepository } from './change-relay.repository.js';
import { CHANGE_SUBSCRIBER, type ChangeSubscriberOptions } from './change-subscriber.js';

/** Events per transaction: a subscriber's transaction holds back every reader's horizon while it runs, so keep it short. */
const BATCH = 500;
/** A failing subscriber waits 1 s, 2 s, 4 s … (at most a minute) before its next try in this process. */
const RETRY_BASE_MS = 1000;
const RETRY_MAX_MS = 60_000;

export interface RelayReport {
  /** Events handed to each subscriber that was run. */
  handed: Record<string, number>;
  /** Subscribers that failed (their position stays; they are tried again later). */
  failed: string[];
  /**
   * Whether the relay must look again soon: a subscriber's position was held by another worker (which
   * may have read the feed before the latest events committed), or events past a position are not
   * settled yet. No other wake-up is sure to come for either.
   */
  revisit: boolean;
}

interface Registered {
  subscriber: ChangeSubscriber;
  ordered: boolean;
}

/**
 * Hands the change feed to its subscribers, each from its own position and in feed order: for each
 * batch, one transaction locks the subscriber's position (SKIP LOCKED: two workers never run one
 * subscriber at once), reads the next events, lets the subscriber handle them with that transaction,
 * and moves the position to the last one. A failure rolls back both, so the same events come again.
 * Subscribers run side by side; one that fails or lags holds up no other. (An unordered subscriber
 * is also handed events not yet settled, and its position stops at the last settled one.)
 */
@Injectable()
export class ChangeRelay implements OnModuleInit, OnApplicationBootstrap {
  private readonly logger = new Logger(ChangeRelay.name);
  private readonly subscribers: Registered[] = [];
  private readonly retries = new Map<string, { failures: number; notBefore: number }>();

  constructor(
    private readonly discovery: DiscoveryService,
    private readonly positions: ChangeRelayRepository,
    private readonly transactions: Transactions,
  ) {}

  onModuleInit(): void {
    for (const wrapper of this.discovery.getProviders()) {
      const options = wrapper.metatype && wrapper.instance ? (Reflect.getMetadata(CHANGE_SUBSCRIBER, wrapper.metatype) as Required<ChangeSubscriberOptions> | undefined) : undefined;
      if (!options) continue;
      const subscriber = wrapper.instance as ChangeSubscriber;
      if (this.subscribers.some((known) => known.subscriber.name === subscriber.name)) throw new Error(`two change subscribers are named ${subscriber.name}`);
      this.subscribers.push({ subscriber, ordered: options.ordered });
    }
    this.logger.log(`change subscribers: ${this.subscribers.map(({ subscriber }) => subscriber.name).join(', ') || 'none'}`);
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.positions.ensurePositions(this.subscribers.map(({ subscriber }) => subscriber.name));
  }

  /** Runs every subscriber not waiting to retry until it has caught up with the feed. */
  async run(): Promise<RelayReport> {
    const report: RelayReport = { handed: {}, failed: [], revisit: false };
    const due = this.subscribers.filter(({ subscriber }) => (this.retries.get(subscriber.name)?.notBefore ?? 0) <= Date.now());
    await Promise.all(
      due.map(async ({ subscriber, ordered }) => {
        try {
          const { handed, revisit } = await this.catchUp(subscriber, ordered);
          report.handed[subscriber.name] = handed;
          report.revisit ||= revisit;
          this.retries.delete(subscriber.name);
        } catch (error) {
          report.failed.push(subscriber.name);
          const failures = (this.retries.get(subscriber.name)?.failures ?? 0) + 1;
          const delay = Math.min(RETRY_BASE_MS * 2 ** (failures - 1), RETRY_MAX_MS);
          this.retries.set(subscriber.name, { failures, notBefore: Date.now() + delay });
          this.logger.warn(`change subscriber ${subscriber.name} failed (${failures}×, next try in ${delay} ms): ${error instanceof Error ? error.message : String(error)}`);
        }
      }),
    );
    return report;
  }

  private async catchUp(subscriber: ChangeSubscriber, ordered: boolean): Promise<{ handed: number; revisit: boolean }> {
    let handed = 0;
    for (;;) {
      const { count, more, revisit } = await this.transactions.run(async (manager) => {
        const position = await this.positions.lockPosition(subscriber.name);
        if (!position) return { count: 0, more: false, revisit: true }; // another worker is on it
        const batch = await this.positions.eventsAfter(position, BATCH, ordered);
        if (batch.events.length > 0) await subscriber.handle(batch.events, manager);
        if (batch.settled) await this.positions.movePosition(subscriber.name, batch.settled);
        return { count: batch.events.length, more: batch.more, revisit: batch.unsettled };
      });
      handed += count;
      if (!more) return { handed, revisit };
    }
  }
}
