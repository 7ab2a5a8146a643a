import { Inject, Injectable } from '@nestjs/common';
import type { ConfigType } from '@nestjs/config';
import { fairLimit, type Principal } from '../tenancy/principal.js';
import { Clock } from '../common/clock.js';
import { NotFoundProblem, RuleProblem } from '../common/errors.js';
import { withinFairs } from '../common/fair-limit.js';
import { money } from '../common/money.js';
import { followupsConfig } from '../config/configuration.js';
import { Transactions } from '../database/transactions.js';
import type { NewLinkAnswerDto, NewLinkDto, QuestionnaireDto, QuestionnaireListDto } from './dto/questionnaire.dto.js';
import type { ResponseDto } from './dto/response.dto.js';
import type { RoundDto, RoundListDto, UpdateScheduleDto } from './dto/schedule.dto.js';
import type { ReportedTotalsDto, SurveyResultsDto } from './dto/survey.dto.js';
import { responseDto } from './follow-up-responses.service.js';
import { FollowUpsRepository, type QuestionnaireRow } from './follow-ups.repository.js';
import { linkToken, linkUrl, tokenHash } from './link-tokens.js';
import { RoundScheduleRepository } from './round-schedule.repository.js';
import { SurveyRepository } from './survey.repository.js';

const iso = (at: Date | null): string | null => (at === null ? null : at.toISOString());

function questionnaireDto(row: QuestionnaireRow): QuestionnaireDto {
  return {
    id: row.id,
    roundId: row.round_id,
    fairId: row.fair_id,
    companyId: row.company_id,
    companyName: row.company_name,
    language: row.language,
    invitedAt: iso(row.invited_at),
    remindersSent: row.reminders_sent,
    lastRemindedAt: iso(row.last_reminded_at),
    respondedAt: iso(row.responded_at),
    linkExpiresAt: row.token_expires_at.toISOString(),
    linkRevokedAt: iso(row.token_revoked_at),
    linkUses: row.link_uses,
  };
}

/** Whether the caller reads companies' answers one by one, or only the aggregates. */
const readsResponses = (principal: Principal): boolean =>
  principal.kind === 'user' || principal.scopes.includes('followups:read');

/** Managers' side of follow-up rounds: the schedule, the questionnaires and their links, the survey results. */
@Injectable()
export class FollowUpsService {
  constructor(
    private readonly schedules: RoundScheduleRepository,
    private readonly followUps: FollowUpsRepository,
    private readonly survey: SurveyRepository,
    private readonly transactions: Transactions,
    private readonly clock: Clock,
    @Inject(followupsConfig.KEY) private readonly config: ConfigType<typeof followupsConfig>,
  ) {}

  async schedule(principal: Principal, fairId: string): Promise<RoundListDto> {
    await this.assertFair(principal, fairId);
    await this.transactions.run(() => this.schedules.ensureDefaults({ agencyId: principal.agencyId, fairId }));
    return this.rounds(principal.agencyId, fairId);
  }

  /**
   * Replaces the fair's schedule: months not yet scheduled become rounds, unopened rounds not named
   * are removed; an opened round cannot be removed (422). Audited as the manager.
   */
  async updateSchedule(principal: Principal, fairId: string, input: UpdateScheduleDto): Promise<RoundListDto> {
    await this.assertFair(principal, fairId);
    await this.transactions.run(async () => {
      await this.schedules.ensureDefaults({ agencyId: principal.agencyId, fairId });
      const current = await this.schedules.lockForFair(principal.agencyId, fairId);
      const wanted = new Set(input.monthsAfter);
      const opened = current.filter((round) => round.opened_at !== null && !wanted.has(round.months_after));
      if (opened.length > 0) {
        throw new RuleProblem('monthsAfter', `must keep ${opened.map((round) => round.months_after).join(', ')}: those rounds have opened`);
      }
      await this.schedules.removeUnopened(principal.agencyId, current.filter((round) => !wanted.has(round.months_after)).map((round) => round.id));
      const have = new Set(current.map((round) => round.months_after));
      await this.schedules.add(principal.agencyId, fairId, input.monthsAfter.filter((months) => !have.has(months)));
      await this.schedules.renumber(principal.agencyId, fairId);
    });
    return this.rounds(principal.agencyId, fairId);
  }

  async questionnaires(agencyId: string, roundId: string): Promise<QuestionnaireListDto> {
    if (!(await this.followUps.findRound(agencyId, roundId))) throw new NotFoundProblem('Follow-up round', roundId);
    return { data: (await this.followUps.listForRound(agencyId, roundId)).map(questionnaireDto) };
  }

