import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { NotFoundProblem } from '../common/errors.js';
import { type Page, toPage } from '../common/pagination.js';
import { ConflictProblem } from '../common/problem.js';
import { Transactions } from '../database/transactions.js';
import { type ListDeliveriesDto, type RedeliveredDto, WebhookDeliveryDto } from './dto/webhook-delivery.dto.js';
import { testPayload } from './event-payload.js';
import { TEST_EVENT_TYPE } from './event-types.js';
import { type AttemptRow, WebhookDeliveriesRepository } from './webhook-deliveries.repository.js';
import { type EndpointRow, WebhookEndpointsRepository } from './webhook-endpoints.repository.js';
import { WebhookWakeUp } from './webhook-wake-up.js';

/** An endpoint's delivery log, and the actions an admin takes on it. */
@Injectable()
export class WebhookDeliveriesService {
  constructor(
    private readonly deliveries: WebhookDeliveriesRepository,
    private readonly endpoints: WebhookEndpointsRepository,
    private readonly wakeUp: WebhookWakeUp,
    private readonly transactions: Transactions,
  ) {}

  /** Newest first, each delivery with its attempts. */
  async list(agencyId: string, endpointId: string, filter: ListDeliveriesDto): Promise<Page<WebhookDeliveryDto>> {
    await this.endpoint(agencyId, endpointId);
    const rows = await this.deliveries.list(agencyId, endpointId, filter);
    const attempts = await this.attemptsByDelivery(agencyId, rows.slice(0, filter.limit).map((row) => row.id));
    return toPage(rows, filter.limit, (row) => WebhookDeliveryDto.from(row, attempts.get(row.id) ?? []), (last) => last.seq);
  }

  /**
   * Sends one event again (same event id, same body), as soon as the endpoint's earlier deliveries
   * allow; a pending one is tried now instead of at its backoff time.
   */
  redeliver(agencyId: string, endpointId: string, deliveryId: string): Promise<WebhookDeliveryDto> {
    return this.transactions.run(async () => {
      const { scopes } = await this.enabledEndpoint(agencyId, endpointId);
      const row = await this.deliveries.requeue(agencyId, endpointId, deliveryId, scopes);
      if (!row && (await this.deliveries.exists(agencyId, endpointId, deliveryId))) {
        throw new ConflictProblem(`Delivery ${deliveryId} is of an event the endpoint's scopes no longer read`);
      }
      if (!row) throw new NotFoundProblem('Delivery', deliveryId);
      this.wakeUp.afterCommit(agencyId, endpointId);
      return WebhookDeliveryDto.from(row, (await this.attemptsByDelivery(agencyId, [row.id])).get(row.id) ?? []);
    });
  }

  /** Every delivery given up on goes out again, in its original order (those its scopes still read). */
  redeliverFailed(agencyId: string, endpointId: string): Promise<RedeliveredDto> {
    return this.transactions.run(async () => {
      const { scopes } = await this.enabledEndpoint(agencyId, endpointId);
      const redelivered = await this.deliveries.requeueFailed(agencyId, endpointId, scopes);
      if (redelivered > 0) this.wakeUp.afterCommit(agencyId, endpointId);
      return { redelivered };
    });
  }

  /** A `webhook.test` event, signed like any other, after whatever is pending. */
  sendTest(agencyId: string, endpointId: string): Promise<WebhookDeliveryDto> {
    return this.transactions.run(async () => {
      await this.enabledEndpoint(agencyId, endpointId);
      const eventId = randomUUID();
      const row = await this.deliveries.insertTest(agencyId, endpointId, eventId, TEST_EVENT_TYPE, testPayload(eventId, endpointId, new Date()));
      this.wakeUp.afterCommit(agencyId, endpointId);
      return WebhookDeliveryDto.from(row, []);
    });
  }

  private async endpoint(agencyId: string, endpointId: string, forUpdate = false): Promise<EndpointRow> {
    const endpoint = await this.endpoints.findById(agencyId, endpointId, forUpdate);
    if (!endpoint) throw new NotFoundProblem('Webhook', endpointId);
    return endpoint;
  }

  /** A disabled endpoint is sent nothing: enable it first (which sends what is pending). */
  private async enabledEndpoint(agencyId: string, endpointId: string): Promise<EndpointRow> {
    const endpoint = await this.endpoint(agencyId, endpointId, true);
    if (!endpoint.enabled) throw new ConflictProblem(`Webhook ${endpointId} is disabled (${endpoint.disabledReason ?? 'no reason given'}); enable it first`);
    return endpoint;
  }

  private async attemptsByDelivery(agencyId: string, deliveryIds: string[]): Promise<Map<string, AttemptRow[]>> {
    const byDelivery = new Map<string, AttemptRow[]>();
    if (deliveryIds.length === 0) return byDelivery;
    for (const attempt of await this.deliveries.attemptsOf(agencyId, deliveryIds)) {
      byDelivery.set(attempt.deliveryId, [...(byDelivery.get(attempt.deliveryId) ?? []), attempt]);
    }
    return byDelivery;
  }
}
