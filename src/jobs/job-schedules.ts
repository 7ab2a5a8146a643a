import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import type { ConfigType } from '@nestjs/config';
import { workerConfig } from '../config/configuration.js';
import { JOBS, SCHEDULES } from './jobs.js';
import { JobsProducer } from './jobs.producer.js';

/**
 * Keeps the repeatable jobs' schedulers registered (SCHEDULES in jobs.ts). They are upserted at start
 * and again every few sweep intervals: a FLUSHDB or a Redis restart without persistence would
 * otherwise remove them for good.
 */
@Injectable()
export class JobSchedules implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(JobSchedules.name);
  private timer?: NodeJS.Timeout;

  constructor(
    private readonly jobs: JobsProducer,
    @Inject(workerConfig.KEY) private readonly config: ConfigType<typeof workerConfig>,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.upsert();
    this.timer = setInterval(() => {
      this.upsert().catch((error: unknown) => this.logger.warn(`could not register the job schedules: ${String(error)}`));
    }, this.config.sweepIntervalMs * 3);
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    clearInterval(this.timer);
  }

  private async upsert(): Promise<void> {
    for (const schedule of SCHEDULES) {
      await this.jobs
        .queue(JOBS[schedule.job].queue)
        .upsertJobScheduler(
          schedule.id,
          { every: schedule.everyMs(this.config.sweepIntervalMs) },
          { name: schedule.job, data: { agencyId: null } },
        );
    }
  }
}
