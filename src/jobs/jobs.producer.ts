import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, Logger } from '@nestjs/common';
import type { Job, Queue } from 'bullmq';
import { JOBS, type JobName, type JobPayloads, QUEUES } from './jobs.js';

/** The one way to enqueue: job name and payload are type-checked together. */
@Injectable()
export class JobsProducer {
  private readonly logger = new Logger('Jobs');
  private readonly queues: Record<string, Queue>;

  private readonly pending = new Map<string, NodeJS.Timeout>();

  constructor(
    @InjectQueue(QUEUES.outcomes) outcomes: Queue,
    @InjectQueue(QUEUES.maintenance) maintenance: Queue,
    @InjectQueue(QUEUES.matchmaking) matchmaking: Queue,
    @InjectQueue(QUEUES.imports) imports: Queue,
    @InjectQueue(QUEUES.changes) changes: Queue,
    @InjectQueue(QUEUES.webhooks) webhooks: Queue,
    @InjectQueue(QUEUES.mail) mail: Queue,
  ) {
    this.queues = {
      [QUEUES.outcomes]: outcomes,
      [QUEUES.maintenance]: maintenance,
      [QUEUES.matchmaking]: matchmaking,
      [QUEUES.imports]: imports,
      [QUEUES.changes]: changes,
      [QUEUES.webhooks]: webhooks,
      [QUEUES.mail]: mail,
    };
    // Without a listener BullMQ prints every failed reconnection; the health check reports the outage.
    for (const queue of Object.values(this.queues)) queue.on('error', (error) => this.logger.debug(`queue connection: ${error.message}`));
  }

  enqueue<N extends JobName>(name: N, payload: JobPayloads[N]): Promise<Job> {
    const definition = JOBS[name];
    return this.queues[definition.queue].add(name, payload, definition.options?.(payload as never));
  }

  /**
   * Enqueues work whose job was lost. A deduplication key that outlived its job (Redis lost the job
   * but not the key: a flush racing the add, a failover that kept one and not the other) would
   * swallow this enqueue and every later one, leaving the work undone for good; such a key is
   * released first. A job that still exists keeps its key, so live work is not queued twice.
   */
  async reenqueue<N extends JobName>(name: N, payload: JobPayloads[N]): Promise<Job> {
    const definition = JOBS[name];
    const key = definition.options?.(payload as never)?.deduplication?.id;
    if (key) {
      const queue = this.queues[definition.queue];
      const holder = await queue.getDeduplicationJobId(key);
      if (holder && !(await queue.getJob(holder))) {
        await queue.removeDeduplicationKey(key);
        this.logger.warn(`released the deduplication key ${key}: its job ${holder} no longer exists`);
      }
    }
    return this.enqueue(name, payload);
  }

  /**
   * After a commit: a failure to reach Redis must not fail the write that already succeeded. What
   * PostgreSQL holds (the change feed, stale marks) stays, and a scheduled job picks it up once Redis
   * is back.
   */
  enqueueAfterCommit<N extends JobName>(name: N, payload: JobPayloads[N]): void {
    const failed = (error: unknown) =>
      this.logger.warn(`could not enqueue ${name} (${error instanceof Error ? error.message : String(error)}); a scheduled run will catch up`);
    // BullMQ's add does not settle while Redis is unreachable: give up waiting (the job may still be
    // added once Redis is back; what PostgreSQL holds makes sure the work happens either way).
    const timeout = new Promise<never>((_, reject) => setTimeout(() => reject(new Error('Redis did not answer within 2 s')), 2000).unref());
    Promise.race([this.enqueue(name, payload), timeout]).catch(failed);
  }

  /**
   * A trailing debounce per key: a burst of writes to one fair within `delayMs` becomes one enqueue,
   * sent after the last of them has committed (so the refresh it triggers sees them all).
   */
  enqueueSoon<N extends JobName>(key: string, delayMs: number, name: N, payload: JobPayloads[N]): void {
    if (this.pending.has(key)) return;
    this.pending.set(
      key,
      setTimeout(() => {
        this.pending.delete(key);
        this.enqueueAfterCommit(name, payload);
      }, delayMs),
    );
  }

  queue(name: string): Queue {
    return this.queues[name];
  }
}
