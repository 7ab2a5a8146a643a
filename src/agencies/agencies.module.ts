import { Module } from '@nestjs/common';
import { UsersModule } from '../users/users.module.js';
import { AgenciesService } from './agencies.service.js';

@Module({
  imports: [UsersModule],
  providers: [AgenciesService],
  exports: [AgenciesService],
})
export class AgenciesModule {}
