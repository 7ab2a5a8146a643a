import { Module } from '@nestjs/common';
import { BuyersModule } from '../buyers/buyers.module.js';
import { BuyerPersonalDataController } from './buyer-personal-data.controller.js';
import { PersonalDataRepository } from './personal-data.repository.js';
import { PersonalDataService } from './personal-data.service.js';

/** Data-subject requests (export, erasure) about buyers. */
@Module({
  imports: [BuyersModule],
  controllers: [BuyerPersonalDataController],
  providers: [PersonalDataRepository, PersonalDataService],
})
export class PersonalDataModule {}
