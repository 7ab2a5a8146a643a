import { Module } from '@nestjs/common';
import { AddressGuard } from './address-guard.js';
import { WebhookDeliveriesController } from './webhook-deliveries.controller.js';
import { WebhookDeliveriesRepository } from './webhook-deliveries.repository.js';
import { WebhookDeliveriesService } from './webhook-deliveries.service.js';
import { WebhookEndpointsRepository } from './webhook-endpoints.repository.js';
import { WebhookSecretBox } from './webhook-secrets.js';
import { WebhookWakeUp } from './webhook-wake-up.js';
import { WebhooksController } from './webhooks.controller.js';
import { WebhooksService } from './webhooks.service.js';

/** The API side of webhooks: endpoints, their secrets, the delivery log. */
@Module({
  controllers: [WebhooksController, WebhookDeliveriesController],
  providers: [WebhookEndpointsRepository, WebhookDeliveriesRepository, WebhooksService, WebhookDeliveriesService, AddressGuard, WebhookSecretBox, WebhookWakeUp],
})
export class WebhooksModule {}
