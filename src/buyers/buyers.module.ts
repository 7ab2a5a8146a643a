import { Module } from '@nestjs/common';
import { BuyersController } from './buyers.controller.js';
import { BuyersRepository } from './buyers.repository.js';
import { BuyersService } from './buyers.service.js';

@Module({
  controllers: [BuyersController],
  providers: [BuyersRepository, BuyersService],
  exports: [BuyersRepository],
})
export class BuyersModule {}
