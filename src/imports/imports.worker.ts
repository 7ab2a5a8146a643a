import { OnWorkerEvent, Processor, WorkerHost } from '@nestjs/bullmq';
import { Logger } from '@nestjs/common';
import type { Job } from 'bullmq';
import { loadEnv } from '../config/env.js';
import { JobRegistry } from '../jobs/job-registry.js';
import { JobsProducer } from '../jobs/jobs.producer.js';
import { type JobPayloads, QUEUES } from '../jobs/jobs.js';
import { ImportFailures } from './import-failures.js';

// Decorator arguments are fixed at import, so these settings are read from the environment here.
const env = loadEnv();

/** BullMQ's reason for a job that stalled more than maxStalledCount times (its workers died on it). */
const BULLMQ_STALLED = 'job stalled more than allowable limit';
const STALLED_TOO_OFTEN = 'its worker stopped while reading it too many times (the job stalled more than BullMQ allows)';

/**
 * The imports queue's worker: one import at a time per process (an import is long and uses a
 * connection per batch); a killed worker's import is handed back after one lock period and resumes.
 * A job that fails for good — attempts used up, or stalled more than maxStalledCount (1: a worker
 * that died twice on one file, e.g. killed for memory) — ends its import as failed, file removed.
 */
@Processor(QUEUES.imports, { concurrency: 1, lockDuration: env.JOB_LOCK_DURATION_MS, stalledInterval: env.JOB_LOCK_DURATION_MS, maxStalledCount: 1 })
export class ImportsQueueWorker extends WorkerHost {
  private readonly logger = new Logger(ImportsQueueWorker.name);

  constructor(
    private readonly registry: JobRegistry,
    private readonly failures: ImportFailures,
    private readonly jobs: JobsProducer,
  ) {
    super();
  }

  process(job: Job): Promise<unknown> {
    return this.registry.dispatch(job);
  }

  /**
   * Emitted after every failed attempt: only a job BullMQ will not retry ends its import. A job that
   * stalled too often is failed this way too: BullMQ marks it, and the next worker to take it fails
   * it at once with an UnrecoverableError instead of running it.
   */
  @OnWorkerEvent('failed')
  async onFailed(job: Job<JobPayloads['imports:run']> | undefined, error: Error): Promise<void> {
    if (job?.name !== 'imports:run' || job.id === undefined) return;
    try {
      if ((await this.jobs.queue(QUEUES.imports).getJobState(job.id)) !== 'failed') return;
      await this.failures.jobDied(job.data.agencyId, job.data.importId, error.message === BULLMQ_STALLED ? STALLED_TOO_OFTEN : error.message);
    } catch (failure) {
      // The imports sweep settles it later.
      this.logger.warn(`could not settle import job ${job.id}: ${failure instanceof Error ? failure.message : String(failure)}`);
    }
  }
}
