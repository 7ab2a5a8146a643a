import { Injectable } from '@nestjs/common';
import { HandlesJob, type JobHandler } from '../../jobs/job-handler.js';
import { ChangeRelay } from '../change-relay.js';

/**
 * One run of the relay, woken after a commit or by its schedule. A subscriber's failure does not fail
 * the job: its position stays, and a later run (after the subscriber's retry delay) hands it the same
 * events, while the other subscribers carry on.
 */
@Injectable()
@HandlesJob('changes:relay')
export class RelayChangesJob implements JobHandler<'changes:relay'> {
  constructor(private readonly relay: ChangeRelay) {}

  handle() {
    return this.relay.run();
  }
}
