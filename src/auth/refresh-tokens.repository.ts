import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { Transactions } from '../database/transactions.js';

/** A stored refresh token: only the SHA-256 of the secret is kept. */
export interface RefreshTokenRow {
  id: string;
  agencyId: string;
  userId: string;
  familyId: string;
  sessionVersion: number;
  expired: boolean;
  revoked: boolean;
  /** Seconds since this token was rotated, or null if it never was (it is the family's newest). */
  rotatedSecondsAgo: number | null;
}

export interface NewRefreshToken {
  agencyId: string;
  userId: string;
  familyId: string;
  tokenHash: string;
  sessionVersion: number;
  ttlSeconds: number;
}

/** Every query on refresh_tokens. */
@Injectable()
export class RefreshTokensRepository {
  constructor(private readonly transactions: Transactions) {}

  /** Locks the token's row, so two refreshes of one token are decided one after the other. */
  async findByHashForUpdate(tokenHash: string, manager: EntityManager): Promise<RefreshTokenRow | null> {
    const [row] = await manager.query<RefreshTokenRow[]>(
      `SELECT id, agency_id AS "agencyId", user_id AS "userId", family_id AS "familyId", session_version AS "sessionVersion",
              expires_at <= now() AS expired, revoked_at IS NOT NULL AS revoked,
              extract(epoch FROM now() - rotated_at)::float8 AS "rotatedSecondsAgo"
         FROM refresh_tokens WHERE token_hash = $1 FOR UPDATE`,
      [tokenHash],
    );
    return row ?? null;
  }

  async insert(token: NewRefreshToken, manager: EntityManager = this.transactions.manager): Promise<string> {
    const [row] = await manager.query<{ id: string }[]>(
      `INSERT INTO refresh_tokens (agency_id, user_id, family_id, token_hash, session_version, expires_at)
       VALUES ($1, $2, $3, $4, $5, now() + make_interval(secs => $6)) RETURNING id`,
      [token.agencyId, token.userId, token.familyId, token.tokenHash, token.sessionVersion, token.ttlSeconds],
    );
    return row.id;
  }

  async markRotated(id: string, replacedBy: string, manager: EntityManager): Promise<void> {
    await manager.query('UPDATE refresh_tokens SET replaced_by = $2, rotated_at = now() WHERE id = $1', [id, replacedBy]);
  }

  async revokeFamily(familyId: string, manager: EntityManager = this.transactions.manager): Promise<void> {
    await manager.query('UPDATE refresh_tokens SET revoked_at = now() WHERE family_id = $1 AND revoked_at IS NULL', [familyId]);
  }

  /**
   * Forgets the user's tokens that can never work again: expired, or revoked over a day ago (kept that
   * long so the log of a reuse can still be followed). Presenting one is then "unknown": a 401 too.
   */
  async purgeEndedForUser(userId: string, manager: EntityManager): Promise<void> {
    await manager.query(
      `DELETE FROM refresh_tokens WHERE user_id = $1 AND (expires_at < now() OR revoked_at < now() - interval '1 day')`,
      [userId],
    );
  }

  async revokeFamilyOfHash(tokenHash: string): Promise<void> {
    await this.transactions.manager.query(
      `UPDATE refresh_tokens SET revoked_at = now()
        WHERE family_id = (SELECT family_id FROM refresh_tokens WHERE token_hash = $1) AND revoked_at IS NULL`,
      [tokenHash],
    );
  }
}
