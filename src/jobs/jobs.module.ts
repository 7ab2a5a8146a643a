import { BullModule } from '@nestjs/bullmq';
import { type DynamicModule, Global, Module } from '@nestjs/common';
import type { ConfigType } from '@nestjs/config';
import { DiscoveryModule } from '@nestjs/core';
import { redisConfig } from '../config/configuration.js';
import { JobRegistry } from './job-registry.js';
import { DEFAULT_JOB_OPTIONS, QUEUES } from './jobs.js';
import { JobsProducer } from './jobs.producer.js';

const registerQueues = (connection: (url: string) => Record<string, unknown>) =>
  Object.values(QUEUES).map((name) =>
    BullModule.registerQueueAsync({
      name,
      inject: [redisConfig.KEY],
      useFactory: (config: ConfigType<typeof redisConfig>) => ({
        connection: { url: config.url, ...connection(config.url) },
        prefix: `${config.prefix}:bull`,
        defaultJobOptions: DEFAULT_JOB_OPTIONS,
      }),
    }),
  );

/**
 * Queues for the two processes, each registered with its own connection and key prefix (no shared
 * BullModule.forRoot: every queue sets both). The API only enqueues, and must not hang a request on an absent
 * Redis: its connection fails fast (no offline queue). The worker blocks on Redis and retries forever.
 */
@Global()
@Module({})
export class JobsModule {
  static forProducer(): DynamicModule {
    const queues = registerQueues(() => ({ enableOfflineQueue: false, maxRetriesPerRequest: 1 }));
    return { module: JobsModule, imports: queues, providers: [JobsProducer], exports: [JobsProducer, ...queues] };
  }

  static forWorker(): DynamicModule {
    const queues = registerQueues(() => ({ maxRetriesPerRequest: null }));
    return {
      module: JobsModule,
      imports: [DiscoveryModule, ...queues],
      providers: [JobsProducer, JobRegistry],
      exports: [JobsProducer, JobRegistry, ...queues],
    };
  }
}
