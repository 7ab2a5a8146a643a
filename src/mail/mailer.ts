import { Injectable } from '@nestjs/common';
import type { Language } from '../common/language.js';
import { Transactions } from '../database/transactions.js';
import { JobsProducer } from '../jobs/jobs.producer.js';
import { MailOutboxRepository } from './mail-outbox.repository.js';
import type { MailTemplateName, MailTemplates } from './mail-templates.js';

/** One mail to send. */
export interface MailRequest<T extends MailTemplateName> {
  /** The agency the mail is sent for (null: none, e.g. a system notice); carried by its job. */
  agencyId: string | null;
  to: string;
  /** The recipient's language: the template is rendered in it. */
  language: Language;
  template: T;
  params: MailTemplates[T];
  /**
   * Names this mail once and for all (`invitation:<id>`, `reminder:<roundId>:<companyId>`): a second
   * enqueue with the same key sends nothing more, even after the first was sent.
   */
  dedupeKey: string;
}

/**
 * The one way to send mail. `enqueue` writes the mail to the outbox (PostgreSQL) in the caller's
 * transaction; once that commits, a `mail:send` job delivers it through SMTP from the worker, with
 * retries and backoff (a permanent 5xx answer fails it without retrying). Delivery is at least once
 * in the worst case (a worker killed between the SMTP server's acceptance and the outbox update) and
 * every attempt sends the same stored message with the same Message-ID. A mail whose job was lost
 * (Redis flushed) is picked up by the `mail:sweep` schedule.
 */
@Injectable()
export class Mailer {
  constructor(
    private readonly outbox: MailOutboxRepository,
    private readonly transactions: Transactions,
    private readonly jobs: JobsProducer,
  ) {}

  /** Queues the mail; returns its outbox id. */
  async enqueue<T extends MailTemplateName>(mail: MailRequest<T>): Promise<string> {
    const { id, created } = await this.transactions.run(() =>
      this.outbox.insert({
        agencyId: mail.agencyId,
        dedupeKey: mail.dedupeKey,
        recipient: mail.to,
        language: mail.language,
        template: mail.template,
        params: mail.params,
      }),
    );
    if (created) this.transactions.afterCommit(() => this.jobs.enqueueAfterCommit('mail:send', { agencyId: mail.agencyId, mailId: id }));
    return id;
  }
}
