import { Global, Module } from '@nestjs/common';
import { OutcomeChangesRepository } from './outcome-changes.repository.js';

@Global()
@Module({ providers: [OutcomeChangesRepository], exports: [OutcomeChangesRepository] })
export class OutcomesModule {}
