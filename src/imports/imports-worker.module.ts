import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ImportBatchService } from './import-batch.service.js';
import { ImportRecordsRepository } from './import-records.repository.js';
import { ImportsRepository } from './imports.repository.js';
import { ImportsQueueWorker } from './imports.worker.js';
import { ImportFailures } from './import-failures.js';
import { RunImportJob } from './jobs/run-import.job.js';
import { SweepImportsJob } from './jobs/sweep-imports.job.js';
import { Fair } from '../fairs/fair.entity.js';
import { Import, ImportError } from './import.entity.js';
import { StagedRecordsRepository } from './staged-records.repository.js';

/** The worker side of imports: the job that reads an uploaded file into records. */
@Module({
  // An import refers to its fair: TypeORM maps a relation only with its target's entity.
  imports: [TypeOrmModule.forFeature([Import, ImportError, Fair])],
  providers: [ImportsRepository, ImportRecordsRepository, StagedRecordsRepository, ImportBatchService, RunImportJob, SweepImportsJob, ImportFailures, ImportsQueueWorker],
})
export class ImportsWorkerModule {}