  async response(agencyId: string, questionnaireId: string): Promise<ResponseDto> {
    if (!(await this.followUps.findQuestionnaire(agencyId, questionnaireId))) throw new NotFoundProblem('Questionnaire', questionnaireId);
    const row = await this.followUps.responseOf(agencyId, questionnaireId);
    if (!row) throw new NotFoundProblem('Response to questionnaire', questionnaireId);
    return responseDto(row);
  }

  /** A new link for the company (the old one stops working), emailed to it and shown here once. */
  async newLink(agencyId: string, questionnaireId: string, input: NewLinkDto): Promise<NewLinkAnswerDto> {
    return this.transactions.run(async () => {
      const row = await this.followUps.findQuestionnaire(agencyId, questionnaireId, true);
      if (!row) throw new NotFoundProblem('Questionnaire', questionnaireId);
      const now = this.clock.now();
      const generation = row.token_generation + 1;
      const token = linkToken(this.config.linkKey, row.id, generation);
      const expiresAt = new Date(now.getTime() + this.config.linkTtlMs);
      await this.followUps.newLink(agencyId, row.id, tokenHash(token), generation, expiresAt, input.language ?? row.language, now);
      return { url: linkUrl(this.config.publicBaseUrl, row.id, token), expiresAt: expiresAt.toISOString() };
    });
  }

  async revokeLink(agencyId: string, questionnaireId: string): Promise<QuestionnaireDto> {
    await this.transactions.run(async () => {
      if (!(await this.followUps.findQuestionnaire(agencyId, questionnaireId, true))) throw new NotFoundProblem('Questionnaire', questionnaireId);
      await this.followUps.revokeLink(agencyId, questionnaireId, this.clock.now());
    });
    return questionnaireDto((await this.followUps.findQuestionnaire(agencyId, questionnaireId)) as QuestionnaireRow);
  }

  async results(principal: Principal, fairId: string): Promise<SurveyResultsDto> {
    await this.assertFair(principal, fairId);
    const [rounds, values] = await Promise.all([this.survey.rounds(principal.agencyId, fairId), this.survey.values(principal.agencyId, fairId)]);
    const totals = (roundId: string, figure: 'contracts_signed' | 'contracts_expected' | 'shipments', count: number): ReportedTotalsDto => ({
      count,
      values: values.filter((row) => row.round_id === roundId && row.figure === figure).map((row) => money(row.amount, row.currency)),
    });
    const result: SurveyResultsDto = {
      fairId,
      rounds: rounds.map((row) => ({
        roundId: row.round_id,
        sequence: row.sequence,
        monthsAfter: row.months_after,
        opensAt: row.opens_at.toISOString(),
        openedAt: iso(row.opened_at),
        openedOn: row.opened_on,
        companies: row.companies,
        responses: row.responses,
        responseRate: row.response_rate,
        averageSatisfaction: row.average_satisfaction,
        satisfactionCounts: row.satisfaction_counts,
        wouldExhibitAgain: row.would_exhibit_again,
        wouldExhibitAgainShare: row.would_exhibit_again_share,
        contractsSigned: totals(row.round_id, 'contracts_signed', row.contracts_signed),
        contractsExpected: totals(row.round_id, 'contracts_expected', row.contracts_expected),
        shipments: totals(row.round_id, 'shipments', row.shipments),
      })),
    };
    if (readsResponses(principal)) result.responses = (await this.followUps.responsesForFair(principal.agencyId, fairId)).map(responseDto);
    return result;
  }

  private async rounds(agencyId: string, fairId: string): Promise<RoundListDto> {
    const rows = await this.schedules.listForFair(agencyId, fairId);
    return {
      data: rows.map(
        (row): RoundDto => ({
          id: row.id,
          fairId: row.fair_id,
          sequence: row.sequence,
          monthsAfter: row.months_after,
          opensAt: row.opens_at.toISOString(),
          openedAt: iso(row.opened_at),
          questionnaires: row.questionnaires,
          responses: row.responses,
        }),
      ),
    };
  }

  private async assertFair(principal: Principal, fairId: string): Promise<void> {
    if (!withinFairs(fairLimit(principal), fairId) || !(await this.survey.fairExists(principal.agencyId, fairId))) {
      throw new NotFoundProblem('Fair', fairId);
    }
  }
}
