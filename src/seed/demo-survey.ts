import { randomUUID } from 'node:crypto';
import { addDays } from '../common/dates.js';
import type { FollowUpRecords } from './demo-follow-ups.js';
import type { FairPlan } from './demo-plan.js';
import type { ContractRow, FairRecords } from './demo-records.js';
import { mulberry32, type Random, seedFrom } from './random.js';
import { toAmount, toCents } from './seed-money.js';

/**
 * The follow-up survey of each 2017 demo fair: INVENTED, like everything else that followed the fairs
 * (demo-follow-ups.ts). Each round asked every exhibitor; most answered, fewer each round (about 80 %,
 * 67 %, 55 %), mostly satisfied (4–5) and mostly willing to come again. What a company reports is
 * what the seed's records say on the day it answered: contracts signed since the fair, contracts
 * still expected (expected, and provisional ones by then), shipments made, valued in USD from the
 * records' frozen USD values (unless the company kept the value to itself). The answers are entered
 * by the demo manager, as an agency does after a phone survey: no link was ever sent.
 */

/** The share of exhibitors answering each round, by its place in the schedule (the last one repeats). */
export const RESPONSE_RATES = [0.8, 0.67, 0.55] as const;
/** Satisfaction 1–5, drawn once per company; a round moves it by one now and then. */
const SATISFACTION: Readonly<Record<'1' | '2' | '3' | '4' | '5', number>> = { 1: 1, 2: 4, 3: 11, 4: 38, 5: 46 };
const SATISFACTION_DRIFT = 0.2;
/** The chance a company would exhibit again, by its satisfaction. */
const WOULD_COME_AGAIN = [0, 0.05, 0.2, 0.55, 0.88, 0.96];
/** How much luck moves who answers a round, beside the company's own diligence (0–1). */
const ROUND_LUCK = 0.3;
const VALUE_WITHHELD = 0.2;
const REMARKED = 0.4;
/** Every seeded answer says what it is, as the seeded shipments' notes do. */
export const INVENTED = 'Demo data (invented)';
const HOUR_MS = 3600 * 1000;

/** A round of the fair's schedule as the seed stored it: opened on its day, `openedOn` in the fair's zone. */
export interface SeedRound {
  id: string;
  sequence: number;
  opensAt: Date;
  openedOn: string;
}

export interface QuestionnaireSeedRow {
  id: string;
  roundId: string;
  companyId: string;
  /** ISO 8601; null for a company that never answered. */
  respondedAt: string | null;
}

/** A reported figure: a count, and its value in USD when the company gave one. */
export interface ReportedFigure {
  count: number;
  amount: string | null;
  currency: 'USD' | null;
}

export interface ResponseSeedRow {
  questionnaireId: string;
  roundId: string;
  companyId: string;
  satisfaction: number;
  wouldExhibitAgain: boolean;
  contractsSigned: ReportedFigure;
  contractsExpected: ReportedFigure;
  shipments: ReportedFigure;
  comment: string;
  submittedAt: string;
}

export interface SurveyRecords {
  questionnaires: QuestionnaireSeedRow[];
  responses: ResponseSeedRow[];
}

