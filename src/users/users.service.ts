import { Injectable } from '@nestjs/common';
import { PasswordService } from './password.service.js';
import { assertVersion } from '../common/etag.js';
import { isUniqueViolation, NotFoundProblem } from '../common/errors.js';
import { type Page, type PageQueryDto, toPage } from '../common/pagination.js';
import { ConflictProblem } from '../common/problem.js';
import { Transactions } from '../database/transactions.js';
import type { CreateUserDto } from './dto/create-user.dto.js';
import type { UpdateUserDto } from './dto/update-user.dto.js';
import { UserDto } from './dto/user.dto.js';
import { ActiveRoleCache } from './active-role.cache.js';
import { UsersRepository } from './users.repository.js';

@Injectable()
export class UsersService {
  constructor(
    private readonly users: UsersRepository,
    private readonly passwords: PasswordService,
    private readonly transactions: Transactions,
    private readonly roles: ActiveRoleCache,
  ) {}

  async list(agencyId: string, page: PageQueryDto): Promise<Page<UserDto>> {
    return toPage(await this.users.listForAgency(agencyId, page), page.limit, (user) => UserDto.from(user));
  }

  async get(agencyId: string, id: string): Promise<UserDto> {
    const user = await this.users.findById(agencyId, id);
    if (!user) throw new NotFoundProblem('User', id);
    return UserDto.from(user);
  }

  async create(agencyId: string, input: CreateUserDto): Promise<UserDto> {
    const passwordHash = await this.passwords.hash(input.password);
    try {
      // In a transaction (of its own or the request's) so the audit log names who created the user.
      const user = await this.transactions.run((manager) =>
        this.users.insert({ agencyId, email: input.email, name: input.name ?? null, role: input.role, language: input.language ?? 'ko', passwordHash }, manager),
      );
      return UserDto.from(user);
    } catch (error) {
      if (isUniqueViolation(error, 'users_email_key')) {
        throw new ConflictProblem(`A user with email ${input.email} already exists`);
      }
      throw error;
    }
  }

  /** Changes role, name or disabled state; an agency always keeps at least one active admin. */
  async update(
    agencyId: string,
    actorUserId: string,
    id: string,
    changes: UpdateUserDto,
    expectedVersion: number | undefined,
  ): Promise<UserDto> {
    const updated = await this.transactions.run(async (manager) => {
      const user = await this.users.findByIdForUpdate(agencyId, id, manager);
      if (!user) throw new NotFoundProblem('User', id);
      assertVersion(expectedVersion, user.version, `User ${id}`);

      if (changes.disabled === true && id === actorUserId) {
        throw new ConflictProblem('You cannot disable your own account');
      }
      const losesAdmin =
        user.role === 'admin' &&
        user.disabledAt === null &&
        ((changes.role !== undefined && changes.role !== 'admin') || changes.disabled === true);
      if (losesAdmin && (await this.users.countActiveAdminsForUpdate(agencyId, manager)) <= 1) {
        throw new ConflictProblem('The agency must keep at least one active admin');
      }

      const before = { role: user.role, name: user.name, language: user.language, disabledAt: user.disabledAt };
      if (changes.role !== undefined) user.role = changes.role;
      if (changes.name !== undefined) user.name = changes.name;
      if (changes.language !== undefined) user.language = changes.language;
      if (changes.disabled !== undefined) {
        user.disabledAt = changes.disabled ? (user.disabledAt ?? new Date()) : null;
      }
      const changed =
        before.role !== user.role || before.name !== user.name || before.language !== user.language || before.disabledAt !== user.disabledAt;
      const saved = changed ? await this.users.save(user, manager) : user;
      // A role change or a disable ends the user's sessions: refresh tokens revoked, access tokens
      // issued before refused (after the save, which would otherwise write the old version back).
      if (before.role !== user.role || (before.disabledAt === null && user.disabledAt !== null)) {
        saved.sessionVersion = await this.users.endSessions(agencyId, id, manager);
      }
      return UserDto.from(saved);
    });
    // Answers once every API process has dropped what it knew of the user.
    await this.roles.invalidate(agencyId, id);
    return updated;
  }
}
