import { Injectable } from '@nestjs/common';
import { Transactions } from '../database/transactions.js';
import { keysetPage } from '../common/pagination.js';
import { Company } from './company.entity.js';
import type { ListCompaniesDto } from './dto/list-companies.dto.js';

@Injectable()
export class CompaniesRepository {
  constructor(private readonly transactions: Transactions) {}

  private get repo() {
    return this.transactions.manager.getRepository(Company);
  }

  findById(agencyId: string, id: string): Promise<Company | null> {
    return this.repo.findOneBy({ agencyId, id });
  }

  findByIdForUpdate(agencyId: string, id: string): Promise<Company | null> {
    return this.repo
      .createQueryBuilder('c')
      .setLock('pessimistic_write')
      .where('c.agencyId = :agencyId AND c.id = :id', { agencyId, id })
      .getOne();
  }

  list(agencyId: string, filter: ListCompaniesDto): Promise<Company[]> {
    const query = this.repo.createQueryBuilder('c').where('c.agencyId = :agencyId', { agencyId });
    if (filter.registrationNumber !== undefined) {
      query.andWhere('c.registrationNumber = :registrationNumber', { registrationNumber: filter.registrationNumber });
    }
    if (filter.region !== undefined) query.andWhere('c.region = :region', { region: filter.region });
    if (filter.q !== undefined) {
      query.andWhere("(c.name ILIKE :q OR c.localName ILIKE :q)", { q: `%${filter.q.replace(/[%_\\]/g, '\\$&')}%` });
    }
    return keysetPage(query, 'c', filter).getMany();
  }

  insert(company: Partial<Company>): Promise<Company> {
    return this.repo.save(this.repo.create(company));
  }

  save(company: Company): Promise<Company> {
    return this.repo.save(company);
  }

  /** Whether live participations, consultations or contracts still point at the company. */
  async isReferenced(agencyId: string, id: string): Promise<boolean> {
    const [row] = await this.transactions.manager.query<{ referenced: boolean }[]>(
      `SELECT EXISTS (SELECT 1 FROM participations WHERE agency_id = $1 AND company_id = $2 AND deleted_at IS NULL)
           OR EXISTS (SELECT 1 FROM consultations WHERE agency_id = $1 AND company_id = $2 AND deleted_at IS NULL)
           OR EXISTS (SELECT 1 FROM contracts WHERE agency_id = $1 AND company_id = $2 AND deleted_at IS NULL) AS referenced`,
      [agencyId, id],
    );
    return row.referenced;
  }

  async softDelete(agencyId: string, id: string): Promise<void> {
    await this.repo.softDelete({ agencyId, id });
  }
}
