import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { PrincipalCacheModule } from '../tenancy/principal-cache.module.js';
import { ApiKeyUses } from './api-key-uses.js';
import { ApiKeyStrategy } from './api-key.strategy.js';
import { ApiKeysController } from './api-keys.controller.js';
import { ApiKeysRepository } from './api-keys.repository.js';
import { ApiKeysService } from './api-keys.service.js';
import { ApiKey } from './api-key.entity.js';

@Module({
  imports: [TypeOrmModule.forFeature([ApiKey]), PrincipalCacheModule],
  controllers: [ApiKeysController],
  providers: [ApiKeysRepository, ApiKeysService, ApiKeyStrategy, ApiKeyUses],
})
export class ApiKeysModule {}
