import { Inject, Injectable, Logger } from '@nestjs/common';
import type { ConfigType } from '@nestjs/config';
import { UnrecoverableError } from 'bullmq';
import { mailConfig, workerConfig } from '../config/configuration.js';
import { MailOutboxRepository } from './mail-outbox.repository.js';
import type { MailTemplateName, MailTemplates } from './mail-templates.js';
import { renderMail } from './render-mail.js';
import { isPermanentSmtpFailure, SmtpTransport } from './smtp-transport.js';

export type SendResult = 'sent' | 'skipped';

/** The worker's side of the Mailer: one attempt at one outbox mail. */
@Injectable()
export class MailSender {
  private readonly logger = new Logger(MailSender.name);

  constructor(
    private readonly outbox: MailOutboxRepository,
    private readonly smtp: SmtpTransport,
    @Inject(mailConfig.KEY) private readonly config: ConfigType<typeof mailConfig>,
    @Inject(workerConfig.KEY) private readonly worker: ConfigType<typeof workerConfig>,
  ) {}

  /**
   * Sends the mail unless it is sent, failed or leased by another attempt. A temporary failure
   * (4xx, connection) is rethrown for BullMQ to retry; a permanent one (5xx), or the last attempt's
   * failure, marks the mail failed.
   */
  async send(mailId: string, lastAttempt: boolean): Promise<SendResult> {
    // The lease outlasts the job's lock, so a stalled copy of the job cannot send alongside this one.
    const mail = await this.outbox.claim(mailId, this.worker.lockDurationMs * 2);
    if (!mail) return 'skipped';
    try {
      const rendered = renderMail(mail.template, mail.language, mail.params as MailTemplates[MailTemplateName], {
        link: (path) => `${this.config.publicUrl}${path}`,
      });
      await this.smtp.send({ to: mail.recipient, ...rendered, messageId: `<${mail.id}@${this.smtp.domain}>` });
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      if (isPermanentSmtpFailure(error) || lastAttempt) {
        await this.outbox.markFailed(mail.id, message);
        this.logger.warn({ mailId: mail.id, attempts: mail.attempts }, `mail failed for good: ${message}`);
        throw new UnrecoverableError(message);
      }
      await this.outbox.release(mail.id, message);
      throw error;
    }
    await this.outbox.markSent(mail.id);
    return 'sent';
  }
}
