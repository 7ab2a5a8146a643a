import { HttpStatus, Injectable, Logger } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import type { Readable } from 'node:stream';
import { NotFoundProblem, UnknownReferenceProblem } from '../common/errors.js';
import { ProblemException } from '../common/problem.js';
import { csvStream } from '../common/spreadsheets.js';
import { validateBody } from '../common/validation.js';
import { JobsProducer } from '../jobs/jobs.producer.js';
import { CreateImportDto } from './dto/create-import.dto.js';
import { ImportDto } from './dto/import.dto.js';
import { ImportRecordsRepository } from './import-records.repository.js';
import { ImportUploads } from './import-uploads.js';
import { ImportsRepository } from './imports.repository.js';

const ERROR_PAGE = 1000;

@Injectable()
export class ImportsService {
  private readonly logger = new Logger(ImportsService.name);

  constructor(
    private readonly imports: ImportsRepository,
    private readonly records: ImportRecordsRepository,
    private readonly uploads: ImportUploads,
    private readonly jobs: JobsProducer,
  ) {}

  /** Stores the upload, records the import and queues it; the worker does the rest. */
  async create(agencyId: string, userId: string, request: FastifyRequest, query: Record<string, unknown>): Promise<ImportDto> {
    const upload = await this.uploads.receive(request);
    try {
      const options = await validateBody(CreateImportDto, { ...query, ...upload.fields });
      if (!(await this.records.fairFacts(agencyId, options.fairId))) throw new UnknownReferenceProblem('fairId', 'fair');
      const row = await this.imports.create({
        agencyId,
        fairId: options.fairId,
        kind: options.kind,
        format: upload.format,
        fileName: upload.fileName,
        storedAs: upload.storedAs,
        dryRun: options.dryRun ?? false,
        createMissing: options.createMissing ?? false,
        mapping: options.mapping ?? null,
        createdBy: userId,
      });
      await this.enqueue(agencyId, row.id);
      return ImportDto.from(row);
    } catch (error) {
      await this.uploads.discard(upload.storedAs);
      throw error;
    }
  }

  /** Without Redis the import would never run: say so now, and keep nothing. */
  private async enqueue(agencyId: string, importId: string): Promise<void> {
    try {
      await this.jobs.enqueue('imports:run', { agencyId, importId });
    } catch (error) {
      this.logger.warn(`could not queue import ${importId}: ${error instanceof Error ? error.message : String(error)}`);
      await this.imports.remove(agencyId, importId);
      throw new ProblemException({
        status: HttpStatus.SERVICE_UNAVAILABLE,
        type: 'queue-unavailable',
        title: 'Service Unavailable',
        detail: 'the import queue cannot be reached; send the file again shortly',
      });
    }
  }

  async get(agencyId: string, id: string): Promise<ImportDto> {
    const row = await this.imports.findById(agencyId, id);
    if (!row) throw new NotFoundProblem('Import', id);
    return ImportDto.from(row);
  }

  /** The error report as CSV (row, column, message), streamed a page at a time. */
  async errorsCsv(agencyId: string, id: string): Promise<Readable> {
    if (!(await this.imports.findById(agencyId, id))) throw new NotFoundProblem('Import', id);
    const imports = this.imports;
    async function* rows() {
      let after = '0';
      for (;;) {
        const page = await imports.errorsPage(agencyId, id, after, ERROR_PAGE);
        yield* page;
        if (page.length < ERROR_PAGE) return;
        after = page[page.length - 1].id;
      }
    }
    return csvStream({
      name: 'errors',
      columns: [
        { header: 'row', kind: 'count', value: (error) => error.rowNumber },
        { header: 'column', kind: 'text', value: (error) => error.column },
        { header: 'message', kind: 'text', value: (error) => error.message },
      ],
      rows: rows(),
    });
  }
}
