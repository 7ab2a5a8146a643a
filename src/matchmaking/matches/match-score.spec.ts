import { byScoreThenId, scoreMatch, WEIGHTS } from './match-score.js';

describe('scoreMatch', () => {
  const company = { categories: ['dental', 'consumables'], certifications: ['CE', 'MFDS'], targetMarkets: ['DE', 'VN'] };

  it('gives points for shared categories, target market and held certifications, with their reasons', () => {
    const result = scoreMatch(company, { country: 'DE', categories: ['dental', 'aesthetics'], requiredCertifications: [] }, { consultations: 0, contracts: 0 });
    expect(result.reasons).toEqual([
      { kind: 'sharedCategory', category: 'dental', points: WEIGHTS.sharedCategory },
      { kind: 'targetMarket', country: 'DE', points: WEIGHTS.targetMarket },
      { kind: 'certification', certification: 'CE', points: WEIGHTS.certification },
    ]);
    expect(result.score).toBe(10 + 15 + 8);
  });

  it("takes points off for a certification the buyer's market needs and the company lacks", () => {
    const result = scoreMatch(company, { country: 'US', categories: [], requiredCertifications: ['ISO13485'] }, { consultations: 0, contracts: 0 });
    expect(result.reasons).toEqual([
      { kind: 'missingCertification', certification: 'FDA', points: -12 },
      { kind: 'missingCertification', certification: 'ISO13485', points: -12 },
    ]);
  });

  it('counts earlier consultations (at most three) and contracts', () => {
    const result = scoreMatch(company, { country: 'VN', categories: [], requiredCertifications: [] }, { consultations: 5, contracts: 2 });
    expect(result.reasons).toEqual([
      { kind: 'targetMarket', country: 'VN', points: 15 },
      { kind: 'earlierConsultations', count: 5, points: 15 },
      { kind: 'earlierContracts', count: 2, points: 20 },
    ]);
    expect(result.score).toBe(50);
  });

  it('orders by score, then by id', () => {
    const rows = [{ id: 'b', score: 1 }, { id: 'c', score: 5 }, { id: 'a', score: 1 }];
    expect(rows.sort(byScoreThenId).map((row) => row.id)).toEqual(['c', 'a', 'b']);
  });
});
