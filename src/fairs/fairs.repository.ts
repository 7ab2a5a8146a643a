import { Injectable } from '@nestjs/common';
import { type FairLimit, limitToFairs } from '../common/fair-limit.js';
import { keysetPage } from '../common/pagination.js';
import { Transactions } from '../database/transactions.js';
import type { ListFairsDto } from './dto/list-fairs.dto.js';
import { Fair } from './fair.entity.js';

@Injectable()
export class FairsRepository {
  constructor(private readonly transactions: Transactions) {}

  private get repo() {
    return this.transactions.manager.getRepository(Fair);
  }

  findById(agencyId: string, id: string): Promise<Fair | null> {
    return this.repo.findOneBy({ agencyId, id });
  }

  /** Locks the fair against edits and deletion until the transaction ends (for edits and deletion). */
  findByIdForUpdate(agencyId: string, id: string): Promise<Fair | null> {
    return this.lockedById(agencyId, id, 'pessimistic_write');
  }

  /**
   * Locks the fair against edits and deletion while records are added under it; other writers under
   * the same fair share the lock and do not wait for each other.
   */
  findByIdForShare(agencyId: string, id: string): Promise<Fair | null> {
    return this.lockedById(agencyId, id, 'pessimistic_read');
  }

  list(agencyId: string, filter: ListFairsDto, fairs: FairLimit = null): Promise<Fair[]> {
    const query = limitToFairs(this.repo.createQueryBuilder('f').where('f.agencyId = :agencyId', { agencyId }), 'f.id', fairs);
    if (filter.year !== undefined) query.andWhere('f.year = :year', { year: filter.year });
    if (filter.series !== undefined) query.andWhere('f.series = :series', { series: filter.series });
    if (filter.country !== undefined) query.andWhere('f.country = :country', { country: filter.country });
    if (filter.kind !== undefined) query.andWhere('f.kind = :kind', { kind: filter.kind });
    if (filter.from !== undefined) query.andWhere('f.startsOn >= :from', { from: filter.from });
    if (filter.to !== undefined) query.andWhere('f.startsOn <= :to', { to: filter.to });
    return keysetPage(query, 'f', filter).getMany();
  }

  insert(fair: Partial<Fair>): Promise<Fair> {
    return this.repo.save(this.repo.create(fair));
  }

  save(fair: Fair): Promise<Fair> {
    return this.repo.save(fair);
  }

  /** Whether live participations, consultations or contracts still belong to the fair. */
  async isReferenced(agencyId: string, id: string): Promise<boolean> {
    const [row] = await this.transactions.manager.query<{ referenced: boolean }[]>(
      `SELECT EXISTS (SELECT 1 FROM participations WHERE agency_id = $1 AND fair_id = $2 AND deleted_at IS NULL)
           OR EXISTS (SELECT 1 FROM consultations WHERE agency_id = $1 AND fair_id = $2 AND deleted_at IS NULL)
           OR EXISTS (SELECT 1 FROM contracts WHERE agency_id = $1 AND fair_id = $2 AND deleted_at IS NULL) AS referenced`,
      [agencyId, id],
    );
    return row.referenced;
  }

  /**
   * Re-derives each consultation's fair-local day after the fair's time zone (or dates) changed; a
   * consultation whose day moves gets a new version. Returns those, for their change events.
   */
  async recomputeLocalDates(agencyId: string, id: string, timezone: string): Promise<{ id: string; version: number }[]> {
    const [moved] = await this.transactions.manager.query<[{ id: string; version: number }[], number]>(
      `UPDATE consultations SET local_date = (occurred_at AT TIME ZONE $3)::date, version = version + 1, updated_at = now()
        WHERE agency_id = $1 AND fair_id = $2 AND local_date IS DISTINCT FROM (occurred_at AT TIME ZONE $3)::date
        RETURNING id, version`,
      [agencyId, id, timezone],
    );
    return moved;
  }

  /**
   * What the fair's records span, after a move: the earliest and latest fair-local day of its
   * consultations (deleted ones aside) and of its meeting sessions, for the rule that a move may not
   * leave any of them outside the fair.
   */
  async recordSpan(agencyId: string, id: string): Promise<RecordSpan> {
    const [row] = await this.transactions.manager.query<RecordSpan[]>(
      `SELECT (SELECT min(local_date)::text FROM consultations WHERE agency_id = $1 AND fair_id = $2 AND deleted_at IS NULL AND type <> 'video') AS "firstConsultation",
              (SELECT max(local_date)::text FROM consultations WHERE agency_id = $1 AND fair_id = $2 AND deleted_at IS NULL AND type <> 'video') AS "lastConsultation",
              (SELECT min(local_date)::text FROM consultations WHERE agency_id = $1 AND fair_id = $2 AND deleted_at IS NULL AND type = 'video') AS "firstVideo",
              (SELECT min(day)::text FROM meeting_sessions WHERE agency_id = $1 AND fair_id = $2) AS "firstSession",
              (SELECT max(day)::text FROM meeting_sessions WHERE agency_id = $1 AND fair_id = $2) AS "lastSession"`,
      [agencyId, id],
    );
    return row;
  }

  async softDelete(agencyId: string, id: string): Promise<void> {
    await this.repo.softDelete({ agencyId, id });
  }

  private lockedById(agencyId: string, id: string, lock: 'pessimistic_write' | 'pessimistic_read'): Promise<Fair | null> {
    return this.repo
      .createQueryBuilder('f')
      .setLock(lock)
      .where('f.agencyId = :agencyId AND f.id = :id', { agencyId, id })
      .getOne();
  }
}

export interface RecordSpan {
  firstConsultation: string | null;
  lastConsultation: string | null;
  /** The first video consultation's fair-local day: video consultations come after the fair. */
  firstVideo: string | null;
  firstSession: string | null;
  lastSession: string | null;
}
