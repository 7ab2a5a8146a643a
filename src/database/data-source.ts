import 'reflect-metadata';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { readDotEnv } from '../config/dotenv.js';
import { loadEnv } from '../config/env.js';
import { dataSourceOptions } from './data-source-options.js';

/**
 * Entry point for the TypeORM CLI (`npm run migration:generate|revert`); `.env` is read as the app
 * reads it. The app maps the entities its feature modules register; this one finds every compiled
 * entity file, so the database layer names no feature.
 */
readDotEnv();
const env = loadEnv();
export default new DataSource({
  ...dataSourceOptions({ url: env.DATABASE_URL, poolSize: env.DATABASE_POOL_SIZE }),
  entities: [join(import.meta.dirname, '..', '**', '*.{entity,entities}.js')],
});
