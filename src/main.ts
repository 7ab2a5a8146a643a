import 'reflect-metadata';
import { Logger } from 'nestjs-pino';
import { createApp } from './app.factory.js';
import { closeOnSignals } from './common/shutdown.js';
import { ConfigError, loadEnv } from './config/env.js';

async function bootstrap(): Promise<void> {
  const env = loadEnv();
  const app = await createApp(env);
  closeOnSignals(app, (message) => app.get(Logger).log(message, 'Api'));
  await app.listen(env.PORT, env.HOST);
}

bootstrap().catch((error: unknown) => {
  process.stderr.write(`pavilion api failed to start: ${error instanceof ConfigError ? error.message : String(error)}\n`);
  process.exit(1);
});
