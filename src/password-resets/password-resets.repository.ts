import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { LinkRefusal } from '../common/link-token.js';
import { Transactions } from '../database/transactions.js';

/** SHA-256 of a user's password hash: changes whenever the password does (argon2 salts every hash). */
const FINGERPRINT = (users: string) => `encode(sha256(convert_to(${users}.password_hash, 'UTF8')), 'hex')`;

/**
 * Every query on password_resets. A reset's token names its user: these lookups take no agency.
 * "Now" is a parameter (the service's Clock), never PostgreSQL's now(), so the test clock moves expiry.
 */
@Injectable()
export class PasswordResetsRepository {
  constructor(private readonly transactions: Transactions) {}

  /** A reset for the user, tied to their current password: it stops working once that changes. */
  async insert(agencyId: string, userId: string, tokenHash: string, now: Date, expiresAt: Date): Promise<string> {
    const [row] = await this.transactions.manager.query<{ id: string }[]>(
      `INSERT INTO password_resets (agency_id, user_id, token_hash, password_fingerprint, created_at, expires_at)
       SELECT u.agency_id, u.id, $3, ${FINGERPRINT('u')}, $4, $5
         FROM users u WHERE u.id = $2 AND u.agency_id = $1
       RETURNING id`,
      [agencyId, userId, tokenHash, now, expiresAt],
    );
    return row.id;
  }

  /**
   * Uses the reset, if it still works: unused, unexpired, its user active and with the password it
   * was issued for. One statement, so two concurrent uses cannot both succeed.
   */
  async use(tokenHash: string, now: Date, manager: EntityManager): Promise<{ agencyId: string; userId: string } | null> {
    // An UPDATE … RETURNING answers [rows, count] through TypeORM.
    const [[row]] = await manager.query<[{ agencyId: string; userId: string }[], number]>(
      `UPDATE password_resets r SET used_at = $2
         FROM users u
        WHERE r.token_hash = $1 AND u.id = r.user_id AND u.agency_id = r.agency_id
          AND r.used_at IS NULL AND r.expires_at > $2 AND u.disabled_at IS NULL
          AND r.password_fingerprint = ${FINGERPRINT('u')}
        RETURNING r.agency_id AS "agencyId", r.user_id AS "userId"`,
      [tokenHash, now],
    );
    return row ?? null;
  }

  /** Why `use` refused the token. */
  async refusalOf(tokenHash: string, now: Date): Promise<LinkRefusal> {
    const [row] = await this.transactions.manager.query<{ used: boolean; expired: boolean; disabled: boolean; superseded: boolean }[]>(
      `SELECT r.used_at IS NOT NULL AS used, r.expires_at <= $2 AS expired, u.disabled_at IS NOT NULL AS disabled,
              r.password_fingerprint <> ${FINGERPRINT('u')} AS superseded
         FROM password_resets r JOIN users u ON u.id = r.user_id WHERE r.token_hash = $1`,
      [tokenHash, now],
    );
    if (!row) return 'unknown';
    if (row.used) return 'used';
    if (row.expired) return 'expired';
    if (row.disabled) return 'revoked';
    return row.superseded ? 'superseded' : 'used';
  }
}
