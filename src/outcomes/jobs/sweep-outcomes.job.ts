import { Injectable, Logger } from '@nestjs/common';
import { HandlesJob, type JobHandler } from '../../jobs/job-handler.js';
import { JobsProducer } from '../../jobs/jobs.producer.js';
import { reenqueueEach } from '../../jobs/reenqueue.js';
import { OutcomeRefreshRepository } from '../outcome-refresh.repository.js';

/**
 * Re-enqueues the refresh of every fair still stale after a grace period: its job was lost (Redis
 * flushed or down at commit time, a worker killed). PostgreSQL's stale marks are the truth; this
 * turns them back into jobs. Deduplication makes re-enqueueing an already queued fair harmless.
 * Fairs whose rendered answer is missing get a refresh too (it renders without recomputing).
 */
/** Marks younger than this have their own refresh on its way; older ones are presumed orphaned. */
const SWEEP_GRACE_MS = 1000;

@Injectable()
@HandlesJob('outcomes:sweep')
export class SweepOutcomesJob implements JobHandler<'outcomes:sweep'> {
  private readonly logger = new Logger(SweepOutcomesJob.name);

  constructor(
    private readonly outcomes: OutcomeRefreshRepository,
    private readonly jobs: JobsProducer,
  ) {}

  async handle() {
    const stale = await this.outcomes.staleFairs(SWEEP_GRACE_MS);
    const reenqueued = await reenqueueEach(this.jobs, 'outcomes:refresh', stale, {
      logger: this.logger,
      message: (count) => `re-enqueued the refresh of ${count} stale fair(s)`,
    });
    // Outcomes whose rendered answer is missing (dropped by an edit, or stored before answers were):
    // the read renders them from the rows meanwhile; their refresh stores the answer again.
    const undocumented = await this.outcomes.undocumentedFairs(null);
    const rendered = await reenqueueEach(this.jobs, 'outcomes:refresh', undocumented, {
      logger: this.logger,
      message: (count) => `re-enqueued the rendering of ${count} fair(s) with no stored answer`,
    });
    return { reenqueued, rendered };
  }
}
