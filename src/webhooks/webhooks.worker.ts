import { Processor, WorkerHost } from '@nestjs/bullmq';
import type { Job } from 'bullmq';
import { loadEnv } from '../config/env.js';
import { JobRegistry } from '../jobs/job-registry.js';
import { QUEUES } from '../jobs/jobs.js';

// Decorator arguments are fixed at import, so these settings are read from the environment here.
const env = loadEnv();

/**
 * The webhooks queue's worker: one job per endpoint at a time (deduplicated), many endpoints at once;
 * a job mostly waits on a receiver. A killed worker's job is handed back after one lock period.
 */
@Processor(QUEUES.webhooks, {
  concurrency: env.WEBHOOK_CONCURRENCY,
  lockDuration: env.JOB_LOCK_DURATION_MS,
  stalledInterval: env.JOB_LOCK_DURATION_MS,
})
export class WebhooksQueueWorker extends WorkerHost {
  constructor(private readonly registry: JobRegistry) {
    super();
  }

  process(job: Job): Promise<unknown> {
    return this.registry.dispatch(job);
  }
}
