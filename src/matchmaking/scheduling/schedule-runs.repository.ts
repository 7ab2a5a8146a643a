import { Injectable } from '@nestjs/common';
import { NotFoundProblem } from '../../common/errors.js';
import { Transactions } from '../../database/transactions.js';
import type { ScheduleRunDto, ScheduleRunResult } from './schedule-run.dto.js';

interface RunRow {
  id: string;
  fair_id: string;
  status: ScheduleRunDto['status'];
  progress: number;
  result: ScheduleRunResult | null;
  error: string | null;
  created_at: Date;
  finished_at: Date | null;
}

/** Auto-scheduling runs: their state, progress and result, readable after the job is gone from Redis. */
@Injectable()
export class ScheduleRunsRepository {
  constructor(private readonly transactions: Transactions) {}

  async create(agencyId: string, fairId: string, userId: string): Promise<ScheduleRunDto> {
    const [row] = await this.transactions.manager.query<RunRow[]>(
      'INSERT INTO schedule_runs (agency_id, fair_id, requested_by) VALUES ($1, $2, $3) RETURNING *',
      [agencyId, fairId, userId],
    );
    return this.toDto(row);
  }

  async get(agencyId: string, fairId: string, id: string): Promise<ScheduleRunDto> {
    const [row] = await this.transactions.manager.query<RunRow[]>('SELECT * FROM schedule_runs WHERE agency_id = $1 AND fair_id = $2 AND id = $3', [
      agencyId,
      fairId,
      id,
    ]);
    if (!row) throw new NotFoundProblem('Schedule run', id);
    return this.toDto(row);
  }

  /** Updates the run; answers who asked for it (the user its writes are audited as). */
  async update(id: string, changes: { status?: RunRow['status']; progress?: number; result?: ScheduleRunResult; error?: string }): Promise<{ requestedBy: string }> {
    const finished = changes.status === 'completed' || changes.status === 'failed';
    const [[row]] = await this.transactions.manager.query<[{ requested_by: string }[], number]>(
      `UPDATE schedule_runs SET status = coalesce($2, status), progress = coalesce($3, progress), result = coalesce($4, result),
              error = coalesce($5, error), finished_at = CASE WHEN $6 THEN now() ELSE finished_at END
        WHERE id = $1
        RETURNING requested_by`,
      [id, changes.status ?? null, changes.progress ?? null, changes.result === undefined ? null : JSON.stringify(changes.result), changes.error ?? null, finished],
    );
    return { requestedBy: row.requested_by };
  }

  private toDto(row: RunRow): ScheduleRunDto {
    return {
      id: row.id,
      fairId: row.fair_id,
      status: row.status,
      progress: row.progress,
      result: row.result,
      error: row.error,
      createdAt: row.created_at.toISOString(),
      finishedAt: row.finished_at?.toISOString() ?? null,
    };
  }
}
