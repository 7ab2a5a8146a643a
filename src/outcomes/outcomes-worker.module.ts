import { Module } from '@nestjs/common';
import { RefreshOutcomeJob } from './jobs/refresh-outcome.job.js';
import { SweepOutcomesJob } from './jobs/sweep-outcomes.job.js';
import { OutcomesQueueWorker } from './outcomes.worker.js';
import { OutcomesComputeModule } from './outcomes-compute.module.js';

/** The worker side of outcomes: the refresh and sweep jobs and the queue worker that runs them. */
@Module({
  imports: [OutcomesComputeModule],
  providers: [RefreshOutcomeJob, SweepOutcomesJob, OutcomesQueueWorker],
})
export class OutcomesWorkerModule {}
