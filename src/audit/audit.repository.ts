import { Injectable } from '@nestjs/common';
import { Transactions } from '../database/transactions.js';
import { AuditEntry } from './audit-entry.entity.js';
import type { ListAuditDto } from './dto/list-audit.dto.js';

/**
 * Reads of the audit log. Writes are appended by triggers on every audited table, in the transaction of
 * the write; a new table joins with two lines in its migration (as the loops in CreatePartnerAccess and
 * CreateMatchmaking do), the same arguments for both:
 * `CREATE TRIGGER <table>_audit AFTER UPDATE OR DELETE ON <table> FOR EACH ROW
 *  EXECUTE FUNCTION audit_write('<personal column>', …)` and
 * `CREATE TRIGGER <table>_audit_insert AFTER INSERT ON <table> REFERENCING NEW TABLE AS inserted_rows
 *  FOR EACH STATEMENT EXECUTE FUNCTION audit_insert('<personal column>', …)`.
 * A table whose id column is not "id" adds a `'record:<column>'` argument.
 */
@Injectable()
export class AuditRepository {
  constructor(private readonly transactions: Transactions) {}

  /** Newest first, `limit + 1` rows (the extra one tells whether there is a next page). */
  list(agencyId: string, filter: ListAuditDto): Promise<AuditEntry[]> {
    const query = this.transactions.manager
      .getRepository(AuditEntry)
      .createQueryBuilder('a')
      .where('a.agencyId = :agencyId', { agencyId });
    if (filter.recordId !== undefined) query.andWhere('a.recordId = :recordId', { recordId: filter.recordId });
    if (filter.entity !== undefined) query.andWhere('a.entity = :entity', { entity: filter.entity });
    if (filter.actorId !== undefined) query.andWhere('a.actorId = :actorId', { actorId: filter.actorId });
    if (filter.actorType !== undefined) query.andWhere('a.actorType = :actorType', { actorType: filter.actorType });
    if (filter.cursor !== undefined) query.andWhere('a.id < :cursor', { cursor: filter.cursor });
    return query.orderBy('a.id', 'DESC').limit(filter.limit + 1).getMany();
  }
}