/** One questionnaire per exhibitor and round, and the answers; the same on every run given the records (only ids are fresh). */
export function surveyRecords(plan: FairPlan, records: FairRecords, followUps: FollowUpRecords, rounds: readonly SeedRound[]): SurveyRecords {
  const random = mulberry32(seedFrom(`${plan.fair.series}-${plan.fair.year}:survey`));
  const companies = records.participations.map((participation) => participation.companyId);
  const habits = companies.map(() => ({ diligence: random.next(), satisfaction: Number(random.weighted(SATISFACTION)) }));
  const asked = new Facts(plan.fair.endsOn, [...records.contracts, ...followUps.contracts], followUps);
  const survey: SurveyRecords = { questionnaires: [], responses: [] };

  for (const [index, round] of rounds.entries()) {
    const rate = RESPONSE_RATES[Math.min(index, RESPONSE_RATES.length - 1)];
    // The most diligent companies answer, give or take a little luck each round.
    const ranked = habits
      .map((habit, company) => ({ company, score: habit.diligence + random.next() * ROUND_LUCK }))
      .sort((a, b) => b.score - a.score || a.company - b.company);
    const answering = new Set(ranked.slice(0, Math.round(rate * companies.length)).map((entry) => entry.company));

    for (const [company, companyId] of companies.entries()) {
      const questionnaireId = randomUUID();
      if (!answering.has(company)) {
        survey.questionnaires.push({ id: questionnaireId, roundId: round.id, companyId, respondedAt: null });
        continue;
      }
      // Entered 2–31 days after the round opened, in office hours at the venue's zone or near it.
      const days = 2 + random.below(30);
      const submittedAt = new Date(round.opensAt.getTime() + (days * 24 + 9 + random.below(8)) * HOUR_MS + random.below(60) * 60_000).toISOString();
      const drift = random.chance(SATISFACTION_DRIFT) ? (random.chance(0.5) ? 1 : -1) : 0;
      const satisfaction = Math.min(5, Math.max(1, habits[company].satisfaction + drift));
      const figures = asked.of(companyId, addDays(round.openedOn, days));
      const response = {
        questionnaireId,
        roundId: round.id,
        companyId,
        satisfaction,
        wouldExhibitAgain: random.chance(WOULD_COME_AGAIN[satisfaction]),
        contractsSigned: reported(figures.signed, random),
        contractsExpected: reported(figures.expected, random),
        shipments: reported(figures.shipments, random),
        submittedAt,
      };
      const remark = random.chance(REMARKED) ? remarkOn(response) : null;
      survey.responses.push({ ...response, comment: remark === null ? INVENTED : `${remark} — ${INVENTED}` });
      survey.questionnaires.push({ id: questionnaireId, roundId: round.id, companyId, respondedAt: submittedAt });
    }
  }
  return survey;
}

interface Tally {
  count: number;
  cents: bigint;
}

/** What the records say of one company on a day after the fair. */
class Facts {
  constructor(
    private readonly fairEndsOn: string,
    private readonly contracts: readonly ContractRow[],
    private readonly followUps: FollowUpRecords,
  ) {}

  of(companyId: string, day: string): { signed: Tally; expected: Tally; shipments: Tally } {
    const own = this.contracts.filter((contract) => contract.companyId === companyId);
    const ownIds = new Set(own.map((contract) => contract.id));
    const signedOnBy = (contract: ContractRow) => contract.signedOn !== null && contract.signedOn <= day;
    return {
      signed: tally(own.filter((c) => c.status === 'signed' && signedOnBy(c) && (c.signedOn as string) > this.fairEndsOn).map((c) => c.valueUsd)),
      expected: tally(own.filter((c) => c.status === 'expected' || (c.status === 'provisional' && signedOnBy(c))).map((c) => c.valueUsd)),
      shipments: tally(this.followUps.shipments.filter((s) => ownIds.has(s.contractId) && s.shippedOn <= day).map((s) => s.valueUsd)),
    };
  }
}

const tally = (valuesUsd: readonly string[]): Tally => ({ count: valuesUsd.length, cents: valuesUsd.reduce((sum, usd) => sum + toCents(usd), 0n) });

/** The figure as the company gives it: the count, and now and then no value. */
function reported(facts: Tally, random: Random): ReportedFigure {
  if (facts.count === 0 || random.chance(VALUE_WITHHELD)) return { count: facts.count, amount: null, currency: null };
  return { count: facts.count, amount: toAmount(facts.cents), currency: 'USD' };
}

/** A remark that fits the answer, as a manager would note it from the call. */
function remarkOn(answer: Pick<ResponseSeedRow, 'satisfaction' | 'wouldExhibitAgain' | 'contractsSigned' | 'contractsExpected' | 'shipments'>): string | null {
  if (answer.satisfaction <= 3) return '부스 위치와 통역 지원이 아쉬웠음';
  if (answer.shipments.count > 0) return '첫 선적 완료, 추가 주문 협의 중';
  if (answer.contractsSigned.count > 0) return '전시회에서 만난 바이어와 본계약 체결';
  if (answer.contractsExpected.count > 0) return '추진 중인 계약, 현지 등록(인허가) 절차 진행 중';
  return answer.wouldExhibitAgain ? '한국관 운영에 만족, 다음 회차에도 참가 희망' : null;
}
