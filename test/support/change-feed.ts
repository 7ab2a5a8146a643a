import type { ChangeEvent, RecordType } from '../../src/changes/change-event.js';
import { camelKeys } from '../../src/common/case.js';
import { Transactions } from '../../src/database/transactions.js';
import { JobsProducer } from '../../src/jobs/jobs.producer.js';
import { WebhookDeliveriesRepository } from '../../src/webhooks/webhook-deliveries.repository.js';
import { WebhookSubscriber } from '../../src/webhooks/webhook.subscriber.js';
import { WebhookWakeUp } from '../../src/webhooks/webhook-wake-up.js';
import type { TestApp } from './test-app.js';

export interface EventSpec {
  agencyId: string;
  fairId: string | null;
  recordType: RecordType;
  recordId: string;
  version: number | null;
  action: string;
  changedFields?: string[];
  data?: Record<string, unknown> | null;
}

/**
 * Appends events to the change feed's outbox as a write path would (one transaction, in order),
 * then hands them to the webhook subscriber the way the relay does: in feed order, inside a
 * transaction, waking senders after its commit.
 */
export async function emitEvents(test: TestApp, specs: EventSpec[]): Promise<ChangeEvent[]> {
  const client = await test.db.connect();
  let rows: Record<string, unknown>[];
  try {
    await client.query('BEGIN');
    rows = [];
    for (const spec of specs) {
      const { rows: [row] } = await client.query(
        `INSERT INTO change_events (agency_id, fair_id, record_type, record_id, version, type, changed_fields, data)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
         RETURNING seq::text, id, agency_id, fair_id, record_type, record_id, version, type, changed_fields, actor, data, occurred_at`,
        [spec.agencyId, spec.fairId, spec.recordType, spec.recordId, spec.version, `${spec.recordType}.${spec.action}`, spec.changedFields ?? [], spec.data ?? null],
      );
      rows.push(row as Record<string, unknown>);
    }
    await client.query('COMMIT');
  } finally {
    client.release();
  }
  const events: ChangeEvent[] = rows.map((row, index) => ({ ...camelKeys<Omit<ChangeEvent, 'action'>>(row), action: specs[index].action }));
  const transactions = test.app.get(Transactions);
  const subscriber = new WebhookSubscriber(new WebhookDeliveriesRepository(transactions), new WebhookWakeUp(transactions, test.app.get(JobsProducer)));
  await transactions.run((manager) => subscriber.handle(events, manager));
  return events;
}
