import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { type EntityManager, Repository } from 'typeorm';
import { keysetPage, type PageQueryDto } from '../common/pagination.js';
import { prepared } from '../database/prepared.js';
import type { Role } from './role.js';
import { User } from './user.entity.js';

/** Every query on users; all but login's take the agency first. */
@Injectable()
export class UsersRepository {
  constructor(@InjectRepository(User) private readonly users: Repository<User>) {}

  /** Login names no agency, so this is the one lookup not scoped by one. */
  findByEmailForLogin(email: string): Promise<User | null> {
    return this.users.findOneBy({ email });
  }

  /** Every authenticated request runs this: one narrow primary-key read, no entity machinery. */
  async findActiveRole(agencyId: string, id: string): Promise<Role | null> {
    const [row] = await prepared<{ role: Role }>(
      this.users.manager,
      'active-user-role',
      'SELECT role FROM users WHERE id = $1 AND agency_id = $2 AND disabled_at IS NULL',
      [id, agencyId],
    );
    return row?.role ?? null;
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
