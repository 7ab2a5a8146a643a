import { Injectable } from '@nestjs/common';
import { type FairLimit, limitToFairs } from '../common/fair-limit.js';
import { ChangeFeed } from '../changes/change-feed.js';
import { camelKeys } from '../common/case.js';
import { keysetPage } from '../common/pagination.js';
import { isDateOnly } from '../common/record-filters.js';
import type { NamedStatement } from '../database/prepared.js';
import { Transactions } from '../database/transactions.js';
import { type UnnestInsert, unnestInsert } from '../database/unnest-insert.js';
import { Consultation } from './consultation.entity.js';
import type { ListConsultationsDto } from './dto/list-consultations.dto.js';
import type { FairFacts } from './references.repository.js';

export type NewConsultation = Omit<Consultation, 'id' | 'importKey' | 'version' | 'createdAt' | 'updatedAt' | 'deletedAt' | 'fair' | 'company' | 'buyer' | 'agency'>;

/** A raw `RETURNING *` row as entity properties. */
const fromRow = (row: Record<string, unknown>): Partial<Consultation> => camelKeys(row);

@Injectable()
export class ConsultationsRepository {
  private insert?: UnnestInsert<NewConsultation>;

  constructor(
    private readonly transactions: Transactions,
    private readonly changes: ChangeFeed,
  ) {}

  private get repo() {
    return this.transactions.manager.getRepository(Consultation);
  }

  findById(agencyId: string, id: string): Promise<Consultation | null> {
    return this.repo.findOneBy({ agencyId, id });
  }

  findByIdForUpdate(agencyId: string, id: string): Promise<Consultation | null> {
    return this.repo
      .createQueryBuilder('c')
      .setLock('pessimistic_write')
      .where('c.agencyId = :agencyId AND c.id = :id', { agencyId, id })
      .getOne();
  }

  list(agencyId: string, filter: ListConsultationsDto, fairs: FairLimit = null): Promise<Consultation[]> {
    const query = limitToFairs(this.repo.createQueryBuilder('c').where('c.agencyId = :agencyId', { agencyId }), 'c.fairId', fairs);
    // A filter named as a column matches it exactly (fairId, stage, …): a new one is declared in the DTO alone.
    for (const [field, value] of Object.entries(filter) as [string, unknown][]) {
      if (value !== undefined && this.repo.metadata.findColumnWithPropertyName(field)) query.andWhere(`c.${field} = :${field}`, { [field]: value });
    }
    if (filter.country !== undefined) query.andWhere('c.buyerCountry = :country', { country: filter.country });
    if (filter.followUpDueBy !== undefined) query.andWhere('c.followUpDue <= :followUpDueBy', { followUpDueBy: filter.followUpDueBy });
    if (filter.from !== undefined) {
      query.andWhere(isDateOnly(filter.from) ? 'c.localDate >= :from' : 'c.occurredAt >= :from', { from: filter.from });
    }
    if (filter.to !== undefined) {
      query.andWhere(isDateOnly(filter.to) ? 'c.localDate <= :to' : 'c.occurredAt <= :to', { to: filter.to });
    }
    return keysetPage(query, 'c', filter).getMany();
  }

  /**
   * Inserts the consultation and appends its `consultation.created` event in one statement, only if
   * the fair still has the time zone and dates the fair-local date was derived from, and the company
   * is still live and exhibiting there (no row otherwise). Run after the fair's records lock (a
   * statement before it in the same transaction), so no edit of the fair can slip in between.
   */
  insertWithChange(values: NewConsultation, fair: FairFacts): NamedStatement {
    const insert = this.inserts;
    const fairFacts = insert.nextParam;
    // Built inside the pipelined transaction's unit of work: the relay is woken once it commits.
    this.changes.appendedFrom();
    return {
      name: 'insert-consultation',
      text: `WITH inserted AS (
         ${insert.sql}
          WHERE EXISTS (SELECT 1 FROM fairs WHERE agency_id = t.agency_id AND id = t.fair_id AND deleted_at IS NULL
                           AND timezone = $${fairFacts} AND starts_on = $${fairFacts + 1} AND ends_on = $${fairFacts + 2})
            AND EXISTS (SELECT 1 FROM companies WHERE agency_id = t.agency_id AND id = t.company_id AND deleted_at IS NULL)
            AND EXISTS (SELECT 1 FROM participations
                         WHERE agency_id = t.agency_id AND fair_id = t.fair_id AND company_id = t.company_id AND deleted_at IS NULL)
         RETURNING *),
       appended AS (${this.changes.appendFrom('inserted', 'consultation', 'created')})
       SELECT * FROM inserted`,
      values: [...insert.arrays([values]), fair.timezone, fair.startsOn, fair.endsOn],
    };
  }

  /** The consultation an `insertWithChange` statement returned. */
  fromInserted(row: Record<string, unknown>): Consultation {
    return this.repo.create(fromRow(row));
  }

  /** The consultation INSERT, its columns the entity's (see docs/architecture.md, "Adding a field to consultations"). */
  private get inserts(): UnnestInsert<NewConsultation> {
    return (this.insert ??= unnestInsert(this.transactions.manager.connection.getMetadata(Consultation)));
  }

  save(consultation: Consultation): Promise<Consultation> {
    return this.repo.save(consultation);
  }

  async softDelete(agencyId: string, id: string): Promise<void> {
    await this.repo.softDelete({ agencyId, id });
  }
}
