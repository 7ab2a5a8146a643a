import { Processor, WorkerHost } from '@nestjs/bullmq';
import type { Job } from 'bullmq';
import { loadEnv } from '../config/env.js';
import { JobRegistry } from '../jobs/job-registry.js';
import { QUEUES } from '../jobs/jobs.js';

// Decorator arguments are fixed at import, so these two settings are read from the environment here.
const env = loadEnv();

/** The outcomes queue's worker: it only routes each job to its handler. */
// stalledInterval = lockDuration: a job whose worker died is handed back after one lock period,
// not BullMQ's default 30 s check interval (found by the SIGKILL fault test: 30-60 s stale).
@Processor(QUEUES.outcomes, {
  concurrency: env.WORKER_CONCURRENCY,
  lockDuration: env.JOB_LOCK_DURATION_MS,
  stalledInterval: env.JOB_LOCK_DURATION_MS,
})
export class OutcomesQueueWorker extends WorkerHost {
  constructor(private readonly registry: JobRegistry) {
    super();
  }

  process(job: Job): Promise<unknown> {
    return this.registry.dispatch(job);
  }
}
