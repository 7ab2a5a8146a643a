import { Module } from '@nestjs/common';
import { CategoriesModule } from '../matchmaking/categories/categories.module.js';
import { TenancyModule } from '../tenancy/tenancy.module.js';
import { UsersModule } from '../users/users.module.js';
import { AgenciesService } from './agencies.service.js';

@Module({
  imports: [TenancyModule, UsersModule, CategoriesModule],
  providers: [AgenciesService],
  exports: [AgenciesService],
})
export class AgenciesModule {}
