import { Module } from '@nestjs/common';
import { Clock } from '../common/clock.js';
import { FollowUpMailDispatcher } from './follow-up-mail-dispatcher.js';
import { MailWorkerModule } from '../mail/mail-worker.module.js';
import { SweepFollowUpsJob } from './jobs/sweep-follow-ups.job.js';
import { RoundOpener } from './round-opener.js';
import { RoundScheduleRepository } from './round-schedule.repository.js';

/** The worker side of follow-up rounds: the sweep that opens rounds, queues reminders and hands emails over. */
@Module({
  imports: [MailWorkerModule],
  providers: [Clock, RoundScheduleRepository, RoundOpener, FollowUpMailDispatcher, SweepFollowUpsJob],
})
export class FollowUpsWorkerModule {}
