import { Injectable } from '@nestjs/common';
import type { Language } from '../common/language.js';
import { Transactions } from '../database/transactions.js';
import type { MailTemplateName } from './mail-templates.js';

export interface NewMail {
  agencyId: string | null;
  dedupeKey: string;
  recipient: string;
  language: Language;
  template: MailTemplateName;
  params: object;
}

/** A mail claimed for one sending attempt. */
export interface ClaimedMail {
  id: string;
  agencyId: string | null;
  recipient: string;
  language: Language;
  template: MailTemplateName;
  params: Record<string, unknown>;
  attempts: number;
}

/** Every query on mail_messages (the outbox). */
@Injectable()
export class MailOutboxRepository {
  constructor(private readonly transactions: Transactions) {}

  /** Inserts the mail in the current transaction; a dedupe key seen before inserts nothing. Returns the id either way. */
  async insert(mail: NewMail): Promise<{ id: string; created: boolean }> {
    const manager = this.transactions.manager;
    const [row] = await manager.query<{ id: string }[]>(
      `INSERT INTO mail_messages (agency_id, dedupe_key, recipient, language, template, params)
       VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (dedupe_key) DO NOTHING RETURNING id`,
      [mail.agencyId, mail.dedupeKey, mail.recipient, mail.language, mail.template, JSON.stringify(mail.params)],
    );
    if (row) return { id: row.id, created: true };
    const [existing] = await manager.query<{ id: string }[]>('SELECT id FROM mail_messages WHERE dedupe_key = $1', [mail.dedupeKey]);
    return { id: existing.id, created: false };
  }

  /**
   * Leases a pending mail for one attempt: a second copy of its job (a stalled worker's, a sweep's)
   * finds it leased or settled and sends nothing.
   */
  async claim(id: string, leaseMs: number): Promise<ClaimedMail | null> {
    // An UPDATE … RETURNING answers [rows, count] through TypeORM.
    const [[row]] = await this.transactions.manager.query<[ClaimedMail[], number]>(
      `UPDATE mail_messages SET attempts = attempts + 1, leased_until = now() + make_interval(secs => $2 / 1000.0), updated_at = now()
        WHERE id = $1 AND status = 'pending' AND (leased_until IS NULL OR leased_until < now())
        RETURNING id, agency_id AS "agencyId", recipient, language, template, params, attempts`,
      [id, leaseMs],
    );
    return row ?? null;
  }

  /** Sent: the parameters (a link's token among them) are not kept. */
  async markSent(id: string): Promise<void> {
    await this.transactions.manager.query(
      `UPDATE mail_messages SET status = 'sent', sent_at = now(), params = NULL, leased_until = NULL, last_error = NULL, updated_at = now() WHERE id = $1`,
      [id],
    );
  }

  async markFailed(id: string, error: string): Promise<void> {
    await this.transactions.manager.query(
      `UPDATE mail_messages SET status = 'failed', params = NULL, leased_until = NULL, last_error = $2, updated_at = now() WHERE id = $1`,
      [id, error],
    );
  }

  /** A temporary failure: released for the next attempt. */
  async release(id: string, error: string): Promise<void> {
    await this.transactions.manager.query(`UPDATE mail_messages SET leased_until = NULL, last_error = $2, updated_at = now() WHERE id = $1`, [id, error]);
  }

  /** Pending mails older than `olderThanMs` and not leased: their job was lost (Redis flushed, down at commit). */
  async listOrphaned(olderThanMs: number, limit: number): Promise<{ id: string; agencyId: string | null }[]> {
    return this.transactions.manager.query(
      `SELECT id, agency_id AS "agencyId" FROM mail_messages
        WHERE status = 'pending' AND created_at < now() - make_interval(secs => $1 / 1000.0)
          AND (leased_until IS NULL OR leased_until < now())
        ORDER BY created_at LIMIT $2`,
      [olderThanMs, limit],
    );
  }
}
