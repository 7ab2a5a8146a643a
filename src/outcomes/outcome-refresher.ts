import { Injectable } from '@nestjs/common';
import { ChangeFeed } from '../changes/change-feed.js';
import { Transactions } from '../database/transactions.js';
import { outcomeDocument } from './outcome-document.js';
import { type RefreshResult, OutcomeRefreshRepository } from './outcome-refresh.repository.js';
import { fairOutcome, totals } from './outcome-totals.js';
import { OutcomesRepository } from './outcomes.repository.js';

/**
 * A refresh as the worker and the reconciler run it: the fair's outcome recomputed and stored and,
 * when it stored one, an `outcome.updated` event carrying the new totals (the shape of
 * `GET /v1/fairs/{fairId}/outcomes` without the breakdowns), in the same transaction. The stale-mark
 * trigger ignores outcome events, so a refresh never asks for another. Whenever no rendered answer is
 * stored for the outcome as it stands (it was just computed, or an edit of the fair or of one of its
 * companies dropped it), the read's answer is rendered and stored too, before the commit.
 */
@Injectable()
export class OutcomeRefresher {
  constructor(
    private readonly refreshes: OutcomeRefreshRepository,
    private readonly outcomes: OutcomesRepository,
    private readonly changes: ChangeFeed,
    private readonly transactions: Transactions,
  ) {}

  refresh(agencyId: string, fairId: string, force = false): Promise<RefreshResult> {
    return this.transactions.run(async () => {
      const result = await this.refreshes.refresh(agencyId, fairId, force);
      const stored = result.computed ? await this.outcomes.findTotals(agencyId, fairId) : null;
      if (stored) {
        await this.changes.append({
          agencyId,
          fairId,
          recordType: 'outcome',
          recordId: fairId,
          version: null,
          action: 'updated',
          changedFields: [],
          data: { ...totals(stored) },
        });
      }
      return result.documented ? result : { ...result, documented: await this.render(agencyId, fairId) };
    });
  }

  /**
   * Renders the read's answer from the stored outcome (exactly what the read would render from the
   * rows) and stores it; false when there is nothing to render (no such live fair, no stored outcome).
   */
  private async render(agencyId: string, fairId: string): Promise<boolean> {
    await this.refreshes.lockShownRecords(agencyId, fairId);
    const row = await this.outcomes.findForFair(agencyId, fairId);
    if (!row || row.computed_at === null) return false;
    await this.refreshes.storeDocument(agencyId, fairId, outcomeDocument(fairOutcome(row)));
    return true;
  }
}
