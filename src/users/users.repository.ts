import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { type EntityManager, Repository } from 'typeorm';
import { keysetPage, type PageQueryDto } from '../common/pagination.js';
import { prepared } from '../database/prepared.js';
import type { ActiveUser } from './active-role.cache.js';
import type { Role } from '../tenancy/role.js';
import { User } from './user.entity.js';

/** Every query on users; all but login's take the agency first. */
@Injectable()
export class UsersRepository {
  constructor(@InjectRepository(User) private readonly users: Repository<User>) {}

  /** Login names no agency, so this is the one lookup not scoped by one. */
  findByEmailForLogin(email: string): Promise<User | null> {
    return this.users.findOneBy({ email });
  }

  /**
   * Every authenticated request runs this: one narrow primary-key read, no entity machinery. Sessions
   * pass their transaction's manager, to see a session version their own transaction just raised.
   */
  async findActiveUser(agencyId: string, id: string, manager: EntityManager = this.users.manager): Promise<ActiveUser | null> {
    const [row] = await prepared<{ role: Role; session_version: number }>(
      manager,
      'active-user-session',
      'SELECT role, session_version FROM users WHERE id = $1 AND agency_id = $2 AND disabled_at IS NULL',
      [id, agencyId],
    );
    return row ? { role: row.role, sessionVersion: row.session_version } : null;
  }

  /**
   * Ends every session of the user: access tokens of the older session version are refused and every
   * refresh token is revoked, in the caller's transaction; with a new password hash, that is set too.
   * Returns the new session version.
   */
  async endSessions(agencyId: string, id: string, manager: EntityManager, newPasswordHash?: string): Promise<number> {
    // One statement with the password change, so the audit log shows both in one entry.
    const [rows] = await manager.query<[{ session_version: number }[], number]>(
      `UPDATE users SET session_version = session_version + 1, password_hash = coalesce($3, password_hash)
        WHERE id = $1 AND agency_id = $2 RETURNING session_version`,
      [id, agencyId, newPasswordHash ?? null],
    );
    await manager.query('UPDATE refresh_tokens SET revoked_at = now() WHERE user_id = $1 AND agency_id = $2 AND revoked_at IS NULL', [
      id,
      agencyId,
    ]);
    return rows[0].session_version;
  }

  findById(agencyId: string, id: string, manager?: EntityManager): Promise<User | null> {
    return this.repo(manager).findOneBy({ agencyId, id });
  }

  findByIdForUpdate(agencyId: string, id: string, manager: EntityManager): Promise<User | null> {
    return this.repo(manager)
      .createQueryBuilder('u')
      .setLock('pessimistic_write')
      .where('u.id = :id AND u.agencyId = :agencyId', { id, agencyId })
      .getOne();
  }

  /** Locks the agency's active admins, so two concurrent demotions cannot remove the last one. */
  async countActiveAdminsForUpdate(agencyId: string, manager: EntityManager): Promise<number> {
    const admins = await this.repo(manager)
      .createQueryBuilder('u')
      .setLock('pessimistic_write')
      .select('u.id')
      .where("u.agencyId = :agencyId AND u.role = 'admin' AND u.disabledAt IS NULL", { agencyId })
      .getMany();
    return admins.length;
  }

  listForAgency(agencyId: string, page: PageQueryDto): Promise<User[]> {
    return keysetPage(this.users.createQueryBuilder('u').where('u.agencyId = :agencyId', { agencyId }), 'u', page).getMany();
  }

  insert(user: Partial<User>, manager?: EntityManager): Promise<User> {
    return this.repo(manager).save(this.repo(manager).create(user));
  }

  save(user: User, manager?: EntityManager): Promise<User> {
    return this.repo(manager).save(user);
  }

  async touchLastLogin(id: string): Promise<void> {
    // A plain UPDATE: a login is not an edit, so it bumps neither version nor updatedAt.
    await this.users.query('UPDATE users SET last_login_at = now() WHERE id = $1', [id]);
  }

  private repo(manager?: EntityManager): Repository<User> {
    return manager ? manager.getRepository(User) : this.users;
  }
}
