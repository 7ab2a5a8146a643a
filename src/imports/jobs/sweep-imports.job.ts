import { Injectable, Logger } from '@nestjs/common';
import { HandlesJob, type JobHandler } from '../../jobs/job-handler.js';
import { JobsProducer } from '../../jobs/jobs.producer.js';
import { importJobId, QUEUES } from '../../jobs/jobs.js';
import { ImportFailures } from '../import-failures.js';
import { ImportsRepository } from '../imports.repository.js';

/**
 * Settles every import left `queued` or `running` whose job will not finish it: a job BullMQ failed
 * for good (its `failed` handling was lost with the worker that saw it) ends the import as failed,
 * file removed; a job that is gone (Redis flushed) is enqueued again and resumes from its checkpoint.
 * A job id per import makes re-enqueueing one that is still queued harmless.
 */
@Injectable()
@HandlesJob('imports:sweep')
export class SweepImportsJob implements JobHandler<'imports:sweep'> {
  private readonly logger = new Logger(SweepImportsJob.name);

  constructor(
    private readonly imports: ImportsRepository,
    private readonly failures: ImportFailures,
    private readonly jobs: JobsProducer,
  ) {}

  async handle() {
    const queue = this.jobs.queue(QUEUES.imports);
    let failed = 0;
    let requeued = 0;
    for (const { agencyId, id } of await this.imports.unfinished()) {
      const jobId = importJobId(id);
      const state = await queue.getJobState(jobId);
      if (state === 'failed') {
        const job = await queue.getJob(jobId);
        if (await this.failures.jobDied(agencyId, id, job?.failedReason ?? 'its job failed')) failed++;
      } else if (state === 'unknown') {
        await this.jobs.enqueue('imports:run', { agencyId, importId: id });
        requeued++;
      }
    }
    if (failed + requeued > 0) this.logger.log(`imports sweep: ${failed} failed for good, ${requeued} re-enqueued`);
    return { failed, requeued };
  }
}
