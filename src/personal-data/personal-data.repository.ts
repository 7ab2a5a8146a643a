import { Injectable } from '@nestjs/common';
import { AuditEntry } from '../audit/audit-entry.entity.js';
import { Consultation } from '../consultations/consultation.entity.js';
import { Contract } from '../contracts/contract.entity.js';
import { Transactions } from '../database/transactions.js';

/** What Pavilion holds about one buyer beyond its own row, deleted records included. */
@Injectable()
export class PersonalDataRepository {
  constructor(private readonly transactions: Transactions) {}

  /** Every consultation, contract and audit entry that names the buyer. */
  async findBuyerRecords(agencyId: string, buyerId: string) {
    const manager = this.transactions.manager;
    const order = { createdAt: 'ASC', id: 'ASC' } as const;
    // One after another: inside a transaction they share one connection.
    const consultations = await manager.getRepository(Consultation).find({ where: { agencyId, buyerId }, withDeleted: true, order });
    const contracts = await manager.getRepository(Contract).find({ where: { agencyId, buyerId }, withDeleted: true, order });
    const history = await manager.getRepository(AuditEntry).find({ where: { agencyId, recordId: buyerId, entity: 'buyers' }, order: { id: 'ASC' } });
    return { consultations, contracts, history };
  }
}
