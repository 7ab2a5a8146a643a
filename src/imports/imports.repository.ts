import { Injectable } from '@nestjs/common';
import { Transactions } from '../database/transactions.js';
import { Import, ImportError } from './import.entity.js';
import type { RowError } from './row-parser.js';

export type NewImport = Pick<Import, 'agencyId' | 'fairId' | 'kind' | 'format' | 'fileName' | 'storedAs' | 'dryRun' | 'createMissing' | 'mapping' | 'createdBy'>;

export interface BatchCounts {
  processed: number;
  created: number;
  duplicates: number;
  rejected: number;
}

@Injectable()
export class ImportsRepository {
  constructor(private readonly transactions: Transactions) {}

  private get repo() {
    return this.transactions.manager.getRepository(Import);
  }

  create(values: NewImport): Promise<Import> {
    return this.repo.save(this.repo.create({ ...values, id: undefined }));
  }

  findById(agencyId: string, id: string): Promise<Import | null> {
    return this.repo.findOneBy({ agencyId, id });
  }

  /** The import's row, locked until the batch transaction ends: one batch writer at a time. */
  findForBatch(agencyId: string, id: string): Promise<Import | null> {
    return this.repo
      .createQueryBuilder('i')
      .setLock('pessimistic_write')
      .where('i.agencyId = :agencyId AND i.id = :id', { agencyId, id })
      .getOne();
  }

  /** Imports of every agency not yet completed or failed, oldest first (for the imports sweep). */
  unfinished(limit = 1000): Promise<{ agencyId: string; id: string }[]> {
    return this.transactions.manager.query(
      `SELECT agency_id AS "agencyId", id FROM imports WHERE state IN ('queued', 'running') ORDER BY created_at, id LIMIT $1`,
      [limit],
    );
  }

  async remove(agencyId: string, id: string): Promise<void> {
    await this.repo.delete({ agencyId, id });
  }

  async start(agencyId: string, id: string, totalRows: number, encoding: string | null): Promise<void> {
    await this.repo.update({ agencyId, id }, { state: 'running', totalRows, encoding });
  }

  async ignoreColumns(agencyId: string, id: string, ignored: { header: string; reason: string }[]): Promise<void> {
    await this.repo.update({ agencyId, id }, { ignoredColumns: ignored });
  }

  /** The checkpoint moves with the batch's records, in the same transaction. */
  async advance(agencyId: string, id: string, counts: BatchCounts): Promise<void> {
    await this.transactions.manager.query(
      `UPDATE imports SET processed_rows = processed_rows + $3, created_rows = created_rows + $4,
              duplicate_rows = duplicate_rows + $5, rejected_rows = rejected_rows + $6, updated_at = now(), version = version + 1
        WHERE agency_id = $1 AND id = $2`,
      [agencyId, id, counts.processed, counts.created, counts.duplicates, counts.rejected],
    );
  }

  async finish(agencyId: string, id: string, failure: string | null): Promise<void> {
    await this.repo.update({ agencyId, id }, { state: failure === null ? 'completed' : 'failed', failure, finishedAt: new Date() });
  }

  async addErrors(agencyId: string, importId: string, errors: readonly RowError[]): Promise<void> {
    if (errors.length === 0) return;
    await this.transactions.manager.query(
      `INSERT INTO import_errors (agency_id, import_id, row_number, "column", message)
       SELECT $1, $2, row_number, "column", message FROM unnest($3::int[], $4::text[], $5::text[]) AS t(row_number, "column", message)`,
      [agencyId, importId, errors.map((e) => e.rowNumber), errors.map((e) => e.column), errors.map((e) => e.message)],
    );
  }

  /** A page of the error report in row order, after the error `afterId` (keyset, for streaming). */
  errorsPage(agencyId: string, importId: string, afterId: string, limit: number): Promise<ImportError[]> {
    return this.transactions.manager
      .getRepository(ImportError)
      .createQueryBuilder('e')
      .where('e.agencyId = :agencyId AND e.importId = :importId AND e.id > :afterId', { agencyId, importId, afterId })
      .orderBy('e.id', 'ASC')
      .limit(limit)
      .getMany();
  }
}
