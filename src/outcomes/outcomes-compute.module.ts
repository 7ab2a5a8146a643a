import { Module } from '@nestjs/common';
import { OutcomeReconciler } from './outcome-reconciler.js';
import { OutcomeRefreshRepository } from './outcome-refresh.repository.js';

/** Computing outcomes from source rows, without a queue: used by the worker's jobs and by the CLI. */
@Module({
  providers: [OutcomeRefreshRepository, OutcomeReconciler],
  exports: [OutcomeRefreshRepository, OutcomeReconciler],
})
export class OutcomesComputeModule {}
