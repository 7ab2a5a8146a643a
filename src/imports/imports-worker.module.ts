import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ImportBatchService } from './import-batch.service.js';
import { ImportRecordsRepository } from './import-records.repository.js';
import { ImportsRepository } from './imports.repository.js';
import { ImportsQueueWorker } from './imports.worker.js';
import { ImportFailures } from './import-failures.js';
import { RunImportJob } from './jobs/run-import.job.js';
import { SweepImportsJob } from './jobs/sweep-imports.job.js';
import { Buyer } from '../buyers/buyer.entity.js';
import { Company } from '../companies/company.entity.js';
import { Consultation } from '../consultations/consultation.entity.js';
import { Contract } from '../contracts/contract.entity.js';
import { Fair } from '../fairs/fair.entity.js';
import { Import, ImportError } from './import.entity.js';
import { StagedRecordsRepository } from './staged-records.repository.js';

/** The worker side of imports: the job that reads an uploaded file into records. */
@Module({
  // An import refers to its fair, and the records it writes take their columns from their entities
  // (stagedInsert): TypeORM maps an entity only with its relations' targets.
  imports: [TypeOrmModule.forFeature([Import, ImportError, Fair, Consultation, Contract, Company, Buyer])],
  providers: [ImportsRepository, ImportRecordsRepository, StagedRecordsRepository, ImportBatchService, RunImportJob, SweepImportsJob, ImportFailures, ImportsQueueWorker],
})
export class ImportsWorkerModule {}
