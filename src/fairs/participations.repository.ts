import { Injectable } from '@nestjs/common';
import type { Company } from '../companies/company.entity.js';
import { keysetPage, type PageQueryDto } from '../common/pagination.js';
import { Transactions } from '../database/transactions.js';
import { Participation } from './participation.entity.js';

/** A participation with the name of its company, as the API shows it. */
export type Participant = Participation & { company: Pick<Company, 'id' | 'agencyId' | 'name'> };

@Injectable()
export class ParticipationsRepository {
  constructor(private readonly transactions: Transactions) {}

  private get repo() {
    return this.transactions.manager.getRepository(Participation);
  }

  /** The live participation of a company in a fair, with the company's name. */
  findByCompany(agencyId: string, fairId: string, companyId: string): Promise<Participant | null> {
    return this.withCompany(agencyId, fairId).andWhere('p.companyId = :companyId', { companyId }).getOne() as Promise<Participant | null>;
  }

  findByCompanyForUpdate(agencyId: string, fairId: string, companyId: string): Promise<Participant | null> {
    return this.withCompany(agencyId, fairId)
      .andWhere('p.companyId = :companyId', { companyId })
      .setLock('pessimistic_write', undefined, ['p'])
      .getOne() as Promise<Participant | null>;
  }

  /** The fair's live participants in (createdAt, id) order. */
  listForFair(agencyId: string, fairId: string, page: PageQueryDto): Promise<Participant[]> {
    return keysetPage(this.withCompany(agencyId, fairId), 'p', page).getMany() as Promise<Participant[]>;
  }

  /**
   * A live company of the agency, locked against deletion until the transaction ends (company
   * deletion locks it for update and then checks for participations).
   */
  async findCompanyForShare(agencyId: string, companyId: string): Promise<Participant['company'] | null> {
    const [company] = await this.transactions.manager.query<Participant['company'][]>(
      `SELECT id, agency_id AS "agencyId", name FROM companies
        WHERE agency_id = $1 AND id = $2 AND deleted_at IS NULL
        FOR SHARE`,
      [agencyId, companyId],
    );
    return company ?? null;
  }

  insert(participation: Partial<Participation>): Promise<Participation> {
    return this.repo.save(this.repo.create(participation));
  }

  save(participant: Participant): Promise<Participant> {
    return this.repo.save(participant);
  }

  /** Whether the company has live consultations or contracts at the fair. */
  async hasRecordsAtFair(agencyId: string, fairId: string, companyId: string): Promise<boolean> {
    const [row] = await this.transactions.manager.query<{ referenced: boolean }[]>(
      `SELECT EXISTS (SELECT 1 FROM consultations WHERE agency_id = $1 AND fair_id = $2 AND company_id = $3 AND deleted_at IS NULL)
           OR EXISTS (SELECT 1 FROM contracts WHERE agency_id = $1 AND fair_id = $2 AND company_id = $3 AND deleted_at IS NULL) AS referenced`,
      [agencyId, fairId, companyId],
    );
    return row.referenced;
  }

  async softDelete(agencyId: string, id: string): Promise<void> {
    await this.repo.softDelete({ agencyId, id });
  }

  private withCompany(agencyId: string, fairId: string) {
    return this.repo
      .createQueryBuilder('p')
      .innerJoin('p.company', 'c')
      .addSelect(['c.id', 'c.agencyId', 'c.name'])
      .where('p.agencyId = :agencyId AND p.fairId = :fairId', { agencyId, fairId });
  }
}
