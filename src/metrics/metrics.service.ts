import { Injectable } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { getQueueToken } from '@nestjs/bullmq';
import type { Job, Queue } from 'bullmq';
import { Counter, Gauge, Histogram, Registry } from 'prom-client';
import { DataSource } from 'typeorm';
import { QUEUES } from '../jobs/jobs.js';

const JOB_STATES = ['waiting', 'active', 'delayed', 'prioritized', 'failed'] as const;
/** Jobs read per queue and scrape to time the ones finished since the last scrape (retention keeps fewer). */
const RECENT_JOBS = 500;

/**
 * Prometheus metrics of the API process, in a registry of its own (several apps share a test process).
 * A normal request only records its duration in memory; queue depth, job durations, outcome lag and
 * imported rows are read from Redis and PostgreSQL when Prometheus scrapes, never per request.
 */
@Injectable()
export class MetricsService {
  readonly registry = new Registry();
  private readonly httpDuration = new Histogram({
    name: 'pavilion_http_request_duration_seconds',
    help: 'HTTP request duration by method, route pattern (never the raw URL) and status',
    labelNames: ['method', 'route', 'status'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [this.registry],
  });
  private readonly jobDuration: Histogram<'queue' | 'outcome'>;
  /** The newest finish time already observed, per queue: each job is timed once. */
  private readonly seenUntil = new Map<string, number>();

  constructor(
    private readonly moduleRef: ModuleRef,
    private readonly dataSource: DataSource,
  ) {
    const queues = () => Object.values(QUEUES).map((name) => this.moduleRef.get<Queue>(getQueueToken(name), { strict: false }));
    const timeFinishedJobs = (queue: Queue) => this.timeFinishedJobs(queue);
    // Timed in its own collect, which runs just before the histogram is written out.
    this.jobDuration = new Histogram({
      name: 'pavilion_job_duration_seconds',
      help: 'Time from a job starting to finishing, per queue and outcome, for jobs finished since the previous scrape',
      labelNames: ['queue', 'outcome'] as const,
      buckets: [0.01, 0.05, 0.1, 0.5, 1, 5, 10, 30, 60, 300],
      registers: [this.registry],
      async collect() {
        for (const queue of queues()) await timeFinishedJobs(queue);
      },
    });
    new Gauge({
      name: 'pavilion_queue_jobs',
      help: 'Jobs in each queue by state (waiting, active, delayed, prioritized, failed)',
      labelNames: ['queue', 'state'] as const,
      registers: [this.registry],
      async collect() {
        this.reset();
        for (const queue of queues()) {
          const counts = await queue.getJobCounts(...JOB_STATES);
          for (const state of JOB_STATES) this.set({ queue: queue.name, state }, counts[state] ?? 0);
        }
      },
    });
    new Gauge({
      name: 'pavilion_outcome_lag_seconds',
      help: 'Age of the oldest stale mark in outcome_changes (0 when every outcome is up to date)',
      registers: [this.registry],
      async collect() {
        const [row] = await dataSource.query<{ lag: string | null }[]>(
          `SELECT extract(epoch FROM now() - min(changed_at))::text AS lag FROM outcome_changes`,
        );
        this.set(row.lag === null ? 0 : Math.max(0, Number(row.lag)));
      },
    });
    // A counter kept in PostgreSQL: the worker's progress on each import, summed when scraped, so
    // the worker needs no metrics port of its own.
    new Counter({
      name: 'pavilion_import_rows_processed_total',
      help: 'Rows of spreadsheet imports the worker has processed (from imports.processed_rows)',
      registers: [this.registry],
      async collect() {
        const [row] = await dataSource.query<{ rows: string }[]>(`SELECT coalesce(sum(processed_rows), 0)::text AS rows FROM imports`);
        this.reset();
        this.inc(Number(row.rows));
      },
    });
  }

  observeRequest(method: string, route: string, status: number, seconds: number): void {
    this.httpDuration.observe({ method, route, status: String(status) }, seconds);
  }

  async render(): Promise<string> {
    return this.registry.metrics();
  }

  private async timeFinishedJobs(queue: Queue): Promise<void> {
    const since = this.seenUntil.get(queue.name) ?? 0;
    const jobs: Job[] = await queue.getJobs(['completed', 'failed'], 0, RECENT_JOBS - 1, false);
    let newest = since;
    for (const job of jobs) {
      if (!job.finishedOn || !job.processedOn || job.finishedOn <= since) continue;
      this.jobDuration.observe({ queue: queue.name, outcome: job.failedReason ? 'failed' : 'completed' }, (job.finishedOn - job.processedOn) / 1000);
      newest = Math.max(newest, job.finishedOn);
    }
    this.seenUntil.set(queue.name, newest);
  }
}
