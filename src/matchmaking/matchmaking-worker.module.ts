import { Processor, WorkerHost } from '@nestjs/bullmq';
import { Module } from '@nestjs/common';
import type { Job } from 'bullmq';
import { JobRegistry } from '../jobs/job-registry.js';
import { QUEUES } from '../jobs/jobs.js';
import { MatchesRepository } from './matches/matches.repository.js';
import { ScheduleMeetingsJob } from './scheduling/schedule-meetings.job.js';
import { ScheduleRunsRepository } from './scheduling/schedule-runs.repository.js';
import { SchedulingRepository } from './scheduling/scheduling.repository.js';

/** The matchmaking queue's worker: one scheduling run at a time per worker process (they are CPU-bound). */
@Processor(QUEUES.matchmaking, { concurrency: 1, lockDuration: 60_000 })
export class MatchmakingQueueWorker extends WorkerHost {
  constructor(private readonly registry: JobRegistry) {
    super();
  }

  process(job: Job): Promise<unknown> {
    return this.registry.dispatch(job);
  }
}

@Module({
  providers: [MatchmakingQueueWorker, ScheduleMeetingsJob, SchedulingRepository, MatchesRepository, ScheduleRunsRepository],
})
export class MatchmakingWorkerModule {}
