import { Processor, WorkerHost } from '@nestjs/bullmq';
import type { Job } from 'bullmq';
import { JobRegistry } from './job-registry.js';
import { QUEUES } from './jobs.js';

/** The maintenance queue's worker: housekeeping jobs, routed to their handlers. */
@Processor(QUEUES.maintenance, { concurrency: 1 })
export class MaintenanceQueueWorker extends WorkerHost {
  constructor(private readonly registry: JobRegistry) {
    super();
  }

  process(job: Job): Promise<unknown> {
    return this.registry.dispatch(job);
  }
}
