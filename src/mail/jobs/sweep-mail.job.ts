import { Injectable, Logger } from '@nestjs/common';
import { HandlesJob, type JobHandler } from '../../jobs/job-handler.js';
import { JobsProducer } from '../../jobs/jobs.producer.js';
import { MailOutboxRepository } from '../mail-outbox.repository.js';

/** A pending mail this old has lost its job (its own is enqueued right after the commit). */
const ORPHAN_AFTER_MS = 60_000;
const BATCH = 500;

/**
 * Re-enqueues pending mails whose job was lost (Redis flushed or unreachable at commit time). The
 * job id per mail makes re-enqueueing one that still has its job harmless.
 */
@Injectable()
@HandlesJob('mail:sweep')
export class SweepMailJob implements JobHandler<'mail:sweep'> {
  private readonly logger = new Logger(SweepMailJob.name);

  constructor(
    private readonly outbox: MailOutboxRepository,
    private readonly jobs: JobsProducer,
  ) {}

  async handle() {
    const orphans = await this.outbox.listOrphaned(ORPHAN_AFTER_MS, BATCH);
    for (const mail of orphans) await this.jobs.enqueue('mail:send', { agencyId: mail.agencyId, mailId: mail.id });
    if (orphans.length > 0) this.logger.log(`re-enqueued ${orphans.length} pending mail(s)`);
    return { enqueued: orphans.length };
  }
}
