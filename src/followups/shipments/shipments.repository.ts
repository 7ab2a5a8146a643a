import { Injectable } from '@nestjs/common';
import { type FairLimit, limitToFairs } from '../../common/fair-limit.js';
import { keysetPage } from '../../common/pagination.js';
import { Transactions } from '../../database/transactions.js';
import type { ListShipmentsDto } from './dto/list-shipments.dto.js';
import { Shipment } from './shipment.entity.js';

/** The contract a shipment is recorded against, as the shipment rules need it. */
export interface ShipmentContract {
  id: string;
  fairId: string;
  status: string;
  fairStartsOn: string;
}

@Injectable()
export class ShipmentsRepository {
  constructor(private readonly transactions: Transactions) {}

  private get repo() {
    return this.transactions.manager.getRepository(Shipment);
  }

  findById(agencyId: string, id: string): Promise<Shipment | null> {
    return this.repo.findOneBy({ agencyId, id });
  }

  findByIdForUpdate(agencyId: string, id: string): Promise<Shipment | null> {
    return this.repo
      .createQueryBuilder('s')
      .setLock('pessimistic_write')
      .where('s.agencyId = :agencyId AND s.id = :id', { agencyId, id })
      .getOne();
  }

  /**
   * The live contract, locked FOR SHARE until the transaction ends: a contract being deleted
   * (FOR UPDATE, which waits for this) cannot lose a shipment recorded meanwhile.
   */
  async lockContract(agencyId: string, contractId: string): Promise<ShipmentContract | null> {
    const [row] = await this.transactions.manager.query<ShipmentContract[]>(
      `SELECT k.id, k.fair_id AS "fairId", k.status, f.starts_on::text AS "fairStartsOn"
         FROM contracts k JOIN fairs f ON f.agency_id = k.agency_id AND f.id = k.fair_id
        WHERE k.agency_id = $1 AND k.id = $2 AND k.deleted_at IS NULL
          FOR SHARE OF k`,
      [agencyId, contractId],
    );
    return row ?? null;
  }

  /** Whether the agency has this live contract (for the contract's shipment list: 404 otherwise). */
  async contractExists(agencyId: string, contractId: string, fairs: FairLimit): Promise<boolean> {
    const [row] = await this.transactions.manager.query<{ fair_id: string }[]>(
      'SELECT fair_id FROM contracts WHERE agency_id = $1 AND id = $2 AND deleted_at IS NULL',
      [agencyId, contractId],
    );
    return row !== undefined && (fairs === null || fairs.includes(row.fair_id));
  }

  list(agencyId: string, filter: ListShipmentsDto, fairs: FairLimit = null): Promise<Shipment[]> {
    const query = limitToFairs(this.repo.createQueryBuilder('s').where('s.agencyId = :agencyId', { agencyId }), 's.fairId', fairs);
    if (filter.fairId !== undefined) query.andWhere('s.fairId = :fairId', { fairId: filter.fairId });
    if (filter.contractId !== undefined) query.andWhere('s.contractId = :contractId', { contractId: filter.contractId });
    if (filter.companyId !== undefined) {
      query.andWhere(
        's.contractId IN (SELECT k.id FROM contracts k WHERE k.agency_id = :agencyId AND k.company_id = :companyId)',
        { companyId: filter.companyId },
      );
    }
    if (filter.evidence !== undefined) query.andWhere('s.evidence = :evidence', { evidence: filter.evidence });
    if (filter.from !== undefined) query.andWhere('s.shippedOn >= :from::date', { from: filter.from });
    if (filter.to !== undefined) query.andWhere('s.shippedOn <= :to::date', { to: filter.to });
    return keysetPage(query, 's', filter).getMany();
  }

  /** Live shipments of a contract: a contract that has some cannot be deleted. */
  async countForContract(agencyId: string, contractId: string): Promise<number> {
    const [row] = await this.transactions.manager.query<{ n: number }[]>(
      'SELECT count(*)::int AS n FROM shipments WHERE agency_id = $1 AND contract_id = $2 AND deleted_at IS NULL',
      [agencyId, contractId],
    );
    return row.n;
  }

  insert(shipment: Partial<Shipment>): Promise<Shipment> {
    return this.repo.save(this.repo.create(shipment));
  }

  save(shipment: Shipment): Promise<Shipment> {
    return this.repo.save(shipment);
  }

  async softDelete(agencyId: string, id: string): Promise<void> {
    await this.repo.softDelete({ agencyId, id });
  }
}
