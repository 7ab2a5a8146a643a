import { Module } from '@nestjs/common';
import { ImportRecordsRepository } from './import-records.repository.js';
import { ImportUploads } from './import-uploads.js';
import { ImportsController } from './imports.controller.js';
import { ImportsRepository } from './imports.repository.js';
import { ImportsService } from './imports.service.js';

/** The API side of imports: upload, progress and error report. */
@Module({
  controllers: [ImportsController],
  providers: [ImportsRepository, ImportRecordsRepository, ImportUploads, ImportsService],
})
export class ImportsModule {}
