import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { OutcomeReconciler } from './outcome-reconciler.js';
import { OutcomeRefreshRepository } from './outcome-refresh.repository.js';
import { OutcomeRefresher } from './outcome-refresher.js';
import { OutcomesRepository } from './outcomes.repository.js';
import { OutcomeChange } from './outcome-change.entity.js';
import { FairOutcome, FairOutcomeCompany, FairOutcomeCountry, FairOutcomeDay, FairOutcomeDocument, FairOutcomeMonth } from './outcome.entities.js';

/** Computing outcomes from source rows, without a queue: used by the worker's jobs and by the CLI. */
@Module({
  imports: [TypeOrmModule.forFeature([FairOutcome, FairOutcomeCompany, FairOutcomeCountry, FairOutcomeDay, FairOutcomeMonth, FairOutcomeDocument, OutcomeChange])],
  providers: [OutcomeRefreshRepository, OutcomesRepository, OutcomeRefresher, OutcomeReconciler],
  exports: [OutcomeRefreshRepository, OutcomesRepository, OutcomeRefresher, OutcomeReconciler],
})
export class OutcomesComputeModule {}
