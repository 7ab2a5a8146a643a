import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { Injectable } from '@nestjs/common';
import type { PoolClient } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import type { EntityMetadata, EntityTarget } from 'typeorm';
import { ChangeFeed } from '../changes/change-feed.js';
import { Consultation } from '../consultations/consultation.entity.js';
import { Contract } from '../contracts/contract.entity.js';
import { type StagedInsert, stagedInsert } from '../database/staged-insert.js';
import { Transactions } from '../database/transactions.js';
import type { ConsultationValues, ContractValues } from './import-records.repository.js';

/**
 * An import batch's records on their way in: `COPY … FROM STDIN` into a session-temporary staging
 * table (no WAL, no indexes, no per-row statement), then one statement that moves them into the table
 * (skipping import keys the fair already has) and appends their change events. The staging table, the
 * COPY and the INSERT take their columns from the entity (`stagedInsert`). The staging table is
 * emptied by that statement and, like everything else, rolled back with a savepoint, so a retried part
 * of a batch never sees another part's rows. Every row gets its agency and fair from the statement's
 * parameters, never from the stage; the foreign keys (company, buyer, fair with agency) hold as ever.
 */
@Injectable()
export class StagedRecordsRepository {
  private consultationInsert?: StagedInsert<ConsultationValues>;
  private contractInsert?: StagedInsert<ContractValues>;

  constructor(
    private readonly transactions: Transactions,
    private readonly changes: ChangeFeed,
  ) {}

  /** Inserts the rows whose import key is new at the fair; returns how many it inserted. Without `announce` (a dry run) no events. */
  async insertConsultations(agencyId: string, fairId: string, timezone: string, loggedBy: string, rows: ConsultationValues[], announce: boolean): Promise<number> {
    if (rows.length === 0) return 0;
    // The columns are the entity's (see docs/architecture.md, "Adding a field to consultations"); the rows bring the venue's wall clock.
    const insert = (this.consultationInsert ??= stagedInsert<ConsultationValues>(this.metadata(Consultation), 'import_stage_consultations', {
      fixed: { agencyId: '$1', fairId: '$2', occurredAt: 'local_time AT TIME ZONE $3', loggedBy: '$4' },
      extra: { localTime: 'timestamp' },
    }));
    await this.stage(insert, rows);
    const [{ created }] = await this.transactions.manager.query<{ created: number }[]>(
      `WITH staged AS (${insert.drain}),
       inserted AS (
         ${insert.insertFrom('staged')}
         ON CONFLICT (agency_id, fair_id, import_key) WHERE import_key IS NOT NULL DO NOTHING
         RETURNING agency_id, fair_id, id, version)
       ${announce ? `, events AS (${this.changes.appendFrom('inserted', 'consultation', 'created')})` : ''}
       SELECT count(*)::int AS created FROM inserted`,
      [agencyId, fairId, timezone, loggedBy],
    );
    if (announce && created > 0) this.changes.appendedFrom();
    return created;
  }

  /** As `insertConsultations`; a contract logged as signed is announced as signed, as through the API. */
  async insertContracts(agencyId: string, fairId: string, createdBy: string, rows: ContractValues[], announce: boolean): Promise<number> {
    if (rows.length === 0) return 0;
    const insert = (this.contractInsert ??= stagedInsert<ContractValues>(this.metadata(Contract), 'import_stage_contracts', {
      fixed: { agencyId: '$1', fairId: '$2', createdBy: '$3' },
    }));
    await this.stage(insert, rows);
    const [{ created }] = await this.transactions.manager.query<{ created: number }[]>(
      `WITH staged AS (${insert.drain}),
       inserted AS (
         ${insert.insertFrom('staged')}
         ON CONFLICT (agency_id, fair_id, import_key) WHERE import_key IS NOT NULL DO NOTHING
         RETURNING agency_id, fair_id, id, version, CASE status WHEN 'signed' THEN 'signed' ELSE 'created' END AS action)
       ${announce ? `, events AS (${this.changes.appendFromWithActions('inserted', 'contract')})` : ''}
       SELECT count(*)::int AS created FROM inserted`,
      [agencyId, fairId, createdBy],
    );
    if (announce && created > 0) this.changes.appendedFrom();
    return created;
  }

  private metadata(entity: EntityTarget<object>): EntityMetadata {
    return this.transactions.manager.connection.getMetadata(entity);
  }

  /** COPYs the rows into the (empty) staging table, creating it on the session's first use. */
  private async stage<T>(insert: StagedInsert<T>, rows: readonly T[]): Promise<void> {
    const manager = this.transactions.manager;
    const runner = manager.queryRunner;
    if (!runner) throw new Error('an import batch stages its rows inside its transaction');
    await manager.query(insert.createStage);
    const client = (await runner.connect()) as PoolClient;
    await pipeline(Readable.from([insert.copyText(rows)]), client.query(copyFrom(insert.copy)));
  }
}
