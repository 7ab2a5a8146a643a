import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { PrincipalCacheModule } from '../tenancy/principal-cache.module.js';
import { PasswordService } from './password.service.js';
import { ActiveRoleCache } from './active-role.cache.js';
import { User } from './user.entity.js';
import { UsersController } from './users.controller.js';
import { UsersRepository } from './users.repository.js';
import { UsersService } from './users.service.js';

@Module({
  imports: [TypeOrmModule.forFeature([User]), PrincipalCacheModule],
  controllers: [UsersController],
  providers: [UsersRepository, UsersService, PasswordService, ActiveRoleCache],
  exports: [UsersRepository, UsersService, PasswordService, ActiveRoleCache],
})
export class UsersModule {}
