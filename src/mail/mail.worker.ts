import { Processor, WorkerHost } from '@nestjs/bullmq';
import type { Job } from 'bullmq';
import { loadEnv } from '../config/env.js';
import { JobRegistry } from '../jobs/job-registry.js';
import { QUEUES } from '../jobs/jobs.js';

// Decorator arguments are fixed at import, so these settings are read from the environment here.
const env = loadEnv();

/** The mail queue's worker: a few mails at once (each mostly waits on the SMTP server). */
@Processor(QUEUES.mail, { concurrency: 4, lockDuration: env.JOB_LOCK_DURATION_MS, stalledInterval: env.JOB_LOCK_DURATION_MS })
export class MailQueueWorker extends WorkerHost {
  constructor(private readonly registry: JobRegistry) {
    super();
  }

  process(job: Job): Promise<unknown> {
    return this.registry.dispatch(job);
  }
}
