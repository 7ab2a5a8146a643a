import { Inject, Injectable, Logger, Module, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import type { ConfigType } from '@nestjs/config';
import { ChangesModule } from './changes/changes.module.js';
import { ChangesWorkerModule } from './changes/changes-worker.module.js';
import { AppLoggerModule } from './common/logging.module.js';
import { AppConfigModule } from './config/config.module.js';
import { redisConfig } from './config/configuration.js';
import { DatabaseModule } from './database/database.module.js';
import { PurgeIdempotencyKeysJob } from './idempotency/jobs/purge-idempotency-keys.job.js';
import { JobSchedules } from './jobs/job-schedules.js';
import { JobsModule } from './jobs/jobs.module.js';
import { MaintenanceQueueWorker } from './jobs/maintenance.worker.js';
import { WorkerHeartbeat } from './jobs/worker-heartbeat.js';
import { MatchmakingWorkerModule } from './matchmaking/matchmaking-worker.module.js';
import { ImportsWorkerModule } from './imports/imports-worker.module.js';
import { MailWorkerModule } from './mail/mail-worker.module.js';
import { FollowUpsWorkerModule } from './followups/followups-worker.module.js';
import { OutcomesWorkerModule } from './outcomes/outcomes-worker.module.js';
import { RedisModule, RedisService } from './redis/redis.module.js';
import { TenancyModule } from './tenancy/tenancy.module.js';
import { WebhooksWorkerModule } from './webhooks/webhooks-worker.module.js';

@Injectable()
class WorkerLifecycle implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Worker');

  constructor(
    private readonly redis: RedisService,
    @Inject(redisConfig.KEY) private readonly config: ConfigType<typeof redisConfig>,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.redis.whenReady();
    await this.redis.client.ping();
    this.logger.log(`worker ready: redis ${new URL(this.config.url).host}, prefix ${this.config.prefix}`);
  }

  onApplicationShutdown(signal?: string): void {
    this.logger.log(`worker stopped${signal ? ` on ${signal}` : ''}`);
  }
}

/** The BullMQ worker process: same modules as the API, no HTTP. */
@Module({
  imports: [AppConfigModule, AppLoggerModule, DatabaseModule, TenancyModule, RedisModule, JobsModule.forWorker(), ChangesModule, ChangesWorkerModule, OutcomesWorkerModule, MatchmakingWorkerModule, ImportsWorkerModule, WebhooksWorkerModule, MailWorkerModule, FollowUpsWorkerModule],
  providers: [WorkerLifecycle, WorkerHeartbeat, JobSchedules, MaintenanceQueueWorker, PurgeIdempotencyKeysJob],
})
export class WorkerModule {}
