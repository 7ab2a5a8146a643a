import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ConsultationsModule } from '../consultations/consultations.module.js';
import { ExchangeRatesModule } from '../exchange-rates/exchange-rates.module.js';
import { ContractsController } from './contracts.controller.js';
import { ContractsRepository } from './contracts.repository.js';
import { ContractsService } from './contracts.service.js';
import { Contract } from './contract.entity.js';

@Module({
  imports: [TypeOrmModule.forFeature([Contract]), ConsultationsModule, ExchangeRatesModule],
  controllers: [ContractsController],
  providers: [ContractsRepository, ContractsService],
  exports: [ContractsService],
})
export class ContractsModule {}
