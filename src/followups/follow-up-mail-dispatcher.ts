import { Inject, Injectable } from '@nestjs/common';
import type { ConfigType } from '@nestjs/config';
import { followupsConfig } from '../config/configuration.js';
import { Transactions } from '../database/transactions.js';
import { Mailer } from '../mail/mailer.js';
import { linkToken } from './link-tokens.js';

interface PendingEmail {
  id: string;
  agency_id: string;
  kind: 'invitation' | 'reminder';
  dedupe_key: string;
  questionnaire_id: string;
  language: 'ko' | 'en';
  token_generation: number;
  token_expires_at: Date;
  token_revoked_at: Date | null;
  responded_at: Date | null;
  contact_email: string | null;
  company_name: string;
  fair_name: string;
  timezone: string;
  sequence: number;
  months_after: number;
}

/**
 * Hands due follow-up emails to the mail module's outbox (src/mail), oldest first. The address is read from the company and
 * the link derived from the key at this moment, so neither rests in the outbox. A row is marked
 * handed in the transaction that locked it; a crash between the enqueue and the commit hands it
 * again with the same dedupe key, which the mailer drops. A company without a contact email, or one
 * that answered (or whose link was revoked) before its reminder went out, is skipped with the reason.
 */
@Injectable()
export class FollowUpMailDispatcher {
  constructor(
    private readonly transactions: Transactions,
    private readonly mailer: Mailer,
    @Inject(followupsConfig.KEY) private readonly config: ConfigType<typeof followupsConfig>,
  ) {}

  async dispatch(now: Date): Promise<number> {
    return this.transactions.run(async (manager) => {
      const rows = await manager.query<PendingEmail[]>(
        `SELECT e.id, e.agency_id, e.kind, e.dedupe_key, q.id AS questionnaire_id, q.language, q.token_generation, q.token_expires_at,
                q.token_revoked_at, q.responded_at, c.contact_email, c.name AS company_name, f.name AS fair_name, f.timezone,
                r.sequence, r.months_after
           FROM follow_up_emails e
           JOIN follow_up_questionnaires q ON q.id = e.questionnaire_id AND q.agency_id = e.agency_id
           JOIN follow_up_rounds r ON r.id = q.round_id AND r.agency_id = q.agency_id
           JOIN companies c ON c.id = q.company_id AND c.agency_id = q.agency_id
           JOIN fairs f ON f.id = q.fair_id AND f.agency_id = q.agency_id
          WHERE e.handed_at IS NULL
          ORDER BY e.created_at, e.id LIMIT 100 FOR UPDATE OF e SKIP LOCKED`,
      );
      let handed = 0;
      for (const row of rows) {
        const skipped = this.skipReason(row, now);
        if (skipped === null) {
          const token = linkToken(this.config.linkKey, row.questionnaire_id, row.token_generation);
          // In this transaction: the mail joins the outbox together with the row's handed mark.
          await this.mailer.enqueue({
            agencyId: row.agency_id,
            to: row.contact_email as string,
            language: row.language,
            template: row.kind === 'invitation' ? 'followup-invitation' : 'followup-reminder',
            params: {
              companyName: row.company_name,
              fairName: row.fair_name,
              round: row.sequence,
              monthsAfter: row.months_after,
              questionnaireId: row.questionnaire_id,
              token,
              expiresOn: row.token_expires_at.toLocaleDateString('en-CA', { timeZone: row.timezone }),
            },
            dedupeKey: row.dedupe_key,
          });
          handed += 1;
        }
        await manager.query(`UPDATE follow_up_emails SET handed_at = $2, skipped_reason = $3 WHERE id = $1`, [row.id, now, skipped]);
      }
      return handed;
    });
  }

  private skipReason(row: PendingEmail, now: Date): string | null {
    if (!row.contact_email) return 'the company has no contact email';
    if (row.token_revoked_at !== null) return 'the link was revoked';
    if (row.kind === 'invitation' && !row.dedupe_key.endsWith(`:${row.token_generation}`)) return 'a newer link replaced this one';
    if (row.token_expires_at <= now) return 'the link expired';
    if (row.kind === 'reminder' && row.responded_at !== null) return 'the company has answered';
    return null;
  }
}
