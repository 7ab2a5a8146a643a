import { createHash, randomUUID } from 'node:crypto';
import { createReadStream, createWriteStream, type ReadStream } from 'node:fs';
import { mkdir, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { HttpStatus, Inject, Injectable } from '@nestjs/common';
import type { ConfigType } from '@nestjs/config';
import type {} from '@fastify/multipart';
import type { FastifyRequest } from 'fastify';
import { fileTypeFromFile } from 'file-type';
import { evidenceConfig } from '../../config/configuration.js';
import { ProblemException, ValidationProblem } from '../../common/problem.js';

/** What an evidence document may be, judged by its own bytes (file-type), never by its name or the client's header. */
export const EVIDENCE_TYPES = ['application/pdf', 'image/png', 'image/jpeg', 'image/webp'] as const;

export interface StoredDocument {
  key: string;
  fileName: string;
  contentType: string;
  bytes: string;
  sha256: string;
}

const tooLarge = (maxBytes: number) =>
  new ProblemException({
    status: HttpStatus.PAYLOAD_TOO_LARGE,
    type: 'payload-too-large',
    title: 'File too large',
    detail: `the document must be at most ${maxBytes} bytes`,
    errors: [{ field: 'file', message: `at most ${maxBytes} bytes` }],
  });

const FILE_PART = 'send one PDF, PNG, JPEG or WebP file in a "file" part';

/**
 * Shipment evidence files in EVIDENCE_DIR, under fresh names: streamed to disk (never held in
 * memory) while their size and SHA-256 are taken, then typed from their first bytes. A file of
 * another type, too large or unreadable is removed and refused, naming the `file` field.
 */
@Injectable()
export class ShipmentDocuments {
  constructor(@Inject(evidenceConfig.KEY) private readonly config: ConfigType<typeof evidenceConfig>) {}

  private path(key: string): string {
    return join(this.config.dir, key);
  }

  open(key: string): ReadStream {
    return createReadStream(this.path(key));
  }

  async discard(key: string): Promise<void> {
    await unlink(this.path(key)).catch(() => undefined);
  }

  async receive(request: FastifyRequest): Promise<StoredDocument> {
    if (!request.isMultipart()) {
      throw new ProblemException({
        status: HttpStatus.UNSUPPORTED_MEDIA_TYPE,
        type: 'unsupported-media-type',
        title: 'Unsupported Media Type',
        detail: `send multipart/form-data: ${FILE_PART}`,
      });
    }
    await mkdir(this.config.dir, { recursive: true });
    let stored: Omit<StoredDocument, 'contentType'> | null = null;
    try {
      for await (const part of request.parts({ limits: { fileSize: this.config.maxBytes, files: 1, fields: 0 } })) {
        if (part.type === 'field' || part.fieldname !== 'file' || stored !== null) {
          if (part.type === 'file') part.file.resume();
          throw new ValidationProblem([{ field: 'file', message: FILE_PART }]);
        }
        if (part.filename.includes('\u0000') || part.filename.length > 255) {
          part.file.resume();
          throw new ValidationProblem([{ field: 'file', message: 'the file name must be at most 255 characters, without NUL' }]);
        }
        const key = `${randomUUID()}.bin`;
        const hash = createHash('sha256');
        let bytes = 0;
        stored = { key, fileName: part.filename, bytes: '0', sha256: '' };
        const measure = new Transform({
          transform(chunk: Buffer, _encoding, done) {
            hash.update(chunk);
            bytes += chunk.length;
            done(null, chunk);
          },
        });
        await pipeline(part.file, measure, createWriteStream(this.path(key)));
        if (part.file.truncated) throw tooLarge(this.config.maxBytes);
        stored = { ...stored, bytes: String(bytes), sha256: hash.digest('hex') };
      }
      if (stored === null) throw new ValidationProblem([{ field: 'file', message: FILE_PART }]);
      const type = await fileTypeFromFile(this.path(stored.key));
      if (type === undefined || !(EVIDENCE_TYPES as readonly string[]).includes(type.mime)) {
        throw new ProblemException({
          status: HttpStatus.UNSUPPORTED_MEDIA_TYPE,
          type: 'unsupported-media-type',
          title: 'Unsupported Media Type',
          detail: `the document is ${type?.mime ?? 'of no known type'}; ${FILE_PART}`,
          errors: [{ field: 'file', message: `must be one of ${EVIDENCE_TYPES.join(', ')}` }],
        });
      }
      return { ...stored, contentType: type.mime };
    } catch (error) {
      if (stored) await this.discard(stored.key);
      const code = (error as { code?: string }).code;
      if (code === 'FST_REQ_FILE_TOO_LARGE') throw tooLarge(this.config.maxBytes);
      if (code === 'FST_FIELDS_LIMIT' || code === 'FST_FILES_LIMIT') throw new ValidationProblem([{ field: 'file', message: FILE_PART }]);
      if (error instanceof ProblemException) throw error;
      if ((error as NodeJS.ErrnoException).syscall !== undefined) throw error;
      throw new ValidationProblem([{ field: 'file', message: `the multipart body could not be read: ${(error as Error).message}` }]);
    }
  }
}
