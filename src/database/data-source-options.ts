import pg from 'pg';
import type { DataSourceOptions } from 'typeorm';
import { migrations } from '../../migrations/index.js';
import { SnakeNamingStrategy } from './snake-naming.strategy.js';

// A `date` is a calendar date, not an instant: keep it the 'YYYY-MM-DD' string PostgreSQL sends, so
// no local time zone can shift it (pg would otherwise build a JS Date at local midnight).
pg.types.setTypeParser(pg.types.builtins.DATE, (value: string) => value);

export interface DatabaseSettings {
  url: string;
  poolSize: number;
}

/** One definition of the connection, shared by the Nest app, the CLI and the TypeORM migration CLI. */
export function dataSourceOptions(settings: DatabaseSettings): DataSourceOptions {
  return {
    type: 'postgres',
    url: settings.url,
    migrations,
    migrationsTableName: 'typeorm_migrations',
    migrationsTransactionMode: 'each',
    namingStrategy: new SnakeNamingStrategy(),
    uuidExtension: 'pgcrypto',
    synchronize: false,
    migrationsRun: false,
    extra: { max: settings.poolSize, application_name: 'pavilion' },
  };
}
