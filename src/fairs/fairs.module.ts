import { Module } from '@nestjs/common';
import { FairsController } from './fairs.controller.js';
import { FairsRepository } from './fairs.repository.js';
import { FairsService } from './fairs.service.js';
import { ParticipantsController } from './participants.controller.js';
import { ParticipantsService } from './participants.service.js';
import { ParticipationsRepository } from './participations.repository.js';

@Module({
  controllers: [FairsController, ParticipantsController],
  providers: [FairsRepository, FairsService, ParticipationsRepository, ParticipantsService],
  exports: [FairsRepository, ParticipationsRepository],
})
export class FairsModule {}
