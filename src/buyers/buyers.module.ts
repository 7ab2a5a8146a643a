import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { BuyersController } from './buyers.controller.js';
import { BuyersRepository } from './buyers.repository.js';
import { BuyersService } from './buyers.service.js';
import { Buyer } from './buyer.entity.js';

@Module({
  imports: [TypeOrmModule.forFeature([Buyer])],
  controllers: [BuyersController],
  providers: [BuyersRepository, BuyersService],
  exports: [BuyersRepository, BuyersService],
})
export class BuyersModule {}
