import { Injectable, Logger } from '@nestjs/common';
import { HandlesJob, type JobHandler } from '../../jobs/job-handler.js';
import type { JobPayloads } from '../../jobs/jobs.js';
import { OutcomeRefresher } from '../outcome-refresher.js';

@Injectable()
@HandlesJob('outcomes:refresh')
export class RefreshOutcomeJob implements JobHandler<'outcomes:refresh'> {
  private readonly logger = new Logger(RefreshOutcomeJob.name);

  constructor(private readonly outcomes: OutcomeRefresher) {}

  async handle({ agencyId, fairId }: JobPayloads['outcomes:refresh']) {
    const result = await this.outcomes.refresh(agencyId, fairId);
    if (result.computed) this.logger.debug(`fair ${fairId}: outcome refreshed, ${result.cleared} change(s) accounted for`);
    return result;
  }
}
