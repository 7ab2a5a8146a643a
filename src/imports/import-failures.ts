import { unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { Inject, Injectable, Logger } from '@nestjs/common';
import type { ConfigType } from '@nestjs/config';
import { importsConfig } from '../config/configuration.js';
import { ImportsRepository } from './imports.repository.js';

/**
 * Ends an import whose job will never run again (it stalled more than BullMQ allows — a worker killed
 * or OOM-killed on it every time —, or used up its attempts) as `failed`, and removes its file: it
 * must not stay `queued` or `running` forever, nor its upload on disk.
 */
@Injectable()
export class ImportFailures {
  private readonly logger = new Logger(ImportFailures.name);

  constructor(
    private readonly imports: ImportsRepository,
    @Inject(importsConfig.KEY) private readonly config: ConfigType<typeof importsConfig>,
  ) {}

  /** False when the import had already finished (or is gone): nothing to do. */
  async jobDied(agencyId: string, importId: string, reason: string): Promise<boolean> {
    const found = await this.imports.findById(agencyId, importId);
    if (!found || found.state === 'completed' || found.state === 'failed') return false;
    const failure = `the import could not be completed: ${reason}`;
    this.logger.warn(`import ${importId} failed: ${failure}`);
    // The file goes first: whoever sees the import failed finds its upload already removed.
    await unlink(join(this.config.dir, found.storedAs)).catch(() => undefined);
    await this.imports.finish(agencyId, importId, failure);
    return true;
  }
}
