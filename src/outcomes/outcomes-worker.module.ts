import { Module } from '@nestjs/common';
import { RefreshOutcomeJob } from './jobs/refresh-outcome.job.js';
import { SweepOutcomesJob } from './jobs/sweep-outcomes.job.js';
import { OutcomeRefreshRepository } from './outcome-refresh.repository.js';
import { OutcomeSweeperScheduler } from './outcome-sweeper.scheduler.js';
import { OutcomesQueueWorker } from './outcomes.worker.js';

/** The worker side of outcomes: the refresh and sweep jobs and the queue worker that runs them. */
@Module({
  providers: [OutcomeRefreshRepository, RefreshOutcomeJob, SweepOutcomesJob, OutcomeSweeperScheduler, OutcomesQueueWorker],
  exports: [OutcomeRefreshRepository],
})
export class OutcomesWorkerModule {}
