import { access, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { Inject, Injectable, Logger } from '@nestjs/common';
import type { ConfigType } from '@nestjs/config';
import { type Job, UnrecoverableError } from 'bullmq';
import { importsConfig } from '../../config/configuration.js';
import type { FairFacts } from '../../consultations/references.repository.js';
import { HandlesJob, type JobHandler } from '../../jobs/job-handler.js';
import type { JobPayloads } from '../../jobs/jobs.js';
import { layoutOf } from '../columns.js';
import type { Import } from '../import.entity.js';
import { type Batch, ImportBatchService } from '../import-batch.service.js';
import { ImportLookups } from '../import-lookups.js';
import { ImportRecordsRepository } from '../import-records.repository.js';
import { ImportsRepository } from '../imports.repository.js';
import { RateTable } from '../rate-table.js';
import { RowParser } from '../row-parser.js';
import { SpreadsheetProblem as FileProblem } from '../spreadsheet-limits.js';
import { type SheetRow, sheetRows, survey } from '../spreadsheet-reader.js';

/**
 * Runs one import from its checkpoint: streams the file, skips the rows already committed, parses
 * and checks each row, and commits every IMPORT_BATCH_ROWS rows (records, rejected rows, checkpoint
 * and a stale mark in one transaction). A rerun after a crash therefore neither skips nor repeats a row.
 */
@Injectable()
@HandlesJob('imports:run')
export class RunImportJob implements JobHandler<'imports:run'> {
  private readonly logger = new Logger(RunImportJob.name);

  constructor(
    private readonly imports: ImportsRepository,
    private readonly records: ImportRecordsRepository,
    private readonly batches: ImportBatchService,
    @Inject(importsConfig.KEY) private readonly config: ConfigType<typeof importsConfig>,
  ) {}

  async handle({ agencyId, importId }: JobPayloads['imports:run'], job: Job<JobPayloads['imports:run']>) {
    const found = await this.imports.findById(agencyId, importId);
    // An upload sent with an Idempotency-Key commits after the enqueue: not there yet, try again shortly.
    if (!found) throw new Error(`import ${importId} is not committed yet`);
    if (found.state === 'completed' || found.state === 'failed') return { skipped: true };
    const path = join(this.config.dir, found.storedAs);
    try {
      const result = await this.run(found, path, job);
      await this.imports.finish(agencyId, importId, null);
      await unlink(path).catch(() => undefined);
      return result;
    } catch (error) {
      const lastAttempt = job.attemptsMade + 1 >= (job.opts.attempts ?? 1);
      if (error instanceof FileProblem || lastAttempt) {
        const message = error instanceof Error ? error.message : String(error);
        this.logger.warn(`import ${importId} failed: ${message}`);
        // The file goes first: whoever sees the import failed finds its upload already removed.
        await unlink(path).catch(() => undefined);
        await this.imports.finish(agencyId, importId, message);
        // The same file fails the same way every time: BullMQ fails the job now, without retries.
        if (error instanceof FileProblem) throw new UnrecoverableError(message);
      }
      throw error;
    }
  }

  private async run(job: Import, path: string, queueJob: Job) {
    const fair = await this.records.fairFacts(job.agencyId, job.fairId);
    if (!fair) throw new FileProblem('the fair was deleted');
    await access(path).catch(() => {
      throw new FileProblem(`the uploaded file is not in IMPORTS_DIR (${this.config.dir}); the API and the worker must share it`);
    });
    const { encoding, records } = await survey(path, job.format, this.config.limits);
    const total = Math.max(records - 1, 0);
    await this.imports.start(job.agencyId, job.id, total, job.format === 'csv' ? encoding : null);
    const rates = new RateTable(await this.records.ratesOf(job.agencyId));

    const rows = sheetRows(path, job.format, encoding, this.config.limits);
    try {
      return await this.importRows(job, fair, rates, total, rows, queueJob);
    } finally {
      // Closes the file and the reader's memory watch however the import ended.
      await rows.return(undefined);
    }
  }

  private async importRows(job: Import, fair: FairFacts, rates: RateTable, total: number, rows: AsyncGenerator<SheetRow>, queueJob: Job) {
    const first = await rows.next();
    if (first.done) throw new FileProblem('the file is empty');
    const layout = layoutOf(first.value.cells.map((cell) => (cell === null ? '' : String(cell))), job.kind, job.mapping);
    if (typeof layout === 'string') throw new FileProblem(layout);
    await this.imports.ignoreColumns(job.agencyId, job.id, layout.ignored);
    const parser = new RowParser(job.kind, layout, fair);
    const lookups = new ImportLookups();

    let done = job.processedRows;
    let toSkip = done;
    let batch: Batch = { processed: 0, rows: [], errors: [] };
    // One batch is written while the next is parsed: PostgreSQL and this process work at the same time.
    let writing: Promise<void> = Promise.resolve();
    const flush = async () => {
      await writing;
      const full = batch;
      batch = { processed: 0, rows: [], errors: [] };
      writing = (async () => {
        const counts = await this.batches.apply(job, fair, rates, lookups, full, done, layout.header);
        if (!counts) throw new Error(`import ${job.id}: its checkpoint moved under this run; it resumes from there`);
        done += full.processed;
        await queueJob.updateProgress({ processed: done, total });
      })();
      writing.catch(() => undefined); // awaited below; this only keeps Node from calling it unhandled meanwhile
    };
    for await (const row of rows) {
      if (toSkip > 0) {
        toSkip--;
        continue;
      }
      const parsed = parser.parse(row.rowNumber, row.cells);
      if (Array.isArray(parsed)) batch.errors.push(...parsed);
      else batch.rows.push(parsed);
      batch.processed++;
      if (batch.processed >= this.config.batchRows) await flush();
    }
    if (batch.processed > 0) await flush();
    await writing;
    return { processed: done, total };
  }
}
