import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import type { ConfigType } from '@nestjs/config';
import { workerConfig } from '../config/configuration.js';
import { JobsProducer } from '../jobs/jobs.producer.js';
import { QUEUES } from '../jobs/jobs.js';

const SCHEDULER_ID = 'outcomes:sweep';

/**
 * Keeps the sweeper's job scheduler registered. It is upserted at start and again every few
 * intervals: a FLUSHDB or a Redis restart without persistence would otherwise remove it for good.
 */
@Injectable()
export class OutcomeSweeperScheduler implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(OutcomeSweeperScheduler.name);
  private timer?: NodeJS.Timeout;

  constructor(
    private readonly jobs: JobsProducer,
    @Inject(workerConfig.KEY) private readonly config: ConfigType<typeof workerConfig>,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.upsert();
    this.timer = setInterval(() => {
      this.upsert().catch((error: unknown) => this.logger.warn(`could not register the sweeper: ${String(error)}`));
    }, this.config.sweepIntervalMs * 3);
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    clearInterval(this.timer);
  }

  private async upsert(): Promise<void> {
    await this.jobs
      .queue(QUEUES.outcomes)
      .upsertJobScheduler(SCHEDULER_ID, { every: this.config.sweepIntervalMs }, { name: 'outcomes:sweep', data: { agencyId: null } });
  }
}
