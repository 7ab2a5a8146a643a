import { Inject, Injectable, Logger } from '@nestjs/common';
import type { ConfigType } from '@nestjs/config';
import { changesConfig } from '../../config/configuration.js';
import { HandlesJob, type JobHandler } from '../../jobs/job-handler.js';
import { ChangeRelayRepository } from '../change-relay.repository.js';

/** Hourly: events older than CHANGE_RETENTION_DAYS that every subscriber has passed are deleted. */
@Injectable()
@HandlesJob('changes:purge')
export class PurgeChangesJob implements JobHandler<'changes:purge'> {
  private readonly logger = new Logger(PurgeChangesJob.name);

  constructor(
    private readonly feed: ChangeRelayRepository,
    @Inject(changesConfig.KEY) private readonly config: ConfigType<typeof changesConfig>,
  ) {}

  async handle() {
    const purged = await this.feed.purge(this.config.retentionDays);
    if (purged > 0) this.logger.log(`purged ${purged} change event(s) older than ${this.config.retentionDays} day(s)`);
    return { purged };
  }
}
