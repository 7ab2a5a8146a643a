import type { JobsOptions } from 'bullmq';

/** Every queue, named once. */
export const QUEUES = { outcomes: 'outcomes', maintenance: 'maintenance', matchmaking: 'matchmaking', imports: 'imports', changes: 'changes', webhooks: 'webhooks', mail: 'mail' } as const;
export type QueueName = (typeof QUEUES)[keyof typeof QUEUES];

/**
 * Every job and its payload. Payloads carry ids only — never personal data — and the agency they act
 * for; system jobs (sweeps, purges, the change relay) act for all agencies (agencyId null).
 */
export interface JobPayloads {
  'outcomes:refresh': { agencyId: string; fairId: string };
  'outcomes:sweep': { agencyId: null };
  'idempotency:purge': { agencyId: null };
  'meetings:schedule': { agencyId: string; fairId: string; runId: string };
  'imports:run': { agencyId: string; importId: string };
  'imports:sweep': { agencyId: null };
  /** Hands the change feed's new events to its subscribers (all agencies: a system job). */
  'changes:relay': { agencyId: null };
  'changes:purge': { agencyId: null };
  /** Sends the endpoint's due deliveries in order; `notBefore` (epoch ms) delays the job until a retry is due. */
  'webhooks:deliver': { agencyId: string; endpointId: string; notBefore?: number };
  'webhooks:sweep': { agencyId: null };
  'webhooks:purge': { agencyId: null };
  /** Sends one mail of the outbox (its recipient and text stay in PostgreSQL, never in Redis). */
  'mail:send': { agencyId: string | null; mailId: string };
  'mail:sweep': { agencyId: null };
  /** Opens due follow-up rounds, queues reminders and hands due follow-up emails to the mailer (all agencies). */
  'followups:sweep': { agencyId: null };
}
export type JobName = keyof JobPayloads;

/** An import's one job (a retried POST cannot start a second one). */
export const importJobId = (importId: string): string => `import-${importId}`;

interface JobDefinition<N extends JobName> {
  queue: QueueName;
  /** Options fixed per job at enqueue time (deduplication); the rest come from DEFAULT_JOB_OPTIONS. */
  options?: (payload: JobPayloads[N]) => JobsOptions;
}

export const JOBS: { [N in JobName]: JobDefinition<N> } = {
  'outcomes:refresh': {
    queue: QUEUES.outcomes,
    // One refresh per fair waiting at a time, so a burst of writes becomes one refresh. keepLastIfActive
    // closes BullMQ's trap (#3765, #3427): a trigger arriving while the fair's refresh is active is not
    // dropped but queued to run once it finishes, so a write during a refresh still gets a later one.
    options: ({ fairId }) => ({ deduplication: { id: `refresh:${fairId}`, keepLastIfActive: true } }),
  },
  'outcomes:sweep': { queue: QUEUES.outcomes },
  'idempotency:purge': { queue: QUEUES.maintenance },
  // One job per run (the run id), so a retry of the POST cannot start a second one.
  'meetings:schedule': { queue: QUEUES.matchmaking, options: ({ runId }) => ({ jobId: runId, attempts: 3 }) },
  // One job per import (a retried POST cannot start it twice); a rerun resumes from the checkpoint.
  'imports:run': { queue: QUEUES.imports, options: ({ importId }) => ({ jobId: importJobId(importId) }) },
  // On maintenance, not imports: a long import must not hold up the sweep that looks after imports.
  'imports:sweep': { queue: QUEUES.maintenance },
  // A wake-up: one waiting at a time, and one more queued behind a running relay (keepLastIfActive), so
  // events committed while it runs are relayed by the next one rather than left to the schedule.
  'changes:relay': { queue: QUEUES.changes, options: () => ({ deduplication: { id: 'relay', keepLastIfActive: true } }) },
  'changes:purge': { queue: QUEUES.maintenance },
  // One sender per endpoint, so its events go out one at a time, in order. keepLastIfActive: a
  // trigger while the endpoint's job runs is kept for after it (BullMQ #3765); reschedule: a trigger
  // moves a waiting wake-up to its own time (a new event pulls it forward, a retry pushes it back).
  'webhooks:deliver': {
    queue: QUEUES.webhooks,
    options: ({ endpointId, notBefore }) => ({
      deduplication: { id: `webhook:${endpointId}`, keepLastIfActive: true, reschedule: true },
      delay: notBefore === undefined ? 0 : Math.max(0, notBefore - Date.now()),
    }),
  },
  // On maintenance: slow endpoints holding every webhooks slot must not hold up the sweep that finds them.
  'webhooks:sweep': { queue: QUEUES.maintenance },
  'webhooks:purge': { queue: QUEUES.maintenance },
  // One job per mail: a duplicate enqueue collapses, and every retry sends the same stored message.
  // Retries back off from 1 s to about 34 min (12 attempts, ~68 min in all); an SMTP 5xx ends them.
  'mail:send': {
    queue: QUEUES.mail,
    options: ({ mailId }) => ({ jobId: mailJobId(mailId), attempts: 12, backoff: { type: 'exponential', delay: 1000 } }),
  },
  'mail:sweep': { queue: QUEUES.maintenance },
  // PostgreSQL decides what is due; this job only looks.
  'followups:sweep': { queue: QUEUES.maintenance },
};

/** A mail's one job. */
export const mailJobId = (mailId: string): string => `mail-${mailId}`;

export const JOB_NAMES = Object.keys(JOBS) as JobName[];

/**
 * Repeatable jobs, by scheduler id. The worker upserts them at start and again every few periods:
 * a FLUSHDB or a Redis restart without persistence would otherwise remove them for good.
 */
export const SCHEDULES: {
  id: string;
  job: 'outcomes:sweep' | 'idempotency:purge' | 'imports:sweep' | 'changes:relay' | 'changes:purge' | 'webhooks:sweep' | 'webhooks:purge' | 'mail:sweep' | 'followups:sweep';
  everyMs: (sweepIntervalMs: number) => number;
}[] = [
  { id: 'outcomes:sweep', job: 'outcomes:sweep', everyMs: (sweep) => sweep },
  // The relay also runs on a clock, so a lost wake-up (Redis flushed, a worker killed) only delays it.
  { id: 'changes:relay', job: 'changes:relay', everyMs: (sweep) => sweep },
  { id: 'changes:purge', job: 'changes:purge', everyMs: () => 60 * 60 * 1000 },
  { id: 'webhooks:sweep', job: 'webhooks:sweep', everyMs: (sweep) => sweep },
  { id: 'imports:sweep', job: 'imports:sweep', everyMs: (sweep) => sweep * 6 },
  { id: 'idempotency:purge', job: 'idempotency:purge', everyMs: () => 60 * 60 * 1000 },
  { id: 'webhooks:purge', job: 'webhooks:purge', everyMs: () => 60 * 60 * 1000 },
  { id: 'mail:sweep', job: 'mail:sweep', everyMs: (sweep) => sweep * 6 },
  // Rounds open and reminders go out within one interval of being due (the schedule is the wake-up).
  { id: 'followups:sweep', job: 'followups:sweep', everyMs: (sweep) => sweep },
];

/** Attempts, backoff and retention, set once for every queue. */
export const DEFAULT_JOB_OPTIONS: JobsOptions = {
  attempts: 10,
  backoff: { type: 'exponential', delay: 250 },
  removeOnComplete: { age: 3600, count: 1000 },
  removeOnFail: { age: 7 * 24 * 3600, count: 10_000 },
};
