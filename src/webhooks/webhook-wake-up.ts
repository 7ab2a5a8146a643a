import { Injectable } from '@nestjs/common';
import { Transactions } from '../database/transactions.js';
import { JobsProducer } from '../jobs/jobs.producer.js';

/**
 * Wakes an endpoint's sender once the current transaction has committed (so it sees the deliveries).
 * If Redis is away the write still stands: the deliveries are in PostgreSQL and the sweep wakes it.
 */
@Injectable()
export class WebhookWakeUp {
  constructor(
    private readonly transactions: Transactions,
    private readonly jobs: JobsProducer,
  ) {}

  afterCommit(agencyId: string, endpointId: string): void {
    this.transactions.afterCommit(() => this.jobs.enqueueAfterCommit('webhooks:deliver', { agencyId, endpointId }));
  }
}
