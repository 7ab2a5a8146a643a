import { Injectable } from '@nestjs/common';
import { keysetPage } from '../common/pagination.js';
import { Transactions } from '../database/transactions.js';
import { Buyer } from './buyer.entity.js';
import type { ListBuyersDto } from './dto/list-buyers.dto.js';

@Injectable()
export class BuyersRepository {
  constructor(private readonly transactions: Transactions) {}

  private get repo() {
    return this.transactions.manager.getRepository(Buyer);
  }

  findById(agencyId: string, id: string): Promise<Buyer | null> {
    return this.repo.findOneBy({ agencyId, id });
  }

  /** The buyer, deleted or not. */
  findByIdWithDeleted(agencyId: string, id: string): Promise<Buyer | null> {
    return this.repo.findOne({ where: { agencyId, id }, withDeleted: true });
  }

  findByIdForUpdate(agencyId: string, id: string): Promise<Buyer | null> {
    return this.repo
      .createQueryBuilder('b')
      .setLock('pessimistic_write')
      .where('b.agencyId = :agencyId AND b.id = :id', { agencyId, id })
      .getOne();
  }

  /** The live buyer with this email; emails are stored lower-case, so pass a lower-case one. */
  findByEmail(agencyId: string, email: string): Promise<Buyer | null> {
    return this.repo.findOneBy({ agencyId, email });
  }

  list(agencyId: string, filter: ListBuyersDto): Promise<Buyer[]> {
    const query = this.repo.createQueryBuilder('b').where('b.agencyId = :agencyId', { agencyId });
    if (filter.country !== undefined) query.andWhere('b.country = :country', { country: filter.country });
    if (filter.buyerType !== undefined) query.andWhere('b.buyerType = :buyerType', { buyerType: filter.buyerType });
    if (filter.email !== undefined) query.andWhere('b.email = :email', { email: filter.email });
    if (filter.q !== undefined) {
      query.andWhere('b.organisation ILIKE :q', { q: `%${filter.q.replace(/[%_\\]/g, '\\$&')}%` });
    }
    return keysetPage(query, 'b', filter).getMany();
  }

  /**
   * Inserts inside a savepoint: a lost race on the email leaves the surrounding transaction usable, so
   * the caller can still look up the buyer that won.
   */
  insert(buyer: Partial<Buyer>): Promise<Buyer> {
    return this.transactions.manager.transaction((manager) => {
      const repo = manager.getRepository(Buyer);
      return repo.save(repo.create(buyer));
    });
  }

  /** Saves inside a savepoint, for the same reason as `insert`. */
  save(buyer: Buyer): Promise<Buyer> {
    return this.transactions.manager.transaction((manager) => manager.getRepository(Buyer).save(buyer));
  }

  /** Whether live consultations or contracts still point at the buyer. */
  async isReferenced(agencyId: string, id: string): Promise<boolean> {
    const [row] = await this.transactions.manager.query<{ referenced: boolean }[]>(
      `SELECT EXISTS (SELECT 1 FROM consultations WHERE agency_id = $1 AND buyer_id = $2 AND deleted_at IS NULL)
           OR EXISTS (SELECT 1 FROM contracts WHERE agency_id = $1 AND buyer_id = $2 AND deleted_at IS NULL) AS referenced`,
      [agencyId, id],
    );
    return row.referenced;
  }

  /**
   * Clears the buyer's contact fields and drops stored idempotent replays that carried them. The
   * organisation, country and type stay: they describe a company, and the records keep their totals.
   */
  async erasePersonalData(agencyId: string, id: string): Promise<void> {
    await this.transactions.manager.query(
      `UPDATE buyers SET contact_name = NULL, email = NULL, phone = NULL, version = version + 1, updated_at = now()
        WHERE agency_id = $1 AND id = $2`,
      [agencyId, id],
    );
    await this.transactions.manager.query(
      `DELETE FROM idempotency_keys WHERE agency_id = $1 AND response_body ->> 'id' = $2`,
      [agencyId, id],
    );
  }

  async softDelete(agencyId: string, id: string): Promise<void> {
    await this.repo.softDelete({ agencyId, id });
  }
}
