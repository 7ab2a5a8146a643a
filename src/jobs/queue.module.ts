import { BullModule } from '@nestjs/bullmq';
import type { ConfigType } from '@nestjs/config';
import { redisConfig } from '../config/configuration.js';

/**
 * BullMQ's shared connection, for the API (which enqueues) and the worker (which processes).
 * Queues are registered by the features that own them; keys live under `REDIS_PREFIX`.
 */
export const QueueRootModule = BullModule.forRootAsync({
  inject: [redisConfig.KEY],
  useFactory: (config: ConfigType<typeof redisConfig>) => ({
    // Workers block on Redis: they must retry forever rather than fail a command.
    connection: { url: config.url, maxRetriesPerRequest: null },
    prefix: `${config.prefix}:bull`,
  }),
});
