import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { FollowUpsModule } from '../followups/followups.module.js';
import { OutcomeReportsController } from './outcome-reports.controller.js';
import { OutcomesController } from './outcomes.controller.js';
import { OutcomesRepository } from './outcomes.repository.js';
import { OutcomesService } from './outcomes.service.js';
import { OutcomeChange } from './outcome-change.entity.js';
import { FairOutcome, FairOutcomeCompany, FairOutcomeCountry, FairOutcomeDay, FairOutcomeDocument, FairOutcomeMonth } from './outcome.entities.js';

/**
 * The API side of outcomes: reads of what the worker stored. Writes mark outcomes stale through the
 * change feed (a trigger on its events), so no write path depends on this module.
 */
@Module({
  // The fair's report carries the exhibitor survey sheet (FollowUpsModule).
  imports: [TypeOrmModule.forFeature([FairOutcome, FairOutcomeCompany, FairOutcomeCountry, FairOutcomeDay, FairOutcomeMonth, FairOutcomeDocument, OutcomeChange]), FollowUpsModule],
  controllers: [OutcomesController, OutcomeReportsController],
  providers: [OutcomesRepository, OutcomesService],
})
export class OutcomesModule {}
