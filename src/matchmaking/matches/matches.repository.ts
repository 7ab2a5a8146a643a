import { Injectable } from '@nestjs/common';
import { Transactions } from '../../database/transactions.js';
import type { BuyerSide, CompanySide, History } from './match-score.js';

export interface PairFacts {
  companyId: string;
  buyerId: string;
  companyName: string;
  buyerOrganisation: string;
  buyerType: string | null;
  company: CompanySide;
  buyer: BuyerSide;
  history: History;
}

interface PairRow {
  company_id: string;
  buyer_id: string;
  company_name: string;
  buyer_organisation: string;
  buyer_type: string | null;
  categories: string[];
  certifications: string[];
  target_markets: string[];
  country: string;
  buyer_categories: string[];
  required_certifications: string[];
  consultations: number;
  contracts: number;
}

/** What scoring needs about company–buyer pairs, every read scoped by the agency. */
@Injectable()
export class MatchesRepository {
  constructor(private readonly transactions: Transactions) {}

  /** The fair's exhibitors (for a buyer's suggestions). */
  async exhibitors(agencyId: string, fairId: string): Promise<string[]> {
    const rows = await this.transactions.manager.query<{ company_id: string }[]>(
      `SELECT p.company_id FROM participations p JOIN companies c ON c.agency_id = p.agency_id AND c.id = p.company_id AND c.deleted_at IS NULL
        WHERE p.agency_id = $1 AND p.fair_id = $2 AND p.deleted_at IS NULL`,
      [agencyId, fairId],
    );
    return rows.map((row) => row.company_id);
  }

  /** Buyers registered for matchmaking: those with a profile (for a company's suggestions). */
  async registeredBuyers(agencyId: string): Promise<string[]> {
    const rows = await this.transactions.manager.query<{ buyer_id: string }[]>(
      `SELECT p.buyer_id FROM buyer_profiles p JOIN buyers b ON b.agency_id = p.agency_id AND b.id = p.buyer_id AND b.deleted_at IS NULL
        WHERE p.agency_id = $1`,
      [agencyId],
    );
    return rows.map((row) => row.buyer_id);
  }

  /** Profiles and history of each (company, buyer) pair; pairs naming another agency's rows drop out. */
  async facts(agencyId: string, pairs: { companyId: string; buyerId: string }[]): Promise<PairFacts[]> {
    if (pairs.length === 0) return [];
    const rows = await this.transactions.manager.query<PairRow[]>(
      `SELECT pair.company_id, pair.buyer_id, c.name AS company_name, b.organisation AS buyer_organisation, b.buyer_type,
              coalesce(cp.categories, '{}') AS categories,
              ARRAY(SELECT DISTINCT unnest(coalesce(cp.certifications, '{}') || coalesce(c.certifications, '{}'))) AS certifications,
              coalesce(cp.target_markets, '{}') AS target_markets, b.country,
              coalesce(bp.categories, '{}') AS buyer_categories, coalesce(bp.required_certifications, '{}') AS required_certifications,
              (SELECT count(*)::int FROM consultations x WHERE x.agency_id = $1 AND x.company_id = pair.company_id AND x.buyer_id = pair.buyer_id AND x.deleted_at IS NULL) AS consultations,
              (SELECT count(*)::int FROM contracts x WHERE x.agency_id = $1 AND x.company_id = pair.company_id AND x.buyer_id = pair.buyer_id
                  AND x.deleted_at IS NULL AND x.status <> 'cancelled') AS contracts
         FROM unnest($2::uuid[], $3::uuid[]) AS pair(company_id, buyer_id)
         JOIN companies c ON c.agency_id = $1 AND c.id = pair.company_id AND c.deleted_at IS NULL
         JOIN buyers b ON b.agency_id = $1 AND b.id = pair.buyer_id AND b.deleted_at IS NULL
         LEFT JOIN company_profiles cp ON cp.agency_id = $1 AND cp.company_id = pair.company_id
         LEFT JOIN buyer_profiles bp ON bp.agency_id = $1 AND bp.buyer_id = pair.buyer_id`,
      [agencyId, pairs.map((pair) => pair.companyId), pairs.map((pair) => pair.buyerId)],
    );
    return rows.map((row) => ({
      companyId: row.company_id,
      buyerId: row.buyer_id,
      companyName: row.company_name,
      buyerOrganisation: row.buyer_organisation,
      buyerType: row.buyer_type,
      company: { categories: row.categories, certifications: row.certifications, targetMarkets: row.target_markets },
      buyer: { country: row.country, categories: row.buyer_categories, requiredCertifications: row.required_certifications },
      history: { consultations: row.consultations, contracts: row.contracts },
    }));
  }
}
