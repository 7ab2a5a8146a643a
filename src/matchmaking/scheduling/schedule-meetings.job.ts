import { Injectable, Logger } from '@nestjs/common';
import type { Job } from 'bullmq';
import { ChangeFeed } from '../../changes/change-feed.js';
import { actingAs } from '../../database/actor.js';
import { Transactions } from '../../database/transactions.js';
import { HandlesJob, type JobHandler } from '../../jobs/job-handler.js';
import type { JobPayloads } from '../../jobs/jobs.js';
import { scoreMatch } from '../matches/match-score.js';
import { meetingChange } from '../meetings/meeting-change.js';
import { MatchesRepository } from '../matches/matches.repository.js';
import { ScheduleRunsRepository } from './schedule-runs.repository.js';
import { schedule } from './scheduler.js';
import { SchedulingRepository } from './scheduling.repository.js';

/** Budget of the repair passes; the greedy pass always completes. */
const BUDGET_MS = 8000;

/**
 * Progress by stage, on the BullMQ job (the run row only changes when its transaction commits). The
 * scheduler itself runs synchronously, so finer progress could not be sent while it runs anyway.
 */
export const PROGRESS = { loaded: 10, scheduled: 80 } as const;

/** Auto-schedules a fair's accepted meetings: reads, runs the pure scheduler, writes, records the run. */
@Injectable()
@HandlesJob('meetings:schedule')
export class ScheduleMeetingsJob implements JobHandler<'meetings:schedule'> {
  private readonly logger = new Logger(ScheduleMeetingsJob.name);

  constructor(
    private readonly scheduling: SchedulingRepository,
    private readonly matches: MatchesRepository,
    private readonly runs: ScheduleRunsRepository,
    private readonly changes: ChangeFeed,
    private readonly transactions: Transactions,
  ) {}

  async handle({ agencyId, fairId, runId }: JobPayloads['meetings:schedule'], job: Job) {
    const { requestedBy } = await this.runs.update(runId, { status: 'running', progress: 0 });
    try {
      // The meetings it places are audited as placed by the manager who started the run.
      const result = await actingAs(`user:${requestedBy}`, () => this.transactions.run(async () => {
        await this.scheduling.lockFair(fairId);
        const input = await this.scheduling.load(agencyId, fairId);
        await job.updateProgress(PROGRESS.loaded);
        const scores = new Map(
          (await this.matches.facts(agencyId, input.requests)).map((f) => [`${f.companyId}:${f.buyerId}`, scoreMatch(f.company, f.buyer, f.history).score]),
        );
        for (const request of input.requests) request.score = scores.get(`${request.companyId}:${request.buyerId}`) ?? 0;
        const started = Date.now();
        const outcome = schedule(input, { budgetMs: BUDGET_MS });
        const elapsedMs = Date.now() - started;
        await job.updateProgress(PROGRESS.scheduled);
        const applied = await this.scheduling.apply(agencyId, outcome.placed);
        await this.changes.append(
          ...applied.placed.map((meeting) =>
            meetingChange(agencyId, meeting, 'scheduled', ['status', 'sessionId', 'tableNumber', 'startsAt', 'endsAt', ...(meeting.withInterpreter ? ['interpreterId'] : [])]),
          ),
        );
        const refused = new Set(applied.refused);
        return {
          requests: input.requests.length,
          placed: outcome.placed.length - refused.size,
          unplaced: [
            ...outcome.unplaced.map((u) => ({ meetingId: u.requestId, reason: u.reason })),
            ...[...refused].map((meetingId) => ({ meetingId, reason: 'taken_meanwhile' as const })),
          ],
          elapsedMs,
        };
      }));
      await this.runs.update(runId, { status: 'completed', progress: 100, result });
      await job.updateProgress(100);
      this.logger.log(`fair ${fairId}: placed ${result.placed} of ${result.requests} meetings`);
      return { placed: result.placed, unplaced: result.unplaced.length };
    } catch (error) {
      await this.runs.update(runId, { status: 'failed', error: error instanceof Error ? error.message : String(error) });
      throw error;
    }
  }
}
