import { type ExecutionContext, Module } from '@nestjs/common';
import type { ConfigType } from '@nestjs/config';
import { ThrottlerModule } from '@nestjs/throttler';
import type { Principal } from '../auth/principal.js';
import { rateLimitConfig } from '../config/configuration.js';
import { RedisService } from '../redis/redis.module.js';
import { RedisThrottlerStorage } from './redis-throttler.storage.js';

const principalOf = (context: ExecutionContext): Principal | undefined =>
  context.switchToHttp().getRequest<{ user?: Principal }>().user;

/** One throttler whose limit depends on who calls (see PrincipalThrottlerGuard for what is counted). */
@Module({
  imports: [
    ThrottlerModule.forRootAsync({
      inject: [rateLimitConfig.KEY, RedisService],
      useFactory: (config: ConfigType<typeof rateLimitConfig>, redis: RedisService) => ({
        throttlers: [
          {
            name: 'default',
            ttl: config.windowMs,
            limit: (context: ExecutionContext) => {
              const principal = principalOf(context);
              if (!principal) return config.perAddress;
              return principal.kind === 'apiKey' ? config.perApiKey : config.perUser;
            },
          },
        ],
        storage: new RedisThrottlerStorage(redis),
      }),
    }),
  ],
  exports: [ThrottlerModule],
})
export class ThrottleModule {}
