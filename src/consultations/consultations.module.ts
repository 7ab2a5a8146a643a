import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ExchangeRatesModule } from '../exchange-rates/exchange-rates.module.js';
import { ConsultationExportService } from './consultation-export.service.js';
import { ConsultationExportsController } from './consultation-exports.controller.js';
import { ConsultationsController } from './consultations.controller.js';
import { ConsultationsRepository } from './consultations.repository.js';
import { ConsultationsService } from './consultations.service.js';
import { ReferencesRepository } from './references.repository.js';
import { Consultation } from './consultation.entity.js';

@Module({
  imports: [TypeOrmModule.forFeature([Consultation]), ExchangeRatesModule],
  controllers: [ConsultationExportsController, ConsultationsController],
  providers: [ConsultationsRepository, ConsultationsService, ReferencesRepository, ConsultationExportService],
  exports: [ReferencesRepository, ConsultationsService],
})
export class ConsultationsModule {}
