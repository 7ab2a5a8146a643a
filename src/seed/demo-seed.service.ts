import { Injectable } from '@nestjs/common';
import { AgenciesService } from '../agencies/agencies.service.js';
import { PasswordService } from '../users/password.service.js';
import { CategoriesRepository } from '../matchmaking/categories/categories.repository.js';
import type { Role } from '../tenancy/role.js';
import { UsersRepository } from '../users/users.repository.js';
import { DemoFairsService } from './demo-fairs.service.js';

export const DEMO_AGENCY = 'Wonju Medical Industry Techno Valley';
/** Demo-only credentials, printed by the seed and documented in the README. */
export const DEMO_PASSWORD = 'pavilion-demo';
export const DEMO_USERS: { email: string; role: Role; name: string }[] = [
  { email: 'admin@wonju.demo', role: 'admin', name: 'Demo Admin' },
  { email: 'manager@wonju.demo', role: 'manager', name: 'Demo Manager' },
  { email: 'staff@wonju.demo', role: 'staff', name: 'Demo Staff' },
];

export interface DemoSeedResult {
  agencyId: string;
  created: string[];
  users: { email: string; role: Role; password: string }[];
}

/**
 * Idempotent: creates what is missing, leaves what exists (including changed passwords) alone. Then the
 * published fairs with their records (DemoFairsService), each only if the agency does not have it yet.
 */
@Injectable()
export class DemoSeedService {
  constructor(
    private readonly agencies: AgenciesService,
    private readonly users: UsersRepository,
    private readonly passwords: PasswordService,
    private readonly fairs: DemoFairsService,
    private readonly categories: CategoriesRepository,
  ) {}

  async run(): Promise<DemoSeedResult> {
    const created: string[] = [];
    let agency = await this.agencies.findByName(DEMO_AGENCY);
    if (!agency) {
      const [admin] = DEMO_USERS;
      await this.agencies.createWithAdmin({
        name: DEMO_AGENCY,
        homeCurrency: 'KRW',
        adminEmail: admin.email,
        adminPassword: DEMO_PASSWORD,
      });
      created.push(`agency ${DEMO_AGENCY}`, `user ${admin.email}`);
      agency = await this.agencies.findByName(DEMO_AGENCY);
    }
    if (!agency) throw new Error('demo agency vanished while seeding');

    for (const user of DEMO_USERS) {
      if (await this.users.findByEmailForLogin(user.email)) continue;
      await this.users.insert({
        agencyId: agency.id,
        email: user.email,
        name: user.name,
        role: user.role,
        passwordHash: await this.passwords.hash(DEMO_PASSWORD),
      });
      created.push(`user ${user.email}`);
    }
    await this.categories.insertDefaults(agency.id);
    const demoUsers = {
      staffId: await this.userId(agency.id, 'staff'),
      adminId: await this.userId(agency.id, 'admin'),
      managerId: await this.userId(agency.id, 'manager'),
    };
    created.push(...(await this.fairs.seed(agency.id, demoUsers)));
    return {
      agencyId: agency.id,
      created,
      users: DEMO_USERS.map(({ email, role }) => ({ email, role, password: DEMO_PASSWORD })),
    };
  }

  private async userId(agencyId: string, role: Role): Promise<string> {
    const email = DEMO_USERS.find((user) => user.role === role)?.email ?? role;
    const user = await this.users.findByEmailForLogin(email);
    if (user?.agencyId !== agencyId) throw new Error(`demo user ${email} is missing or belongs to another agency`);
    return user.id;
  }
}
