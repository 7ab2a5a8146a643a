import { Injectable } from '@nestjs/common';
import { type FairLimit, limitToFairs } from '../common/fair-limit.js';
import { keysetPage } from '../common/pagination.js';
import { Transactions } from '../database/transactions.js';
import { Contract } from './contract.entity.js';
import type { ListContractsDto } from './dto/list-contracts.dto.js';

@Injectable()
export class ContractsRepository {
  constructor(private readonly transactions: Transactions) {}

  private get repo() {
    return this.transactions.manager.getRepository(Contract);
  }

  findById(agencyId: string, id: string): Promise<Contract | null> {
    return this.repo.findOneBy({ agencyId, id });
  }

  findByIdForUpdate(agencyId: string, id: string): Promise<Contract | null> {
    return this.repo
      .createQueryBuilder('c')
      .setLock('pessimistic_write')
      .where('c.agencyId = :agencyId AND c.id = :id', { agencyId, id })
      .getOne();
  }

  list(agencyId: string, filter: ListContractsDto, fairs: FairLimit = null): Promise<Contract[]> {
    const query = limitToFairs(this.repo.createQueryBuilder('c').where('c.agencyId = :agencyId', { agencyId }), 'c.fairId', fairs);
    if (filter.fairId !== undefined) query.andWhere('c.fairId = :fairId', { fairId: filter.fairId });
    if (filter.companyId !== undefined) query.andWhere('c.companyId = :companyId', { companyId: filter.companyId });
    if (filter.buyerId !== undefined) query.andWhere('c.buyerId = :buyerId', { buyerId: filter.buyerId });
    if (filter.country !== undefined) query.andWhere('c.buyerCountry = :country', { country: filter.country });
    if (filter.status !== undefined) query.andWhere('c.status = :status', { status: filter.status });
    if (filter.signedPhase !== undefined) query.andWhere('c.onSite = :onSite', { onSite: filter.signedPhase === 'on_site' });
    if (filter.from !== undefined) query.andWhere('c.signedOn >= :from::date', { from: filter.from });
    if (filter.to !== undefined) query.andWhere('c.signedOn <= :to::date', { to: filter.to });
    return keysetPage(query, 'c', filter).getMany();
  }

  insert(contract: Partial<Contract>): Promise<Contract> {
    return this.repo.save(this.repo.create(contract));
  }

  save(contract: Contract): Promise<Contract> {
    return this.repo.save(contract);
  }

  /** Whether live shipments still belong to the contract. */
  async hasShipments(agencyId: string, id: string): Promise<boolean> {
    const [row] = await this.transactions.manager.query<{ shipped: boolean }[]>(
      'SELECT EXISTS (SELECT 1 FROM shipments WHERE agency_id = $1 AND contract_id = $2 AND deleted_at IS NULL) AS shipped',
      [agencyId, id],
    );
    return row.shipped;
  }

  async softDelete(agencyId: string, id: string): Promise<void> {
    await this.repo.softDelete({ agencyId, id });
  }
}
