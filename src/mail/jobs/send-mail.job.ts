import { Injectable } from '@nestjs/common';
import type { Job } from 'bullmq';
import { HandlesJob, type JobHandler } from '../../jobs/job-handler.js';
import type { JobPayloads } from '../../jobs/jobs.js';
import { MailSender } from '../mail-sender.js';

@Injectable()
@HandlesJob('mail:send')
export class SendMailJob implements JobHandler<'mail:send'> {
  constructor(private readonly sender: MailSender) {}

  handle({ mailId }: JobPayloads['mail:send'], job: Job<JobPayloads['mail:send']>) {
    return this.sender.send(mailId, job.attemptsMade + 1 >= (job.opts.attempts ?? 1));
  }
}
