import { Module } from '@nestjs/common';
import { TenancyModule } from '../tenancy/tenancy.module.js';
import { UsersModule } from '../users/users.module.js';
import { AgenciesService } from './agencies.service.js';

@Module({
  imports: [TenancyModule, UsersModule],
  providers: [AgenciesService],
  exports: [AgenciesService],
})
export class AgenciesModule {}
