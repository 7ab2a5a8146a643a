import { Injectable } from '@nestjs/common';
import { HandlesJob, type JobHandler } from '../../jobs/job-handler.js';
import { JobsProducer } from '../../jobs/jobs.producer.js';
import { ChangeRelay } from '../change-relay.js';

/** How soon a run that left events behind (held by another worker, or not yet settled) looks again. */
const REVISIT_MS = 250;

/**
 * One run of the relay, woken after a commit, by its schedule, or by itself when it left events
 * behind that no commit may wake it for (see `RelayReport.revisit`). A subscriber's failure does not fail
 * the job: its position stays, and a later run (after the subscriber's retry delay) hands it the same
 * events, while the other subscribers carry on.
 */
@Injectable()
@HandlesJob('changes:relay')
export class RelayChangesJob implements JobHandler<'changes:relay'> {
  constructor(
    private readonly relay: ChangeRelay,
    private readonly jobs: JobsProducer,
  ) {}

  async handle() {
    const report = await this.relay.run();
    if (report.revisit) this.jobs.enqueueSoon('changes:relay:revisit', REVISIT_MS, 'changes:relay', { agencyId: null });
    return report;
  }
}
