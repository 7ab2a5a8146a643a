import { Module } from '@nestjs/common';
import { AddressGuard } from './address-guard.js';
import { DeliverWebhooksJob } from './jobs/deliver-webhooks.job.js';
import { PurgeWebhookDeliveriesJob } from './jobs/purge-webhook-deliveries.job.js';
import { SweepWebhooksJob } from './jobs/sweep-webhooks.job.js';
import { WebhookDeliveriesRepository } from './webhook-deliveries.repository.js';
import { WebhookDispatcher } from './webhook-dispatcher.js';
import { WebhookEndpointsRepository } from './webhook-endpoints.repository.js';
import { WebhookSecretBox } from './webhook-secrets.js';
import { WebhookSender } from './webhook-sender.js';
import { WebhookSubscriber } from './webhook.subscriber.js';
import { WebhookWakeUp } from './webhook-wake-up.js';
import { WebhooksQueueWorker } from './webhooks.worker.js';

/** The worker side of webhooks: the change feed's subscriber, the per-endpoint sender and the sweep. */
@Module({
  providers: [
    WebhookEndpointsRepository,
    WebhookDeliveriesRepository,
    WebhookSecretBox,
    AddressGuard,
    WebhookSender,
    WebhookDispatcher,
    WebhookWakeUp,
    WebhookSubscriber,
    DeliverWebhooksJob,
    SweepWebhooksJob,
    PurgeWebhookDeliveriesJob,
    WebhooksQueueWorker,
  ],
  exports: [WebhookSubscriber],
})
export class WebhooksWorkerModule {}
