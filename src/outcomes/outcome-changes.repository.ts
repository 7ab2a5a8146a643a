import { Injectable } from '@nestjs/common';
import { Transactions } from '../database/transactions.js';
import { JobsProducer } from '../jobs/jobs.producer.js';

/** Writes to one fair within this many milliseconds share one enqueue (a booth burst, an import batch). */
const REFRESH_DEBOUNCE_MS = 20;

/**
 * Marks fairs' outcomes stale inside the transaction of the write that changed them, and once it has
 * committed, asks for their refresh (DESIGN "Outcome aggregation", steps 1 and 2).
 */
@Injectable()
export class OutcomeChangesRepository {
  constructor(
    private readonly transactions: Transactions,
    private readonly jobs: JobsProducer,
  ) {}

  async markStale(agencyId: string, ...fairIds: string[]): Promise<void> {
    const distinct = [...new Set(fairIds)];
    await this.transactions.manager.query(
      'INSERT INTO outcome_changes (agency_id, fair_id) SELECT $1, unnest($2::uuid[])',
      [agencyId, distinct],
    );
    for (const fairId of distinct) this.refreshAfterCommit(agencyId, fairId);
  }

  /** For a write that appended its fair's stale mark itself: ask for the refresh once it commits. */
  refreshAfterCommit(agencyId: string, fairId: string): void {
    this.transactions.afterCommit(() =>
      this.jobs.enqueueSoon(`refresh:${fairId}`, REFRESH_DEBOUNCE_MS, 'outcomes:refresh', { agencyId, fairId }),
    );
  }
}
