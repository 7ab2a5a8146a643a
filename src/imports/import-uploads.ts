import { randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, unlink } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { HttpStatus, Inject, Injectable } from '@nestjs/common';
import type { ConfigType } from '@nestjs/config';
import type {} from '@fastify/multipart';
import type { FastifyRequest } from 'fastify';
import { importsConfig } from '../config/configuration.js';
import { nulCharacters } from '../common/input-guards.js';
import { ProblemException, ValidationProblem } from '../common/problem.js';
import type { ImportFormat } from './import.entity.js';

export interface StoredUpload {
  fileName: string;
  storedAs: string;
  format: ImportFormat;
  /** The other form fields, as sent. */
  fields: Record<string, string>;
}

const FORMATS: Record<string, ImportFormat> = { '.csv': 'csv', '.xlsx': 'xlsx' };

const tooLarge = (maxBytes: number) =>
  new ProblemException({ status: HttpStatus.PAYLOAD_TOO_LARGE, type: 'payload-too-large', title: 'File too large', detail: `the file must be at most ${maxBytes} bytes` });

/**
 * Receives a multipart upload and streams its one file straight to IMPORTS_DIR (never held in
 * memory), under a fresh name; the worker reads it from there. Anything wrong removes what was written.
 */
@Injectable()
export class ImportUploads {
  constructor(@Inject(importsConfig.KEY) private readonly config: ConfigType<typeof importsConfig>) {}

  path(storedAs: string): string {
    return join(this.config.dir, storedAs);
  }

  async discard(storedAs: string): Promise<void> {
    await unlink(this.path(storedAs)).catch(() => undefined);
  }

  async receive(request: FastifyRequest): Promise<StoredUpload> {
    if (!request.isMultipart()) {
      throw new ProblemException({
        status: HttpStatus.UNSUPPORTED_MEDIA_TYPE,
        type: 'unsupported-media-type',
        title: 'Unsupported Media Type',
        detail: 'send multipart/form-data with the spreadsheet in a "file" part',
      });
    }
    await mkdir(this.config.dir, { recursive: true });
    const fields: Record<string, string> = {};
    let upload: Omit<StoredUpload, 'fields'> | null = null;
    try {
      for await (const part of request.parts({ limits: { fileSize: this.config.maxBytes, files: 1, fields: 20 } })) {
        if (part.type === 'field') {
          const value = String(part.value);
          // The JSON body's guard (common/input-guards) does not see form fields: the same rule here.
          const refused = nulCharacters({ [part.fieldname]: value });
          if (refused.length > 0) throw new ValidationProblem(refused);
          fields[part.fieldname] = value;
          continue;
        }
        const format = FORMATS[extname(part.filename).toLowerCase()];
        if (part.fieldname !== 'file' || format === undefined) {
          part.file.resume();
          throw new ValidationProblem([{ field: 'file', message: 'send one .csv or .xlsx file in the "file" part' }]);
        }
        if (part.filename.includes('\u0000')) {
          part.file.resume();
          throw new ValidationProblem([{ field: 'file', message: 'the file name must not contain a NUL character (\\u0000)' }]);
        }
        upload = { fileName: part.filename, storedAs: `${randomUUID()}.${format}`, format };
        await pipeline(part.file, createWriteStream(this.path(upload.storedAs)));
        if (part.file.truncated) throw tooLarge(this.config.maxBytes);
      }
    } catch (error) {
      if (upload) await this.discard(upload.storedAs);
      const code = (error as { code?: string }).code;
      if (code === 'FST_REQ_FILE_TOO_LARGE') throw tooLarge(this.config.maxBytes);
      if (error instanceof ProblemException) throw error;
      // A failing disk is ours (500); anything else is the client's body that Fastify or busboy could not
      // read (FST_* codes, or busboy's "Unexpected end of form", "Malformed part header", …).
      if ((error as NodeJS.ErrnoException).syscall !== undefined) throw error;
      throw new ValidationProblem([{ field: 'file', message: `the multipart body could not be read: ${(error as Error).message}` }]);
    }
    if (!upload) throw new ValidationProblem([{ field: 'file', message: 'send one .csv or .xlsx file in the "file" part' }]);
    return { ...upload, fields };
  }
}
