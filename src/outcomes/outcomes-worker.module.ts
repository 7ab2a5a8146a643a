import { Module } from '@nestjs/common';
import { RefreshOutcomeJob } from './jobs/refresh-outcome.job.js';
import { SweepOutcomesJob } from './jobs/sweep-outcomes.job.js';
import { OutcomesQueueWorker } from './outcomes.worker.js';
import { OutcomesComputeModule } from './outcomes-compute.module.js';
import { OutcomesSubscriber } from './outcomes.subscriber.js';

/** The worker side of outcomes: the change feed's outcome subscriber, the refresh and sweep jobs and their queue worker. */
@Module({
  imports: [OutcomesComputeModule],
  providers: [OutcomesSubscriber, RefreshOutcomeJob, SweepOutcomesJob, OutcomesQueueWorker],
})
export class OutcomesWorkerModule {}
