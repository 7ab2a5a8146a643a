import { Injectable } from '@nestjs/common';
import { HandlesJob, type JobHandler } from '../../jobs/job-handler.js';
import type { JobPayloads } from '../../jobs/jobs.js';
import { WebhookDispatcher } from '../webhook-dispatcher.js';

@Injectable()
@HandlesJob('webhooks:deliver')
export class DeliverWebhooksJob implements JobHandler<'webhooks:deliver'> {
  constructor(private readonly dispatcher: WebhookDispatcher) {}

  handle({ agencyId, endpointId }: JobPayloads['webhooks:deliver']) {
    return this.dispatcher.drain(agencyId, endpointId);
  }
}
