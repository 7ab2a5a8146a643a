import { Injectable } from '@nestjs/common';
import { ChangeFeed } from '../changes/change-feed.js';
import type { RecordChange, RecordType } from '../changes/change-event.js';
import { Transactions } from '../database/transactions.js';
import { BUYERS, COMPANIES } from './demo-catalogue.js';
import { followUpRecords } from './demo-follow-ups.js';
import { DEMO_FAIR_PLANS, DEMO_RATES, type FairPlan } from './demo-plan.js';
import { exhibitorsOf, fairRecords, type SeedCompany } from './demo-records.js';
import { DemoFairsRepository } from './demo-fairs.repository.js';
import { RateBook } from './seed-money.js';

export interface DemoUsers {
  /** Logs the consultations and records the contracts. */
  staffId: string;
  /** Enters the exchange rates. */
  adminId: string;
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
    );

    report.push(
      `fair ${fair.name}: ${records.participations.length} companies, ${records.consultations.length} consultations, ` +
        `${records.contracts.length} contracts (new: ${companies.created.length} companies, ${buyers.created.length} buyers)`,
      `follow-ups of ${fair.name} (invented): ${followUps.contracts.filter((row) => row.status === 'signed').length} contracts signed later, ` +
        `${followUps.contracts.filter((row) => row.status === 'provisional').length} provisional, ${followUps.shipments.length} shipments`,
    );
    return report;
  }
}
