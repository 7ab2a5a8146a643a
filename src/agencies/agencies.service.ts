import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { PasswordService } from '../users/password.service.js';
import { isUniqueViolation } from '../common/errors.js';
import { ConflictProblem } from '../common/problem.js';
import { Transactions } from '../database/transactions.js';
import { CategoriesRepository } from '../matchmaking/categories/categories.repository.js';
import { User } from '../users/user.entity.js';
import { Agency } from '../tenancy/agency.entity.js';

export interface NewAgency {
  name: string;
  homeCurrency?: string;
  adminEmail: string;
  adminPassword: string;
}

/** Agencies are created by operators (CLI), never through the tenant API. */
@Injectable()
export class AgenciesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly passwords: PasswordService,
    private readonly transactions: Transactions,
    private readonly categories: CategoriesRepository,
  ) {}

  findByName(name: string): Promise<Agency | null> {
    return this.dataSource.getRepository(Agency).findOneBy({ name });
  }

  /** The agency and its first admin, in one transaction: no tenant exists without someone to run it. */
  async createWithAdmin(input: NewAgency): Promise<{ agencyId: string; adminUserId: string }> {
    const passwordHash = await this.passwords.hash(input.adminPassword);
    try {
      return await this.transactions.run(async (manager) => {
        const agency = await manager.save(
          manager.create(Agency, { name: input.name, homeCurrency: input.homeCurrency ?? 'USD' }),
        );
        const admin = await manager.save(
          manager.create(User, {
            agencyId: agency.id,
            email: input.adminEmail.trim().toLowerCase(),
            role: 'admin',
            name: null,
            passwordHash,
          }),
        );
        await this.categories.insertDefaults(agency.id);
        return { agencyId: agency.id, adminUserId: admin.id };
      });
    } catch (error) {
      if (isUniqueViolation(error, 'agencies_name_key')) throw new ConflictProblem(`Agency "${input.name}" already exists`);
      if (isUniqueViolation(error, 'users_email_key')) throw new ConflictProblem(`A user with email ${input.adminEmail} already exists`);
      throw error;
    }
  }
}
