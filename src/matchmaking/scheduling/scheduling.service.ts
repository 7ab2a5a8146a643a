import { Injectable } from '@nestjs/common';
import { Transactions } from '../../database/transactions.js';
import { QUEUES } from '../../jobs/jobs.js';
import { JobsProducer } from '../../jobs/jobs.producer.js';
import { SessionsRepository } from '../sessions/sessions.repository.js';
import type { ScheduleRunDto } from './schedule-run.dto.js';
import { ScheduleRunsRepository } from './schedule-runs.repository.js';

/** Starts auto-scheduling runs (a BullMQ job each) and reads them back. */
@Injectable()
export class SchedulingService {
  constructor(
    private readonly runs: ScheduleRunsRepository,
    private readonly sessions: SessionsRepository,
    private readonly jobs: JobsProducer,
    private readonly transactions: Transactions,
  ) {}

  async start(agencyId: string, userId: string, fairId: string): Promise<ScheduleRunDto> {
    await this.sessions.fair(agencyId, fairId);
    return this.transactions.run(async () => {
      const run = await this.runs.create(agencyId, fairId, userId);
      // After commit, so the worker finds the run row; unlike outcome refreshes this must reach Redis.
      this.transactions.afterCommit(() => void this.jobs.enqueue('meetings:schedule', { agencyId, fairId, runId: run.id }).catch((error: unknown) =>
        this.runs.update(run.id, { status: 'failed', error: `could not queue the run: ${error instanceof Error ? error.message : String(error)}` }),
      ));
      return run;
    });
  }

  /** A running run's progress comes from its job, which reports each stage at once. */
  async get(agencyId: string, fairId: string, id: string): Promise<ScheduleRunDto> {
    const run = await this.runs.get(agencyId, fairId, id);
    if (run.status !== 'running') return run;
    const progress = (await this.jobs.queue(QUEUES.matchmaking).getJob(id).catch(() => undefined))?.progress;
    return typeof progress === 'number' ? { ...run, progress } : run;
  }
}
