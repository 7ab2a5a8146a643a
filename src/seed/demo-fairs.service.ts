import { Inject, Injectable } from '@nestjs/common';
import type { ConfigType } from '@nestjs/config';
import { ChangeFeed } from '../changes/change-feed.js';
import type { RecordChange, RecordType } from '../changes/change-event.js';
import { followupsConfig } from '../config/configuration.js';
import { Transactions } from '../database/transactions.js';
import { linkToken, tokenHash } from '../followups/link-tokens.js';
import { DEFAULT_MONTHS_AFTER } from '../followups/round-schedule.repository.js';
import { BUYERS, COMPANIES } from './demo-catalogue.js';
import { followUpRecords, type FollowUpRecords } from './demo-follow-ups.js';
import { type SeedRound, surveyRecords } from './demo-survey.js';
import { DEMO_FAIR_PLANS, DEMO_RATES, type FairPlan } from './demo-plan.js';
import { exhibitorsOf, type FairRecords, fairRecords, type SeedCompany } from './demo-records.js';
import { DemoFairsRepository } from './demo-fairs.repository.js';
import { RateBook } from './seed-money.js';

export interface DemoUsers {
  /** Logs the consultations and records the contracts. */
  staffId: string;
  /** Enters the exchange rates. */
  adminId: string;
  /** Enters the companies' follow-up answers. */
  managerId: string;
}

/** The event of a row the seed created: every row starts at version 1, and rates have none. */
const created = (agencyId: string, recordType: RecordType, fairId: string | null, recordId: string, action = 'created'): RecordChange => ({
  agencyId, fairId, recordType, recordId, version: recordType === 'exchange_rate' ? null : 1, action, changedFields: [],
});

/**
 * The published fairs of the demo agency (see DEMO_FAIR_PLANS for the figures and the choices), built
 * from individual records whose USD values add up exactly to the published totals. One transaction per
 * fair: a fair is there with all its records (and their change events, appended in one statement) or
 * not at all, and a fair the agency already has (same series and year) is skipped whole, so running
 * the seed again creates nothing.
 */
@Injectable()
export class DemoFairsService {
  constructor(
    private readonly repository: DemoFairsRepository,
    private readonly changes: ChangeFeed,
    private readonly transactions: Transactions,
    @Inject(followupsConfig.KEY) private readonly followupsSettings: ConfigType<typeof followupsConfig>,
  ) {}

  /** What it created, one line per item. */
  async seed(agencyId: string, users: DemoUsers): Promise<string[]> {
    const created: string[] = [];
    for (const plan of DEMO_FAIR_PLANS) {
      created.push(...(await this.transactions.run(() => this.seedFair(agencyId, plan, users))));
    }
    return created;
  }

