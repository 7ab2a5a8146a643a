import { Processor, WorkerHost } from '@nestjs/bullmq';
import type { Job } from 'bullmq';
import { loadEnv } from '../config/env.js';
import { JobRegistry } from '../jobs/job-registry.js';
import { QUEUES } from '../jobs/jobs.js';

// Decorator arguments are fixed at import, so these settings are read from the environment here.
const env = loadEnv();

/**
 * The imports queue's worker: one import at a time per process (an import is long and uses a
 * connection per batch); a killed worker's import is handed back after one lock period and resumes.
 */
@Processor(QUEUES.imports, { concurrency: 1, lockDuration: env.JOB_LOCK_DURATION_MS, stalledInterval: env.JOB_LOCK_DURATION_MS })
export class ImportsQueueWorker extends WorkerHost {
  constructor(private readonly registry: JobRegistry) {
    super();
  }

  process(job: Job): Promise<unknown> {
    return this.registry.dispatch(job);
  }
}
