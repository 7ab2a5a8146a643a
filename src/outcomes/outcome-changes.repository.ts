import { Injectable } from '@nestjs/common';
import { Transactions } from '../database/transactions.js';

/** Marks fairs' outcomes stale, inside the transaction of the write that changed them. */
@Injectable()
export class OutcomeChangesRepository {
  constructor(private readonly transactions: Transactions) {}

  async markStale(agencyId: string, ...fairIds: string[]): Promise<void> {
    const distinct = [...new Set(fairIds)];
    await this.transactions.manager.query(
      'INSERT INTO outcome_changes (agency_id, fair_id) SELECT $1, unnest($2::uuid[])',
      [agencyId, distinct],
    );
  }
}
