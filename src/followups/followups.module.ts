import { Module } from '@nestjs/common';
import { Clock } from '../common/clock.js';
import { ConsultationsModule } from '../consultations/consultations.module.js';
import { ContractsModule } from '../contracts/contracts.module.js';
import { RedisThrottlerStorage } from '../throttle/redis-throttler.storage.js';
import { FollowUpLinksController } from './follow-up-links.controller.js';
import { FollowUpLinksService } from './follow-up-links.service.js';
import { FollowUpResponsesService } from './follow-up-responses.service.js';
import { FollowUpsController } from './follow-ups.controller.js';
import { FollowUpsRepository } from './follow-ups.repository.js';
import { FollowUpsService } from './follow-ups.service.js';
import { RoundScheduleRepository } from './round-schedule.repository.js';
import { ShipmentsModule } from './shipments/shipments.module.js';
import { SurveyRepository } from './survey.repository.js';

/** The API side of follow-up rounds: schedules, questionnaires and links, answers, survey results. */
@Module({
  imports: [ConsultationsModule, ContractsModule, ShipmentsModule],
  controllers: [FollowUpsController, FollowUpLinksController],
  providers: [Clock, RoundScheduleRepository, FollowUpsRepository, SurveyRepository, FollowUpsService, FollowUpResponsesService, FollowUpLinksService, RedisThrottlerStorage],
  exports: [FollowUpsService],
})
export class FollowUpsModule {}
