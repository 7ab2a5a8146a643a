import { Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { HandlesJob, type JobHandler } from '../../jobs/job-handler.js';
import { IDEMPOTENCY_WINDOW } from '../idempotency.interceptor.js';

/** Idempotency keys are kept for their window (24 h) and then removed, hourly. */
@Injectable()
@HandlesJob('idempotency:purge')
export class PurgeIdempotencyKeysJob implements JobHandler<'idempotency:purge'> {
  private readonly logger = new Logger(PurgeIdempotencyKeysJob.name);

  constructor(private readonly dataSource: DataSource) {}

  async handle() {
    const [, purged] = await this.dataSource.query<[unknown, number]>(
      `DELETE FROM idempotency_keys WHERE created_at < now() - interval '${IDEMPOTENCY_WINDOW}'`,
    );
    if (purged > 0) this.logger.log(`purged ${purged} expired idempotency key(s)`);
    return { purged };
  }
}
