import { Inject, Injectable, Logger } from '@nestjs/common';
import type { ConfigType } from '@nestjs/config';
import { webhooksConfig } from '../../config/configuration.js';
import { HandlesJob, type JobHandler } from '../../jobs/job-handler.js';
import { WebhookDeliveriesRepository } from '../webhook-deliveries.repository.js';

/** Rows per DELETE: short statements, however much has piled up. */
const BATCH = 10_000;

/** Hourly: delivered deliveries leave the log after WEBHOOK_LOG_RETENTION_DAYS; pending and failed ones stay. */
@Injectable()
@HandlesJob('webhooks:purge')
export class PurgeWebhookDeliveriesJob implements JobHandler<'webhooks:purge'> {
  private readonly logger = new Logger(PurgeWebhookDeliveriesJob.name);

  constructor(
    private readonly deliveries: WebhookDeliveriesRepository,
    @Inject(webhooksConfig.KEY) private readonly config: ConfigType<typeof webhooksConfig>,
  ) {}

  async handle() {
    let purged = 0;
    let batch: number;
    do {
      batch = await this.deliveries.purgeDelivered(this.config.logRetentionDays, BATCH);
      purged += batch;
    } while (batch === BATCH);
    if (purged > 0) this.logger.log(`purged ${purged} delivered webhook deliveries`);
    return { purged };
  }
}
