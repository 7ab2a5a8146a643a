import { Injectable, Logger } from '@nestjs/common';

export type MailLanguage = 'ko' | 'en';

/** One email to queue; `dedupeKey` makes a second enqueue of the same mail a no-op. */
export interface MailRequest {
  to: string;
  language: MailLanguage;
  template: 'followup-invitation' | 'followup-reminder';
  params: Record<string, string>;
  dedupeKey: string;
}

/**
 * Where follow-up emails go. The shared mail module (nodemailer, mail jobs) implements this once it
 * is on main; until then the default only logs that a mail would go out (never the address or the
 * link). PostgreSQL's `follow_up_emails` rows say which mails are due, exactly once per dedupe key.
 */
export abstract class FollowUpMailer {
  abstract enqueue(mail: MailRequest): Promise<void>;
}

@Injectable()
export class LoggingFollowUpMailer extends FollowUpMailer {
  private readonly logger = new Logger('FollowUpMail');

  enqueue(mail: MailRequest): Promise<void> {
    this.logger.log(`${mail.template} (${mail.language}) ${mail.dedupeKey}: no mail transport configured yet`);
    return Promise.resolve();
  }
}
