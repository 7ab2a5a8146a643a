/**
 * Match scoring between one company and one buyer, a pure function. Every weight is here, and each
 * point of a score comes with the reason that earned it, so a suggestion explains itself.
 *
 * | reason                | points                                                        |
 * | --------------------- | ------------------------------------------------------------- |
 * | sharedCategory        | 10 per category both the company makes and the buyer sources  |
 * | targetMarket          | 15 when the buyer's country is one of the company's targets   |
 * | certification         | 8 per certification the buyer needs that the company holds    |
 * | missingCertification  | −12 per certification the buyer needs that the company lacks  |
 * | earlierConsultations  | 5 per earlier consultation between them, at most 3 counted    |
 * | earlierContracts      | 20 when they already have a contract (signed or expected)     |
 *
 * What a buyer "needs": the certifications on its profile, plus those its country's market requires
 * (MARKET_CERTIFICATIONS). Suggestions are ranked by score, then by id, so equal data gives an equal
 * order.
 */
export const WEIGHTS = {
  sharedCategory: 10,
  targetMarket: 15,
  certification: 8,
  missingCertification: -12,
  earlierConsultation: 5,
  earlierConsultationsCounted: 3,
  earlierContracts: 20,
} as const;

/** Certifications a medical-device importer in the country usually needs (ISO 3166-1 alpha-2). */
export const MARKET_CERTIFICATIONS: Record<string, string[]> = {
  US: ['FDA'],
  KR: ['MFDS'],
  CN: ['NMPA'],
  JP: ['PMDA'],
  BR: ['ANVISA'],
  ...Object.fromEntries(
    ['AT', 'BE', 'BG', 'CY', 'CZ', 'DE', 'DK', 'EE', 'ES', 'FI', 'FR', 'GR', 'HR', 'HU', 'IE', 'IT', 'LT', 'LU', 'LV', 'MT', 'NL', 'PL', 'PT', 'RO', 'SE', 'SI', 'SK'].map(
      (country) => [country, ['CE']],
    ),
  ),
};

export interface CompanySide {
  categories: string[];
  certifications: string[];
  targetMarkets: string[];
}

export interface BuyerSide {
  country: string;
  categories: string[];
  requiredCertifications: string[];
}

export interface History {
  consultations: number;
  contracts: number;
}

export type MatchReason =
  | { kind: 'sharedCategory'; category: string; points: number }
  | { kind: 'targetMarket'; country: string; points: number }
  | { kind: 'certification'; certification: string; points: number }
  | { kind: 'missingCertification'; certification: string; points: number }
  | { kind: 'earlierConsultations'; count: number; points: number }
  | { kind: 'earlierContracts'; count: number; points: number };

export interface MatchScore {
  score: number;
  reasons: MatchReason[];
}

export function scoreMatch(company: CompanySide, buyer: BuyerSide, history: History): MatchScore {
  const reasons: MatchReason[] = [];
  const made = new Set(company.categories);
  for (const category of [...new Set(buyer.categories)].sort()) {
    if (made.has(category)) reasons.push({ kind: 'sharedCategory', category, points: WEIGHTS.sharedCategory });
  }
  if (company.targetMarkets.includes(buyer.country)) {
    reasons.push({ kind: 'targetMarket', country: buyer.country, points: WEIGHTS.targetMarket });
  }
  const needed = [...new Set([...buyer.requiredCertifications, ...(MARKET_CERTIFICATIONS[buyer.country] ?? [])])].sort();
  for (const certification of needed) {
    reasons.push(
      company.certifications.includes(certification)
        ? { kind: 'certification', certification, points: WEIGHTS.certification }
        : { kind: 'missingCertification', certification, points: WEIGHTS.missingCertification },
    );
  }
  if (history.consultations > 0) {
    const counted = Math.min(history.consultations, WEIGHTS.earlierConsultationsCounted);
    reasons.push({ kind: 'earlierConsultations', count: history.consultations, points: counted * WEIGHTS.earlierConsultation });
  }
  if (history.contracts > 0) reasons.push({ kind: 'earlierContracts', count: history.contracts, points: WEIGHTS.earlierContracts });
  return { score: reasons.reduce((sum, reason) => sum + reason.points, 0), reasons };
}

/** Highest score first; equal scores by id, so the same data always gives the same order. */
export const byScoreThenId = (x: { score: number; id: string }, y: { score: number; id: string }): number =>
  y.score - x.score || (x.id < y.id ? -1 : x.id > y.id ? 1 : 0);
