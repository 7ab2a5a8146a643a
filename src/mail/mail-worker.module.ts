import { Module } from '@nestjs/common';
import { SendMailJob } from './jobs/send-mail.job.js';
import { SweepMailJob } from './jobs/sweep-mail.job.js';
import { MailOutboxRepository } from './mail-outbox.repository.js';
import { MailSender } from './mail-sender.js';
import { MailQueueWorker } from './mail.worker.js';
import { Mailer } from './mailer.js';
import { SmtpTransport } from './smtp-transport.js';

/** The worker side of mail: the SMTP transport, the sender job and the sweep (and Mailer, for jobs that send mail). */
@Module({
  providers: [MailOutboxRepository, Mailer, SmtpTransport, MailSender, SendMailJob, SweepMailJob, MailQueueWorker],
  exports: [Mailer],
})
export class MailWorkerModule {}
