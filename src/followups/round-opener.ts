import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import type { ConfigType } from '@nestjs/config';
import { ChangeFeed } from '../changes/change-feed.js';
import type { Language } from '../common/language.js';
import { followupsConfig } from '../config/configuration.js';
import { Transactions } from '../database/transactions.js';
import { linkToken, tokenHash } from './link-tokens.js';

export interface OpenedRound {
  roundId: string;
  agencyId: string;
  fairId: string;
  questionnaires: number;
  invited: number;
}

/**
 * Opens due rounds, exactly once whatever runs it and however often: PostgreSQL decides. One
 * transaction per round claims it (`UPDATE … SET opened_at WHERE opened_at IS NULL`, the row chosen
 * with FOR UPDATE SKIP LOCKED so two workers never wait on each other), and in that same transaction
 * creates one questionnaire per participating company, in the company's language, the invitation
 * emails to send (a row each, unique per dedupe key) and the `followup.round_opened` event. A crash
 * before the commit leaves the round unopened for the next sweep; after it, nothing can open it again.
 */
@Injectable()
export class RoundOpener {
  constructor(
    private readonly transactions: Transactions,
    private readonly changes: ChangeFeed,
    @Inject(followupsConfig.KEY) private readonly config: ConfigType<typeof followupsConfig>,
  ) {}

  /** Opens one due round (the earliest), or returns null when none is due at `now`. */
  async openNext(now: Date): Promise<OpenedRound | null> {
    return this.transactions.run(async (manager) => {
      const [claimed] = await manager.query<[{ id: string; agency_id: string; fair_id: string; opens_at: Date; version: number }[], number]>(
        `UPDATE follow_up_rounds r SET opened_at = $1, version = r.version + 1, updated_at = now()
          WHERE r.id = (SELECT r2.id FROM follow_up_rounds r2
                          JOIN fairs f ON f.id = r2.fair_id AND f.agency_id = r2.agency_id AND f.deleted_at IS NULL
                         WHERE r2.opened_at IS NULL AND r2.deleted_at IS NULL AND r2.opens_at <= $1
                         ORDER BY r2.opens_at, r2.id LIMIT 1 FOR UPDATE OF r2 SKIP LOCKED)
            AND r.opened_at IS NULL
          RETURNING r.id, r.agency_id, r.fair_id, r.opens_at, r.version`,
        [now],
      );
      const round = claimed[0];
      if (!round) return null;

      // Each questionnaire, and so its emails and form, is in its company's language as it stands now.
      const companies = await manager.query<{ company_id: string; language: Language }[]>(
        `SELECT p.company_id, c.language FROM participations p JOIN companies c ON c.id = p.company_id AND c.agency_id = p.agency_id
          WHERE p.agency_id = $1 AND p.fair_id = $2 AND p.deleted_at IS NULL ORDER BY p.company_id`,
        [round.agency_id, round.fair_id],
      );
      // A round opening long after it was due (a past fair entered now) creates its questionnaires
      // but sends no invitations: a manager sends links by hand where they still make sense.
      const invite = now.getTime() - round.opens_at.getTime() <= this.config.lateInviteDays * 24 * 3600 * 1000;
      const ids = companies.map(() => randomUUID());
      if (ids.length > 0) {
        await manager.query(
          `INSERT INTO follow_up_questionnaires (id, agency_id, fair_id, round_id, company_id, language, token_hash, token_expires_at, invited_at)
           SELECT q.id, $1, $2, $3, q.company_id, q.language, q.hash, $4, $5
             FROM unnest($6::uuid[], $7::uuid[], $8::text[], $9::text[]) AS q(id, company_id, hash, language)`,
          [
            round.agency_id,
            round.fair_id,
            round.id,
            new Date(now.getTime() + this.config.linkTtlMs),
            invite ? now : null,
            ids,
            companies.map((row) => row.company_id),
            ids.map((id) => tokenHash(linkToken(this.config.linkKey, id, 1))),
            companies.map((row) => row.language),
          ],
        );
        if (invite) {
          await manager.query(
            `INSERT INTO follow_up_emails (agency_id, questionnaire_id, kind, dedupe_key, created_at)
             SELECT $1, q, 'invitation', 'followup:invitation:' || q || ':1', $2 FROM unnest($3::uuid[]) AS q
             ON CONFLICT (dedupe_key) DO NOTHING`,
            [round.agency_id, now, ids],
          );
        }
      }
      await this.changes.append({
        agencyId: round.agency_id,
        fairId: round.fair_id,
        recordType: 'followup',
        recordId: round.id,
        version: round.version,
        action: 'round_opened',
        changedFields: [],
      });
      return { roundId: round.id, agencyId: round.agency_id, fairId: round.fair_id, questionnaires: ids.length, invited: invite ? ids.length : 0 };
    });
  }

  /**
   * Queues the reminders that are due: each waiting company (invited, not answered, link still
   * valid) whose invitation or last reminder is `reminderIntervalDays` old gets its next one, up to
   * `maxReminders`. One statement: the count moves and the email row (unique per reminder number)
   * is written together, so a reminder is queued once however many sweeps run at once.
   */
  async queueReminders(now: Date): Promise<number> {
    const rows = await this.transactions.manager.query<unknown[]>(
      `WITH due AS (
         SELECT q.id FROM follow_up_questionnaires q
          WHERE q.responded_at IS NULL AND q.token_revoked_at IS NULL AND q.invited_at IS NOT NULL
            AND q.token_expires_at > $1 AND q.reminders_sent < $3
            AND coalesce(q.last_reminded_at, q.invited_at) + make_interval(days => $2) <= $1
          ORDER BY q.invited_at LIMIT 500 FOR UPDATE SKIP LOCKED),
       bumped AS (
         UPDATE follow_up_questionnaires q SET reminders_sent = q.reminders_sent + 1, last_reminded_at = $1,
                version = q.version + 1, updated_at = now()
           FROM due WHERE q.id = due.id
         RETURNING q.id, q.agency_id, q.reminders_sent)
       INSERT INTO follow_up_emails (agency_id, questionnaire_id, kind, dedupe_key, created_at)
       SELECT agency_id, id, 'reminder', 'followup:reminder:' || id || ':' || reminders_sent, $1 FROM bumped
       ON CONFLICT (dedupe_key) DO NOTHING RETURNING id`,
      [now, this.config.reminderIntervalDays, this.config.maxReminders],
    );
    return rows.length;
  }
}
