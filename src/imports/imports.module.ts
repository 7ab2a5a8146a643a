import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ImportRecordsRepository } from './import-records.repository.js';
import { ImportUploads } from './import-uploads.js';
import { ImportsController } from './imports.controller.js';
import { ImportsRepository } from './imports.repository.js';
import { ImportsService } from './imports.service.js';
import { Import, ImportError } from './import.entity.js';

/** The API side of imports: upload, progress and error report. */
@Module({
  imports: [TypeOrmModule.forFeature([Import, ImportError])],
  controllers: [ImportsController],
  providers: [ImportsRepository, ImportRecordsRepository, ImportUploads, ImportsService],
})
export class ImportsModule {}
