import { Global, Module } from '@nestjs/common';
import { OutcomeChangesRepository } from './outcome-changes.repository.js';
import { OutcomeReportsController } from './outcome-reports.controller.js';
import { OutcomesController } from './outcomes.controller.js';
import { OutcomesRepository } from './outcomes.repository.js';
import { OutcomesService } from './outcomes.service.js';

/** The API side of outcomes: stale marks on writes, and reads of what the worker stored. */
@Global()
@Module({
  controllers: [OutcomesController, OutcomeReportsController],
  providers: [OutcomeChangesRepository, OutcomesRepository, OutcomesService],
  exports: [OutcomeChangesRepository],
})
export class OutcomesModule {}
