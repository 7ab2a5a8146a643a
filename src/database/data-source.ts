import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { readDotEnv } from '../config/dotenv.js';
import { loadEnv } from '../config/env.js';
import { dataSourceOptions } from './data-source-options.js';

/** Entry point for the TypeORM CLI (`npm run migration:generate|revert`); `.env` is read as the app reads it. */
readDotEnv();
const env = loadEnv();
export default new DataSource(dataSourceOptions({ url: env.DATABASE_URL, poolSize: env.DATABASE_POOL_SIZE }));
