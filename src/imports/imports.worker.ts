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

/** BullMQ's reason for a job its stalled checker failed (a worker died on it more than maxStalledCount times). */
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

  /** Emitted after every failed attempt: only a job BullMQ will not retry ends its import. */
  @OnWorkerEvent('failed')
  async onFailed(job: Job<JobPayloads['imports:run']> | undefined, error: Error): Promise<void> {
    if (job?.name !== 'imports:run') return;
    await this.settle(job.id, error.message);
  }

  /** The stalled checker moves a job stalled too often to failed without a `failed` event: look. */
  @OnWorkerEvent('stalled')
  async onStalled(jobId: string): Promise<void> {
    await this.settle(jobId, STALLED_TOO_OFTEN);
  }

  private async settle(jobId: string | undefined, reason: string): Promise<void> {
    if (jobId === undefined) return;
    try {
      const queue = this.jobs.queue(QUEUES.imports);
      if ((await queue.getJobState(jobId)) !== 'failed') return;
      const job = await queue.getJob(jobId);
      if (job?.name !== 'imports:run') return;
      const { agencyId, importId } = job.data as JobPayloads['imports:run'];
      const stalled = job.failedReason === 'job stalled more than allowable limit';
      await this.failures.jobDied(agencyId, importId, stalled ? STALLED_TOO_OFTEN : reason);
    } catch (error) {
      // The sweep (imports:sweep) settles it later.
      this.logger.warn(`could not settle import job ${jobId}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
}
