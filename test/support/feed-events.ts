import type { ChangeEvent, RecordChange } from '../../src/changes/change-event.js';
import { ChangeFeed } from '../../src/changes/change-feed.js';
import { camelKeys } from '../../src/common/case.js';
import { Transactions } from '../../src/database/transactions.js';
import type { TestApp, TestStore } from './test-app.js';
import { sleep } from './worker.js';

export type EventSpec = Omit<RecordChange, 'changedFields'> & { changedFields?: string[] };

/**
 * Appends events through ChangeFeed in one transaction, as a write path does (the relay in a worker
 * process hands them to the webhook subscriber), and answers them as the feed stored them.
 */
export async function emitEvents(test: TestApp, specs: EventSpec[]): Promise<ChangeEvent[]> {
  const transactions = test.app.get(Transactions);
  const rows = await transactions.run(async (manager) => {
    await test.app.get(ChangeFeed).append(...specs.map((spec) => ({ changedFields: [], ...spec })));
    return manager.query<Record<string, unknown>[]>(
      `SELECT seq::text, id, agency_id, fair_id, record_type, record_id, version, type, changed_fields, actor, data, occurred_at
         FROM change_events WHERE tx_id = pg_current_xact_id() ORDER BY seq`,
    );
  });
  return rows.map((row, index) => ({ ...camelKeys<Omit<ChangeEvent, 'action'>>(row), action: specs[index].action }));
}

/** Resolves once a worker has registered the webhook subscriber: events appended from then on reach it. */
export async function webhookSubscriberRegistered(test: TestStore, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while ((await test.db.query(`SELECT 1 FROM change_positions WHERE subscriber = 'webhooks'`)).rows.length === 0) {
    if (Date.now() > deadline) throw new Error(`no worker registered the webhooks subscriber within ${timeoutMs} ms`);
    await sleep(50);
  }
}
