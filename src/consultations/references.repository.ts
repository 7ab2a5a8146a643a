import { Injectable } from '@nestjs/common';
import { UnknownReferenceProblem, RuleProblem } from '../common/errors.js';
import { ValidationProblem } from '../common/problem.js';
import { prepared } from '../database/prepared.js';
import { Transactions } from '../database/transactions.js';

export interface FairFacts {
  id: string;
  timezone: string;
  startsOn: string;
  endsOn: string;
}

/**
 * What consultations and contracts check about the records they point at, each in one query and
 * each scoped by agency: another agency's fair, company or buyer reads exactly like a missing one.
 */
/** Fairs whose facts this process remembers (a fair is a few dozen bytes). */
const MAX_REMEMBERED_FAIRS = 10_000;

@Injectable()
export class ReferencesRepository {
  /**
   * The facts of fairs recently written under, by agency and fair. Never trusted alone: a write checks
   * them in its own statement, under the fair's lock, and falls back to `exhibitingAt` if they changed.
   */
  private readonly remembered = new Map<string, FairFacts>();

  constructor(private readonly transactions: Transactions) {}

  rememberedFacts(agencyId: string, fairId: string): FairFacts | undefined {
    return this.remembered.get(`${agencyId}:${fairId}`);
  }

  remember(agencyId: string, fair: FairFacts): void {
    if (this.remembered.size >= MAX_REMEMBERED_FAIRS) this.remembered.clear();
    this.remembered.set(`${agencyId}:${fair.id}`, fair);
  }

  forget(agencyId: string, fairId: string): void {
    this.remembered.delete(`${agencyId}:${fairId}`);
  }

  /**
   * The fair, and that the company exists and exhibits there; a 422 naming the field otherwise.
   * Writers lock the fair for records (fair-locks.ts) before they write under it.
   */
  async exhibitingAt(agencyId: string, fairId: string, companyId: string): Promise<FairFacts> {
    const [row] = await prepared<{ id: string; timezone: string; starts_on: string; ends_on: string; company_exists: boolean; participates: boolean }>(
      this.transactions.manager,
      'exhibiting-at',
      `SELECT f.id, f.timezone, f.starts_on::text, f.ends_on::text,
              EXISTS (SELECT 1 FROM companies c WHERE c.agency_id = $1 AND c.id = $3 AND c.deleted_at IS NULL) AS company_exists,
              EXISTS (SELECT 1 FROM participations p
                       WHERE p.agency_id = $1 AND p.fair_id = f.id AND p.company_id = $3 AND p.deleted_at IS NULL) AS participates
         FROM fairs f
        WHERE f.agency_id = $1 AND f.id = $2 AND f.deleted_at IS NULL`,
      [agencyId, fairId, companyId],
    );
    if (!row) throw new UnknownReferenceProblem('fairId', 'fair');
    if (!row.company_exists) throw new UnknownReferenceProblem('companyId', 'company');
    if (!row.participates) throw new RuleProblem('companyId', 'the company does not exhibit at this fair; add it as a participant first');
    return { id: row.id, timezone: row.timezone, startsOn: row.starts_on, endsOn: row.ends_on };
  }

  /**
   * The buyer's country: the linked buyer's (a 422 on `buyerId` if the agency has no such buyer, on
   * `buyerCountry` if the given one differs), else the given one, which is then required.
   */
  async buyerCountry(agencyId: string, buyerId: string | undefined, given: string | undefined): Promise<string> {
    if (buyerId === undefined) {
      if (given === undefined) throw new ValidationProblem([{ field: 'buyerCountry', message: 'buyerCountry is required without buyerId' }]);
      return given;
    }
    const [row] = await this.transactions.manager.query<{ country: string }[]>(
      'SELECT country FROM buyers WHERE agency_id = $1 AND id = $2 AND deleted_at IS NULL',
      [agencyId, buyerId],
    );
    if (!row) throw new UnknownReferenceProblem('buyerId', 'buyer');
    if (given !== undefined && given !== row.country) {
      throw new RuleProblem('buyerCountry', `the buyer is from ${row.country}; leave buyerCountry out or send ${row.country}`);
    }
    return row.country;
  }

  /** The consultation a contract grew from must be at the same fair and company. */
  async assertConsultationOf(agencyId: string, consultationId: string, fairId: string, companyId: string): Promise<void> {
    const [row] = await this.transactions.manager.query<{ fair_id: string; company_id: string }[]>(
      'SELECT fair_id, company_id FROM consultations WHERE agency_id = $1 AND id = $2 AND deleted_at IS NULL',
      [agencyId, consultationId],
    );
    if (!row) throw new UnknownReferenceProblem('consultationId', 'consultation');
    if (row.fair_id !== fairId || row.company_id !== companyId) {
      throw new RuleProblem('consultationId', 'the consultation is with another fair or company');
    }
  }
}
