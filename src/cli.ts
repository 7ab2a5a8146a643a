import 'reflect-metadata';
import { writeFile } from 'node:fs/promises';
import { NestFactory } from '@nestjs/core';
import { Command } from 'commander';
import { DataSource } from 'typeorm';
import { AgenciesService } from './agencies/agencies.service.js';
import { createApp } from './app.factory.js';
import { CliModule } from './cli/cli.module.js';
import { CreateAgencyDto } from './cli/create-agency.dto.js';
import { ProblemException } from './common/problem.js';
import { validateBody } from './common/validation.js';
import { readDotEnv } from './config/dotenv.js';
import { ConfigError, loadEnv } from './config/env.js';
import { dataSourceOptions } from './database/data-source-options.js';
import { ensureDatabase } from './database/ensure-database.js';
import { workerIsAlive } from './jobs/worker-heartbeat.js';
import { DemoSeedService } from './seed/demo-seed.service.js';
import { writeSamples } from './seed/sample-files.js';
import { OutcomeReconciler } from './outcomes/outcome-reconciler.js';

/** Operator commands: `npm run cli -- <command>`. Results go to stdout as JSON, messages to stderr. */
readDotEnv();
const program = new Command('pavilion').description('Pavilion operator commands').showHelpAfterError();

program
  .command('migration:run')
  .description('create the database if missing, then apply pending migrations (npm start runs this)')
  .action(async () => {
    const env = loadEnv();
    if (await ensureDatabase(env.DATABASE_URL)) process.stderr.write('created the database\n');
    const dataSource = new DataSource(dataSourceOptions({ url: env.DATABASE_URL, poolSize: 1 }));
    await dataSource.initialize();
    try {
      const applied = await dataSource.runMigrations({ transaction: 'each' });
      process.stderr.write(
        applied.length ? `applied ${applied.map((m) => m.name).join(', ')}\n` : 'no pending migrations\n',
      );
    } finally {
      await dataSource.destroy();
    }
  });

program
  .command('worker:health')
  .description("exit 0 when this host's worker wrote its Redis heartbeat in the last 30 s, else 1 (the Docker healthcheck)")
  .action(async () => {
    const env = loadEnv();
    const alive = await workerIsAlive(env.REDIS_URL, env.REDIS_PREFIX);
    process.stderr.write(alive ? 'worker alive\n' : 'no worker heartbeat in the last 30 s\n');
    process.exitCode = alive ? 0 : 1;
  });

program
  .command('create-agency')
  .description('create an agency (tenant) with its first admin; prints {agencyId, adminUserId}')
  .requiredOption('--name <name>', 'agency name')
  .requiredOption('--admin-email <email>', "the first admin's email")
  .requiredOption('--admin-password <password>', `the first admin's password (at least 12 characters)`)
  .option('--home-currency <code>', 'ISO 4217 currency reports repeat USD totals in', 'USD')
  .action(async (options: { name: string; adminEmail: string; adminPassword: string; homeCurrency: string }) => {
    const input = await validateBody(CreateAgencyDto, options);
    const result = await withServices((app) => app.get(AgenciesService).createWithAdmin(input));
    process.stdout.write(`${JSON.stringify(result)}\n`);
  });

program
  .command('seed:demo')
  .description('create the demo agency, users and published fairs with their records (idempotent; refused when NODE_ENV=production)')
  .action(async () => {
    if (loadEnv().NODE_ENV === 'production') {
      throw new Error('seed:demo creates accounts with a published password; it does not run when NODE_ENV=production');
    }
    const result = await withServices((app) => app.get(DemoSeedService).run());
    process.stderr.write(
      `demo agency ${result.agencyId}:${result.created.length ? '' : ' already seeded'}\n` +
        result.created.map((item) => `  created ${item}\n`).join('') +
        result.users.map((u) => `  ${u.role.padEnd(8)} ${u.email} / ${u.password}  (demo only)\n`).join(''),
    );
    process.stdout.write(`${JSON.stringify(result)}\n`);
  });

program
  .command('outcomes:reconcile')
  .description('compare stored outcomes with the source rows; report and repair every difference')
  .option('--fair <id>', 'only this fair')
  .option('--dry-run', 'report differences without repairing them')
  .action(async (options: { fair?: string; dryRun?: boolean }) => {
    if (options.fair !== undefined && !/^[0-9a-f-]{36}$/i.test(options.fair)) throw new Error('--fair must be a fair id (UUID)');
    const report = await withServices((app) => app.get(OutcomeReconciler).reconcile({ fairId: options.fair, repair: !options.dryRun }));
    process.stderr.write(
      `checked ${report.fairsChecked} fair(s): ${report.fairsDiffering} differed from the source` +
        (options.dryRun ? ' (dry run: nothing repaired)\n' : `, ${report.repaired} repaired\n`),
    );
    process.stdout.write(`${JSON.stringify(report)}\n`);
  });

program
  .command('openapi:write')
  .description('build the HTTP app (without listening) and write its OpenAPI document, as /docs-json serves it')
  .requiredOption('--out <file>', 'where to write the JSON document')
  .action(async (options: { out: string }) => {
    const app = await createApp(loadEnv({ ...process.env, LOG_LEVEL: 'error' }));
    try {
      await app.init();
      const response = await app.inject({ method: 'GET', url: '/docs-json' });
      if (response.statusCode !== 200) throw new Error(`/docs-json answered ${response.statusCode}`);
      await writeFile(options.out, `${JSON.stringify(response.json(), null, 2)}\n`);
      process.stderr.write(`  wrote ${options.out}\n`);
    } finally {
      await app.close();
    }
  });

program
  .command('samples:write')
  .description("write the sample spreadsheets that re-create the demo seed's fairs by import")
  .option('--out <dir>', 'directory', 'samples')
  .action(async (options: { out: string }) => {
    const written = await writeSamples(options.out);
    process.stderr.write(written.map((name) => `  wrote ${options.out}/${name}\n`).join(''));
  });

async function withServices<T>(work: (app: Awaited<ReturnType<typeof NestFactory.createApplicationContext>>) => Promise<T>): Promise<T> {
  const app = await NestFactory.createApplicationContext(CliModule, { logger: ['error', 'warn'] });
  try {
    return await work(app);
  } finally {
    await app.close();
  }
}

program.parseAsync().catch((error: unknown) => {
  const message =
    error instanceof ConfigError
      ? error.message
      : error instanceof ProblemException
        ? [error.problem.detail ?? error.problem.title].join('')
        : error instanceof Error
          ? error.message
          : String(error);
  process.stderr.write(`error: ${message}\n`);
  process.exit(1);
});
