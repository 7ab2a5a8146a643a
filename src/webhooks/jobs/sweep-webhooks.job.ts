import { Injectable, Logger } from '@nestjs/common';
import { HandlesJob, type JobHandler } from '../../jobs/job-handler.js';
import { JobsProducer } from '../../jobs/jobs.producer.js';
import { reenqueueEach } from '../../jobs/reenqueue.js';
import { WebhookDeliveriesRepository } from '../webhook-deliveries.repository.js';

/** Deliveries due this long have their own job on its way; older ones are presumed orphaned. */
const SWEEP_GRACE_MS = 1000;

/**
 * Wakes the sender of every enabled endpoint with a delivery due and unleased: its job was lost
 * (Redis flushed or down at commit time, a worker killed). Deduplication per endpoint makes waking
 * one that is already queued harmless.
 */
@Injectable()
@HandlesJob('webhooks:sweep')
export class SweepWebhooksJob implements JobHandler<'webhooks:sweep'> {
  private readonly logger = new Logger(SweepWebhooksJob.name);

  constructor(
    private readonly deliveries: WebhookDeliveriesRepository,
    private readonly jobs: JobsProducer,
  ) {}

  async handle() {
    const due = await this.deliveries.dueEndpoints(SWEEP_GRACE_MS);
    const woken = await reenqueueEach(this.jobs, 'webhooks:deliver', due, {
      logger: this.logger,
      message: (count) => `woke the sender of ${count} webhook endpoint(s) with deliveries due`,
    });
    return { woken };
  }
}
