import { Module } from '@nestjs/common';
import { AgenciesModule } from '../agencies/agencies.module.js';
import { ChangesModule } from '../changes/changes.module.js';
import { AppConfigModule } from '../config/config.module.js';
import { DatabaseModule } from '../database/database.module.js';
import { CategoriesModule } from '../matchmaking/categories/categories.module.js';
import { OutcomesComputeModule } from '../outcomes/outcomes-compute.module.js';
import { DemoFairsRepository } from '../seed/demo-fairs.repository.js';
import { DemoFairsService } from '../seed/demo-fairs.service.js';
import { DemoSeedService } from '../seed/demo-seed.service.js';
import { TenancyModule } from '../tenancy/tenancy.module.js';
import { UsersModule } from '../users/users.module.js';

/**
 * What operator commands need: the database and the services, without HTTP or queues (what they
 * append to the change feed is relayed by the worker's schedule).
 */
@Module({
  imports: [AppConfigModule, DatabaseModule, TenancyModule, ChangesModule, UsersModule, AgenciesModule, CategoriesModule, OutcomesComputeModule],
  providers: [DemoSeedService, DemoFairsService, DemoFairsRepository],
})
export class CliModule {}
