import { Inject, Injectable } from '@nestjs/common';
import type { ConfigType } from '@nestjs/config';
import { webhooksConfig } from '../config/configuration.js';
import { Transactions } from '../database/transactions.js';
import { JobsProducer } from '../jobs/jobs.producer.js';
import { nextAttemptDelayMs, retryAfterMs } from './retry-schedule.js';
import { WebhookDeliveriesRepository, type Attempt, type ClaimedDelivery } from './webhook-deliveries.repository.js';
import { WebhookEndpointsRepository } from './webhook-endpoints.repository.js';
import { WebhookSecretBox } from './webhook-secrets.js';
import { type SendResult, WebhookSender } from './webhook-sender.js';

/** A sender's lease on a delivery outlasts the attempt's timeout by this much. */
const LEASE_MARGIN_MS = 5000;

/**
 * Sends one endpoint's deliveries: the oldest pending one, then the next, each only once the one
 * before it is delivered (or given up), so the events of a record arrive in version order. A
 * failure stops the endpoint until the retry is due; a wake-up job is queued for that time (and the
 * sweep finds it should Redis lose the job).
 */
@Injectable()
export class WebhookDispatcher {
  constructor(
    private readonly deliveries: WebhookDeliveriesRepository,
    private readonly endpoints: WebhookEndpointsRepository,
    private readonly secrets: WebhookSecretBox,
    private readonly sender: WebhookSender,
    private readonly jobs: JobsProducer,
    private readonly transactions: Transactions,
    @Inject(webhooksConfig.KEY) private readonly config: ConfigType<typeof webhooksConfig>,
  ) {}

  /** How many deliveries went out before the endpoint ran dry, failed, or was disabled. */
  async drain(agencyId: string, endpointId: string): Promise<{ delivered: number }> {
    let delivered = 0;
    for (;;) {
      const claim = await this.deliveries.claimHead(agencyId, endpointId, this.config.timeoutMs + LEASE_MARGIN_MS);
      if (claim.kind === 'idle') return { delivered };
      if (claim.kind === 'later') {
        await this.wakeUpAt(agencyId, endpointId, claim.at);
        return { delivered };
      }
      const { delivery } = claim;
      const result = await this.sender.send(delivery.url, delivery.eventId, delivery.payload, this.signingSecrets(endpointId, delivery));
      const retryAt = await this.settle(agencyId, endpointId, delivery, result);
      if (retryAt === 'delivered') {
        delivered += 1;
        continue;
      }
      if (retryAt) await this.wakeUpAt(agencyId, endpointId, retryAt);
      return { delivered };
    }
  }

  /** The current secret, and the previous one while a rotation's overlap lasts: both sign. */
  private signingSecrets(endpointId: string, delivery: ClaimedDelivery): string[] {
    const sealed = [delivery.secretCiphertext, ...(delivery.previousSecretCiphertext ? [delivery.previousSecretCiphertext] : [])];
    return sealed.map((secret) => this.secrets.open(endpointId, secret));
  }

  /**
   * Records the attempt and decides what follows: delivered; retried at a time (backoff with full
   * jitter, or the receiver's Retry-After); or nothing more (null) because the endpoint is now
   * disabled — it answered 410 Gone, or it has failed for longer than the retry window.
   */
  private async settle(agencyId: string, endpointId: string, delivery: ClaimedDelivery, result: SendResult): Promise<'delivered' | Date | null> {
    const attempt: Attempt = {
      attemptedAt: result.attemptedAt,
      statusCode: result.statusCode,
      responseTimeMs: result.responseTimeMs,
      responseBody: result.responseBody,
      error: result.error,
    };
    const status = result.statusCode ?? 0;
    if (status >= 200 && status < 300) {
      await this.deliveries.recordDelivered(agencyId, delivery.id, attempt);
      return 'delivered';
    }
    if (status === 410) {
      await this.transactions.run(async () => {
        await this.deliveries.recordRefusal(agencyId, delivery.id, attempt);
        await this.endpoints.disable(agencyId, endpointId, 'the endpoint answered 410 Gone');
      });
      return null;
    }
    const firstFailedAt = delivery.firstFailedAt ?? result.attemptedAt;
    if (result.attemptedAt.getTime() - firstFailedAt.getTime() >= this.config.retryWindowMs) {
      const hours = this.config.retryWindowMs / 3_600_000;
      await this.transactions.run(async () => {
        await this.deliveries.recordFailure(agencyId, delivery.id, attempt, null);
        await this.endpoints.disable(agencyId, endpointId, `failing since ${firstFailedAt.toISOString()}, longer than the retry window (${hours} h)`);
      });
      return null;
    }
    const now = Date.now();
    const retryAt = new Date(now + nextAttemptDelayMs(delivery.failures + 1, retryAfterMs(result.retryAfter, now), this.config));
    await this.deliveries.recordFailure(agencyId, delivery.id, attempt, retryAt);
    return retryAt;
  }

  private async wakeUpAt(agencyId: string, endpointId: string, at: Date): Promise<void> {
    await this.jobs.enqueue('webhooks:deliver', { agencyId, endpointId, notBefore: at.getTime() });
  }
}
