import { Injectable } from '@nestjs/common';
import type { ChangeEvent, ChangeSubscriber } from '../changes/change-event.js';
import { SubscribesToChanges } from '../changes/change-subscriber.js';
import { JobsProducer } from '../jobs/jobs.producer.js';
import { OutcomeRefreshRepository } from './outcome-refresh.repository.js';

/** Events for one fair within this many milliseconds share one enqueue (a booth burst, an import batch). */
const REFRESH_DEBOUNCE_MS = 20;

/**
 * Outcomes' place in the change feed (DESIGN "Outcome aggregation", step 2): the stale marks were
 * written with the events, by the trigger on change_events; this asks for the refresh of the fairs
 * the events left stale. Events without a fair (exchange rates) may have marked any fair of their
 * agency. Unordered: a refresh must not wait for some unrelated long transaction to end, and the
 * work is idempotent (the refresh job is deduplicated per fair, so events handed twice are
 * harmless); the sweeper still re-enqueues a mark whose job was lost, and a dropped answer.
 */
@Injectable()
@SubscribesToChanges({ ordered: false })
export class OutcomesSubscriber implements ChangeSubscriber {
  readonly name = 'outcomes';

  constructor(
    private readonly refreshes: OutcomeRefreshRepository,
    private readonly jobs: JobsProducer,
  ) {}

  async handle(events: readonly ChangeEvent[]): Promise<void> {
    const writes = events.filter((event) => event.recordType !== 'outcome');
    if (writes.length === 0) return;
    const fairs = writes.flatMap((event) => (event.fairId === null ? [] : [{ agencyId: event.agencyId, fairId: event.fairId }]));
    const agencies = [...new Set(writes.filter((event) => event.fairId === null).map((event) => event.agencyId))];
    // An edit of a fair or a company may have dropped rendered answers (its outcome figures are unchanged):
    // the refresh renders them again without recomputing.
    const shown = [...new Set(writes.filter((event) => event.recordType === 'fair' || event.recordType === 'company').map((event) => event.agencyId))];
    const undocumented = shown.length > 0 ? await this.refreshes.undocumentedFairs(shown) : [];
    for (const fair of [...(await this.refreshes.staleAmong(fairs, agencies)), ...undocumented]) {
      this.jobs.enqueueSoon(`refresh:${fair.fairId}`, REFRESH_DEBOUNCE_MS, 'outcomes:refresh', fair);
    }
  }
}
