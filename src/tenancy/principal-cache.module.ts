import { Module } from '@nestjs/common';
import { PrincipalCache } from './principal-cache.js';

/** One PrincipalCache per process (one Redis subscription), shared by the users and API keys that fill it. */
@Module({ providers: [PrincipalCache], exports: [PrincipalCache] })
export class PrincipalCacheModule {}
