import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, Logger } from '@nestjs/common';
import type { Job, Queue } from 'bullmq';
import { JOBS, type JobName, type JobPayloads, QUEUES } from './jobs.js';

/** The one way to enqueue: job name and payload are type-checked together. */
@Injectable()
export class JobsProducer {
  private readonly logger = new Logger('Jobs');
  private readonly queues: Record<string, Queue>;

  constructor(@InjectQueue(QUEUES.outcomes) outcomes: Queue) {
    this.queues = { [QUEUES.outcomes]: outcomes };
  }

  enqueue<N extends JobName>(name: N, payload: JobPayloads[N]): Promise<Job> {
    const definition = JOBS[name];
    return this.queues[definition.queue].add(name, payload, definition.options?.(payload as never));
  }

  /**
   * After a commit: a failure to reach Redis must not fail the write that already succeeded. The
   * stale mark in PostgreSQL stays, and the sweeper enqueues the refresh once Redis is back.
   */
  enqueueAfterCommit<N extends JobName>(name: N, payload: JobPayloads[N]): void {
    this.enqueue(name, payload).catch((error: unknown) => {
      this.logger.warn(`could not enqueue ${name} (${error instanceof Error ? error.message : String(error)}); the sweeper will`);
    });
  }

  queue(name: string): Queue {
    return this.queues[name];
  }
}
