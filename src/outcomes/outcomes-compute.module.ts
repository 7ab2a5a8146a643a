import { Module } from '@nestjs/common';
import { OutcomeReconciler } from './outcome-reconciler.js';
import { OutcomeRefreshRepository } from './outcome-refresh.repository.js';
import { OutcomeRefresher } from './outcome-refresher.js';
import { OutcomesRepository } from './outcomes.repository.js';

/** Computing outcomes from source rows, without a queue: used by the worker's jobs and by the CLI. */
@Module({
  providers: [OutcomeRefreshRepository, OutcomesRepository, OutcomeRefresher, OutcomeReconciler],
  exports: [OutcomeRefreshRepository, OutcomesRepository, OutcomeRefresher, OutcomeReconciler],
})
export class OutcomesComputeModule {}
