import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Language } from '../common/language.js';
import { keysetSql, type PageQueryDto } from '../common/pagination.js';
import { Transactions } from '../database/transactions.js';
import type { Role } from '../tenancy/role.js';

export type InvitationStatus = 'pending' | 'accepted' | 'revoked' | 'expired';

export interface InvitationRow {
  id: string;
  agencyId: string;
  email: string;
  name: string | null;
  role: Role;
  language: Language;
  invitedBy: string;
  status: InvitationStatus;
  expiresAt: Date;
  createdAt: Date;
}

export interface NewInvitation {
  agencyId: string;
  email: string;
  name: string | null;
  role: Role;
  language: Language;
  tokenHash: string;
  invitedBy: string;
  expiresAt: Date;
}

/** The columns of an InvitationRow; `now` is the placeholder of the instant its status is judged at. */
const columns = (now: string) => `i.id, i.agency_id AS "agencyId", i.email, i.name, i.role, i.language, i.invited_by AS "invitedBy",
  CASE WHEN i.accepted_at IS NOT NULL THEN 'accepted' WHEN i.revoked_at IS NOT NULL THEN 'revoked'
       WHEN i.expires_at <= ${now} THEN 'expired' ELSE 'pending' END AS status,
  i.expires_at AS "expiresAt", i.created_at AS "createdAt"`;

/**
 * Every query on invitations; all but the token lookup take the agency first. "Now" is a parameter
 * (the service's Clock), never PostgreSQL's now(), so the test clock moves expiry too; updated_at
 * stays the database's bookkeeping.
 */
@Injectable()
export class InvitationsRepository {
  constructor(private readonly transactions: Transactions) {}

  async insert(invitation: NewInvitation, now: Date): Promise<InvitationRow> {
    const [row] = await this.transactions.manager.query<InvitationRow[]>(
      `INSERT INTO invitations AS i (agency_id, email, name, role, language, token_hash, invited_by, expires_at, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING ${columns('$9')}`,
      [invitation.agencyId, invitation.email, invitation.name, invitation.role, invitation.language, invitation.tokenHash, invitation.invitedBy, invitation.expiresAt, now],
    );
    return row;
  }

  /** A new invitation for an email replaces the agency's pending ones for it (a re-send). */
  async revokePendingForEmail(agencyId: string, email: string, now: Date): Promise<void> {
    await this.transactions.manager.query(
      `UPDATE invitations SET revoked_at = $3, version = version + 1, updated_at = now()
        WHERE agency_id = $1 AND email = $2 AND accepted_at IS NULL AND revoked_at IS NULL`,
      [agencyId, email, now],
    );
  }

  /** Pending: neither accepted, revoked nor expired; oldest first, in cursor pages. */
  listPending(agencyId: string, page: PageQueryDto, now: Date): Promise<InvitationRow[]> {
    const keyset = keysetSql('i', page, 2);
    return this.transactions.manager.query(
      `SELECT ${columns('$2')} FROM invitations i
        WHERE i.agency_id = $1 AND i.accepted_at IS NULL AND i.revoked_at IS NULL AND i.expires_at > $2${keyset.where}${keyset.tail}`,
      [agencyId, now, ...keyset.params],
    );
  }

  async findById(agencyId: string, id: string, now: Date): Promise<InvitationRow | null> {
    const [row] = await this.transactions.manager.query<InvitationRow[]>(`SELECT ${columns('$3')} FROM invitations i WHERE i.agency_id = $1 AND i.id = $2`, [agencyId, id, now]);
    return row ?? null;
  }

  async findByIdForUpdate(agencyId: string, id: string, now: Date, manager: EntityManager): Promise<InvitationRow | null> {
    const [row] = await manager.query<InvitationRow[]>(`SELECT ${columns('$3')} FROM invitations i WHERE i.agency_id = $1 AND i.id = $2 FOR UPDATE`, [agencyId, id, now]);
    return row ?? null;
  }

  async revoke(agencyId: string, id: string, now: Date, manager: EntityManager): Promise<void> {
    await manager.query(`UPDATE invitations SET revoked_at = $3, version = version + 1, updated_at = now() WHERE agency_id = $1 AND id = $2`, [agencyId, id, now]);
  }

  /** The token names the invitation (and so its agency): the one lookup not scoped by an agency. */
  async findByTokenHashForUpdate(tokenHash: string, now: Date, manager: EntityManager): Promise<InvitationRow | null> {
    const [row] = await manager.query<InvitationRow[]>(`SELECT ${columns('$2')} FROM invitations i WHERE i.token_hash = $1 FOR UPDATE`, [tokenHash, now]);
    return row ?? null;
  }

  async markAccepted(agencyId: string, id: string, userId: string, now: Date, manager: EntityManager): Promise<void> {
    await manager.query(
      `UPDATE invitations SET accepted_at = $4, user_id = $3, version = version + 1, updated_at = now() WHERE agency_id = $1 AND id = $2`,
      [agencyId, id, userId, now],
    );
  }

  async agencyName(agencyId: string): Promise<string> {
    const [row] = await this.transactions.manager.query<{ name: string }[]>('SELECT name FROM agencies WHERE id = $1', [agencyId]);
    return row.name;
  }
}
