import { Injectable } from '@nestjs/common';
import { keysetPage } from '../common/pagination.js';
import { isDateOnly } from '../common/record-filters.js';
import { Transactions } from '../database/transactions.js';
import { Consultation } from './consultation.entity.js';
import type { ListConsultationsDto } from './dto/list-consultations.dto.js';

@Injectable()
export class ConsultationsRepository {
  constructor(private readonly transactions: Transactions) {}

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

  list(agencyId: string, filter: ListConsultationsDto): Promise<Consultation[]> {
    const query = this.repo.createQueryBuilder('c').where('c.agencyId = :agencyId', { agencyId });
    if (filter.fairId !== undefined) query.andWhere('c.fairId = :fairId', { fairId: filter.fairId });
    if (filter.companyId !== undefined) query.andWhere('c.companyId = :companyId', { companyId: filter.companyId });
    if (filter.buyerId !== undefined) query.andWhere('c.buyerId = :buyerId', { buyerId: filter.buyerId });
    if (filter.country !== undefined) query.andWhere('c.buyerCountry = :country', { country: filter.country });
    if (filter.stage !== undefined) query.andWhere('c.stage = :stage', { stage: filter.stage });
    if (filter.type !== undefined) query.andWhere('c.type = :type', { type: filter.type });
    if (filter.from !== undefined) {
      query.andWhere(isDateOnly(filter.from) ? 'c.localDate >= :from' : 'c.occurredAt >= :from', { from: filter.from });
    }
    if (filter.to !== undefined) {
      query.andWhere(isDateOnly(filter.to) ? 'c.localDate <= :to' : 'c.occurredAt <= :to', { to: filter.to });
    }
    return keysetPage(query, 'c', filter).getMany();
  }

  insert(consultation: Partial<Consultation>): Promise<Consultation> {
    return this.repo.save(this.repo.create(consultation));
  }

  save(consultation: Consultation): Promise<Consultation> {
    return this.repo.save(consultation);
  }

  async softDelete(agencyId: string, id: string): Promise<void> {
    await this.repo.softDelete({ agencyId, id });
  }
}