  private async seedFair(agencyId: string, plan: FairPlan, users: DemoUsers): Promise<string[]> {
    const { fair } = plan;
    await this.repository.lockAgency(agencyId);
    if (await this.repository.fairExists(agencyId, fair.series, fair.year)) return [];

    const rates = await this.repository.ensureRates(agencyId, users.adminId, DEMO_RATES);
    const report = rates.map((rate) => `exchange rate ${rate.currency} ${rate.unitsPerUsd} dated ${rate.rateDate}`);
    const rateBook = new RateBook(await this.repository.listRates(agencyId, Object.keys(plan.currencies)));
    const exhibitors = exhibitorsOf(plan, COMPANIES);
    const companies = await this.repository.ensureCompanies(agencyId, exhibitors);
    const withIds: SeedCompany[] = exhibitors.map((company) => {
      const id = companies.ids.get(company.registrationNumber);
      if (id === undefined) throw new Error(`company ${company.registrationNumber} vanished while seeding ${fair.name}`);
      return { ...company, id };
    });
    const buyers = await this.repository.ensureBuyers(
      agencyId,
      BUYERS.filter((buyer) => buyer.country in plan.buyerCountries),
    );

    const fairId = await this.repository.insertFair(agencyId, fair);
    const records = fairRecords(plan, withIds, buyers.buyers, rateBook);
    const participations = await this.repository.insertParticipations(agencyId, fairId, records.participations);
    await this.repository.insertConsultations(agencyId, fairId, fair.timezone, users.staffId, records.consultations);
    await this.repository.insertContracts(agencyId, fairId, users.staffId, records.contracts);
    const followUps = followUpRecords(plan, records, rateBook);
    await this.repository.insertContracts(agencyId, fairId, users.staffId, followUps.contracts);
    await this.repository.insertShipments(agencyId, fairId, users.staffId, followUps.shipments);
    const survey = await this.seedSurvey(agencyId, fairId, plan, records, followUps, users.managerId);
    await this.changes.append(
      ...rates.map((rate) => created(agencyId, 'exchange_rate', null, rate.id)),
      ...companies.created.map((id) => created(agencyId, 'company', null, id)),
      ...buyers.created.map((id) => created(agencyId, 'buyer', null, id)),
      created(agencyId, 'fair', fairId, fairId),
      ...participations.map((id) => created(agencyId, 'participation', fairId, id)),
      ...records.consultations.map((row) => created(agencyId, 'consultation', fairId, row.id)),
      ...[...records.contracts, ...followUps.contracts].map((row) =>
        created(agencyId, 'contract', fairId, row.id, row.status === 'signed' ? 'signed' : 'created'),
      ),
      ...followUps.shipments.map((row) => created(agencyId, 'shipment', fairId, row.id, 'recorded')),
      ...survey.opened.map((round) => created(agencyId, 'followup', fairId, round.id, 'round_opened')),
      ...survey.responses.map((row) => created(agencyId, 'followup', fairId, row.questionnaireId, 'response_received')),
    );

    report.push(
      `fair ${fair.name}: ${records.participations.length} companies, ${records.consultations.length} consultations, ` +
        `${records.contracts.length} contracts (new: ${companies.created.length} companies, ${buyers.created.length} buyers)`,
      `follow-ups of ${fair.name} (invented): ${followUps.contracts.filter((row) => row.status === 'signed').length} contracts signed later, ` +
        `${followUps.contracts.filter((row) => row.status === 'provisional').length} provisional, ${followUps.shipments.length} shipments`,
      `follow-up survey of ${fair.name} (invented): ${survey.opened.length} rounds opened, ${survey.questionnaires} questionnaires, ` +
        `${survey.responses.length} answers, no emails`,
    );
    return report;
  }

  /**
   * The fair's follow-up rounds, those already due opened on their day with a questionnaire per
   * exhibitor and the invented answers (demo-survey.ts). No mail goes out, now or later: the rounds
   * are opened (the sweep opens only rounds whose `opened_at` is null), no questionnaire is invited
   * (reminders follow invitations only) and no `follow_up_emails` row exists; their links expired
   * `FOLLOWUP_LINK_TTL_DAYS` after the round opened. A manager may still send a new link by hand.
   */
  private async seedSurvey(agencyId: string, fairId: string, plan: FairPlan, records: FairRecords, followUps: FollowUpRecords, managerId: string) {
    const rounds = await this.repository.insertRounds(agencyId, fairId, DEFAULT_MONTHS_AFTER);
    const opened = rounds.filter((round): round is SeedRound & { openedAt: Date } => round.openedAt !== null);
    const survey = surveyRecords(plan, records, followUps, opened);
    const opensAt = new Map(opened.map((round) => [round.id, round.opensAt]));
    const { linkKey, linkTtlMs } = this.followupsSettings;
    await this.repository.insertQuestionnaires(
      agencyId,
      fairId,
      survey.questionnaires.map((row) => ({
        ...row,
        tokenHash: tokenHash(linkToken(linkKey, row.id, 1)),
        tokenExpiresAt: new Date((opensAt.get(row.roundId) as Date).getTime() + linkTtlMs).toISOString(),
      })),
    );
    await this.repository.insertResponses(agencyId, fairId, managerId, survey.responses);
    return { opened, questionnaires: survey.questionnaires.length, responses: survey.responses };
  }
}
