import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { Logger } from 'nestjs-pino';
import { closeOnSignals } from './common/shutdown.js';
import { ConfigError, loadEnv } from './config/env.js';
import { evictionPolicyProblem } from './redis/eviction-check.js';
import { WorkerModule } from './worker.module.js';

async function bootstrap(): Promise<void> {
  const env = loadEnv();
  const evictionProblem = await evictionPolicyProblem(env.REDIS_URL);
  if (evictionProblem) throw new Error(evictionProblem);
  const app = await NestFactory.createApplicationContext(WorkerModule, { bufferLogs: true });
  app.useLogger(app.get(Logger));
  closeOnSignals(app, (message) => app.get(Logger).log(message, 'Worker'));
}

bootstrap().catch((error: unknown) => {
  process.stderr.write(`pavilion worker failed to start: ${error instanceof ConfigError ? error.message : error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
