import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ExchangeRatesModule } from '../../exchange-rates/exchange-rates.module.js';
import { ShipmentDocuments } from './shipment-documents.js';
import { Shipment } from './shipment.entity.js';
import { ShipmentsController } from './shipments.controller.js';
import { ShipmentsRepository } from './shipments.repository.js';
import { ShipmentsService } from './shipments.service.js';

/** Shipments (realized exports); the service is exported for follow-up rounds, where companies report them. */
@Module({
  imports: [TypeOrmModule.forFeature([Shipment]), ExchangeRatesModule],
  controllers: [ShipmentsController],
  providers: [ShipmentsRepository, ShipmentsService, ShipmentDocuments],
  exports: [ShipmentsService],
})
export class ShipmentsModule {}
