import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { FairsController } from './fairs.controller.js';
import { FairsRepository } from './fairs.repository.js';
import { FairsService } from './fairs.service.js';
import { ParticipantsController } from './participants.controller.js';
import { ParticipantsService } from './participants.service.js';
import { ParticipationsRepository } from './participations.repository.js';
import { Fair } from './fair.entity.js';
import { Participation } from './participation.entity.js';

@Module({
  imports: [TypeOrmModule.forFeature([Fair, Participation])],
  controllers: [FairsController, ParticipantsController],
  providers: [FairsRepository, FairsService, ParticipationsRepository, ParticipantsService],
  exports: [FairsRepository, ParticipationsRepository],
})
export class FairsModule {}
