import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

/**
 * Reads `.env` from the working directory into `process.env`, as Nest's ConfigModule does for the
 * app, for the entry points that build their configuration before Nest (the CLI and the TypeORM CLI's
 * DataSource). Variables already in the environment win (Node's `process.loadEnvFile`).
 */
export function readDotEnv(path = resolve(process.cwd(), '.env')): void {
  if (existsSync(path)) process.loadEnvFile(path);
}
