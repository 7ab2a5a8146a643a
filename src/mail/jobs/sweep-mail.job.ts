import { Inject, Injectable, Logger } from '@nestjs/common';
import type { ConfigType } from '@nestjs/config';
import { mailConfig } from '../../config/configuration.js';
import { HandlesJob, type JobHandler } from '../../jobs/job-handler.js';
import { mailJobId, QUEUES } from '../../jobs/jobs.js';
import { JobsProducer } from '../../jobs/jobs.producer.js';
import { MailOutboxRepository } from '../mail-outbox.repository.js';

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
    @Inject(mailConfig.KEY) private readonly config: ConfigType<typeof mailConfig>,
  ) {}

  async handle() {
    const orphans = await this.outbox.listOrphaned(this.config.orphanAfterMs, BATCH);
    for (const mail of orphans) {
      // A job that failed without settling the mail (its attempts spent on, say, a database outage)
      // keeps its id for a week: retry that one, since adding it again would be a no-op.
      const job = await this.jobs.queue(QUEUES.mail).getJob(mailJobId(mail.id));
      if (job && (await job.isFailed())) await job.retry();
      else await this.jobs.enqueue('mail:send', { agencyId: mail.agencyId, mailId: mail.id });
    }
    if (orphans.length > 0) this.logger.log(`re-enqueued ${orphans.length} pending mail(s)`);
    return { enqueued: orphans.length };
  }
}
