import { Injectable } from '@nestjs/common';
import { ValidationProblem } from '../../common/problem.js';
import { ReferencesRepository } from '../../consultations/references.repository.js';
import { SessionsRepository } from '../sessions/sessions.repository.js';
import { byScoreThenId, scoreMatch } from './match-score.js';
import type { MatchDto, MatchQueryDto } from './match.dto.js';
import { MatchesRepository, type PairFacts } from './matches.repository.js';

export const scored = (facts: PairFacts): MatchDto => {
  const { score, reasons } = scoreMatch(facts.company, facts.buyer, facts.history);
  return {
    companyId: facts.companyId,
    companyName: facts.companyName,
    buyerId: facts.buyerId,
    buyerOrganisation: facts.buyerOrganisation,
    buyerCountry: facts.buyer.country,
    buyerType: facts.buyerType,
    score,
    reasons,
  };
};

/** Ranked suggestions among the fair's exhibitors and the agency's registered buyers. */
@Injectable()
export class MatchesService {
  constructor(
    private readonly matches: MatchesRepository,
    private readonly sessions: SessionsRepository,
    private readonly references: ReferencesRepository,
  ) {}

  async suggest(agencyId: string, fairId: string, query: MatchQueryDto): Promise<MatchDto[]> {
    if ((query.buyerId === undefined) === (query.companyId === undefined)) {
      throw new ValidationProblem([{ field: 'buyerId', message: 'give exactly one of buyerId and companyId' }]);
    }
    await this.sessions.fair(agencyId, fairId);
    if (query.companyId !== undefined) await this.references.exhibitingAt(agencyId, fairId, query.companyId);
    const pairs =
      query.buyerId !== undefined
        ? (await this.matches.exhibitors(agencyId, fairId)).map((companyId) => ({ companyId, buyerId: query.buyerId as string }))
        : (await this.matches.registeredBuyers(agencyId)).map((buyerId) => ({ companyId: query.companyId as string, buyerId }));
    const facts = await this.matches.facts(agencyId, pairs);
    // With no pair found, tell an unknown buyer apart from an empty fair (an unknown company is refused above).
    if (facts.length === 0 && query.buyerId !== undefined) await this.references.buyerCountry(agencyId, query.buyerId, undefined);
    const other = query.buyerId !== undefined ? 'companyId' : 'buyerId';
    return facts
      .map(scored)
      .map((match) => ({ match, sortable: { score: match.score, id: match[other] } }))
      .sort((x, y) => byScoreThenId(x.sortable, y.sortable))
      .slice(0, query.limit)
      .map(({ match }) => match);
  }

}
