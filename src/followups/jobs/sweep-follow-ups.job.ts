import { Injectable, Logger } from '@nestjs/common';
import { Clock } from '../../common/clock.js';
import { HandlesJob, type JobHandler } from '../../jobs/job-handler.js';
import { FollowUpMailDispatcher } from '../follow-up-mail-dispatcher.js';
import { RoundOpener } from '../round-opener.js';
import { RoundScheduleRepository } from '../round-schedule.repository.js';

/** Rounds opened per run at most, so one run stays short; the next run carries on. */
const MAX_ROUNDS_PER_RUN = 50;

/**
 * The follow-up clock, run on a schedule by every worker: gives new fairs their default schedule,
 * keeps unopened rounds on their fair's dates, opens due rounds, queues due reminders and hands the
 * emails over. Everything it decides is decided in PostgreSQL, so a lost run, a killed worker or a
 * Redis flush only delays it, and two workers running it at once open nothing twice.
 */
@Injectable()
@HandlesJob('followups:sweep')
export class SweepFollowUpsJob implements JobHandler<'followups:sweep'> {
  private readonly logger = new Logger(SweepFollowUpsJob.name);

  constructor(
    private readonly clock: Clock,
    private readonly schedules: RoundScheduleRepository,
    private readonly opener: RoundOpener,
    private readonly mail: FollowUpMailDispatcher,
  ) {}

  async handle() {
    const now = this.clock.now();
    const scheduled = await this.schedules.ensureDefaults(null);
    await this.schedules.followFairDates();
    let opened = 0;
    for (; opened < MAX_ROUNDS_PER_RUN; opened += 1) {
      const round = await this.opener.openNext(now);
      if (!round) break;
      this.logger.log(`opened follow-up round ${round.roundId} of fair ${round.fairId}: ${round.questionnaires} questionnaire(s), ${round.invited} invitation(s)`);
    }
    const reminders = await this.opener.queueReminders(now);
    const mails = await this.mail.dispatch(now);
    return { scheduled, opened, reminders, mails };
  }
}
