import { Processor, WorkerHost } from '@nestjs/bullmq';
import type { Job } from 'bullmq';
import { JobRegistry } from '../jobs/job-registry.js';
import { QUEUES } from '../jobs/jobs.js';

/**
 * The change queue's worker. One relay run at a time per process; across processes the position
 * locks keep two runs off one subscriber.
 */
@Processor(QUEUES.changes, { concurrency: 1 })
export class ChangesQueueWorker extends WorkerHost {
  constructor(private readonly registry: JobRegistry) {
    super();
  }

  process(job: Job): Promise<unknown> {
    return this.registry.dispatch(job);
  }
}
