import { Injectable } from '@nestjs/common';
import { ChangeFeed } from '../changes/change-feed.js';
import type { RecordChange, RecordType } from '../changes/change-event.js';
import { asSent } from '../consultations/dto/create-consultation.dto.js';
import type { FairFacts } from '../consultations/references.repository.js';
import { actingAs } from '../database/actor.js';
import { Transactions } from '../database/transactions.js';
import { lockFairForRecords } from '../fairs/fair-locks.js';
import type { ImportField } from './columns.js';
import type { Import } from './import.entity.js';
import {
  type BuyerRef,
  type ConsultationValues,
  type ContractValues,
  type Created,
  ImportRecordsRepository,
  type NewBuyer,
} from './import-records.repository.js';
import { StagedRecordsRepository } from './staged-records.repository.js';
import { type BatchCounts, ImportsRepository } from './imports.repository.js';
import type { ImportLookups } from './import-lookups.js';
import type { RateTable } from './rate-table.js';
import type { ParsedRow, RowError } from './row-parser.js';
import { isRowRefusal, refusalMessage } from './row-refusal.js';

export interface Batch {
  /** Data rows this batch covers (parsed and rejected), all consumed from the file. */
  processed: number;
  rows: ParsedRow[];
  errors: RowError[];
}

/** Field → the header the file gave it, to name columns in the error report. */
export type Headers = Partial<Record<ImportField, string>>;

/** Records a write created, and rows it found valid (the rest of those were duplicates). */
interface Written {
  created: number;
  valid: number;
}

/** The event of a row a batch created. */
const createdChange = (agencyId: string, recordType: RecordType, fairId: string | null, row: Created, action = 'created'): RecordChange => ({
  agencyId, fairId, recordType, recordId: row.id, version: row.version, action, changedFields: [],
});

/** A savepoint rolled back by a dry run: the counts are real, the records are not kept. */
class DryRunRollback extends Error {}

/**
 * Writes one batch: companies, buyers and participations it needs, its records (COPYed into a staging
 * table, then moved into the table in one statement that skips import keys the fair already has and
 * appends their change events), its rejected rows, the import's checkpoint and counters — all in one
 * transaction, so a crash leaves either the whole batch or none of it. Companies, buyers and
 * participations already looked up are taken from the import's `ImportLookups`.
 */
@Injectable()
export class ImportBatchService {
  constructor(
    private readonly transactions: Transactions,
    private readonly records: ImportRecordsRepository,
    private readonly staged: StagedRecordsRepository,
    private readonly imports: ImportsRepository,
    private readonly changes: ChangeFeed,
  ) {}

  /** False if another run already moved the checkpoint past `expectedProcessed` (this run must restart). */
  async apply(job: Import, fair: FairFacts, rates: RateTable, lookups: ImportLookups, batch: Batch, expectedProcessed: number, headers: Headers): Promise<BatchCounts | null> {
    // What this batch looks up or creates reaches the import's lookups only if it commits (and is no dry run).
    let found = lookups.child();
    // The rows it writes are audited as written by the user who uploaded the file.
    // The lock statement also names that actor (nothing before it writes): one round trip fewer.
    const counts = await actingAs(`user:${job.createdBy}`, () => this.transactions.run(async (manager) => {
      const current = await this.imports.findForBatch(job.agencyId, job.id);
      if (!current || current.processedRows !== expectedProcessed) return null;
      await lockFairForRecords(manager, fair.id, this.transactions.auditActor);
      await this.assertFairUnchanged(job.agencyId, fair);

      let errors = [...batch.errors];
      let written: Written = { created: 0, valid: 0 };
      await manager.query('SAVEPOINT import_batch');
      try {
        written = await this.write(job, fair, rates, found, batch.rows, errors, headers);
        if (job.dryRun) throw new DryRunRollback();
      } catch (error) {
        if (!(error instanceof DryRunRollback) && !isRowRefusal(error)) throw error;
        await manager.query('ROLLBACK TO SAVEPOINT import_batch');
        if (isRowRefusal(error)) {
          // Some row's values were refused: write the batch again in parts, so that row becomes a
          // row error and every other row is kept.
          errors = [...batch.errors];
          found = lookups.child();
          written = await this.writeEach(job, fair, rates, found, batch.rows, errors, headers);
          if (job.dryRun) await manager.query('ROLLBACK TO SAVEPOINT import_batch');
        }
      }
      const { created, valid } = written;
      errors.sort((a, b) => a.rowNumber - b.rowNumber);
      await this.imports.addErrors(job.agencyId, job.id, errors);
      const counts = { processed: batch.processed, created, duplicates: valid - created, rejected: new Set(errors.map((e) => e.rowNumber)).size };
      await this.imports.advance(job.agencyId, job.id, counts);
      return counts;
    }, { actorSetByWork: true }));
    if (counts && !job.dryRun) found.merge();
    return counts;
  }

  /** The rows' companies, buyers and participations, then the rows; each created row's change event in the statement that creates it. */
  private async write(job: Import, fair: FairFacts, rates: RateTable, lookups: ImportLookups, rows: ParsedRow[], errors: RowError[], headers: Headers): Promise<Written> {
    const changes: RecordChange[] = [];
    const resolved = await this.resolve(job, rates, fair, lookups, rows, errors, headers, changes);
    const announce = !job.dryRun;
    if (announce) await this.changes.append(...changes);
    const consultations = await this.staged.insertConsultations(job.agencyId, fair.id, fair.timezone, job.createdBy, resolved.consultations, announce);
    const contracts = await this.staged.insertContracts(job.agencyId, fair.id, job.createdBy, resolved.contracts, announce);
    return { created: consultations + contracts, valid: resolved.consultations.length + resolved.contracts.length };
  }

  /**
   * Writes `rows` in a savepoint; if the database refuses a value, the half that holds it is found by
   * halving (a few bad rows cost a few dozen small writes, not one per row) and the one row refused
   * becomes a row error, named in words rather than in PostgreSQL's.
   */
  private async writeEach(job: Import, fair: FairFacts, rates: RateTable, lookups: ImportLookups, rows: ParsedRow[], errors: RowError[], headers: Headers): Promise<Written> {
    const manager = this.transactions.manager;
    const rowErrors: RowError[] = [];
    const part = lookups.child();
    await manager.query('SAVEPOINT import_part');
    try {
      const written = await this.write(job, fair, rates, part, rows, rowErrors, headers);
      await manager.query('RELEASE SAVEPOINT import_part');
      part.merge();
      errors.push(...rowErrors);
      return written;
    } catch (error) {
      if (!isRowRefusal(error)) throw error;
      await manager.query('ROLLBACK TO SAVEPOINT import_part');
      await manager.query('RELEASE SAVEPOINT import_part');
      if (rows.length === 1) {
        errors.push({ rowNumber: rows[0].rowNumber, column: null, message: refusalMessage(error) });
        return { created: 0, valid: 0 };
      }
      const half = Math.ceil(rows.length / 2);
      const first = await this.writeEach(job, fair, rates, lookups, rows.slice(0, half), errors, headers);
      const second = await this.writeEach(job, fair, rates, lookups, rows.slice(half), errors, headers);
      return { created: first.created + second.created, valid: first.valid + second.valid };
    }
  }

  private async assertFairUnchanged(agencyId: string, fair: FairFacts): Promise<void> {
    const row = await this.records.fairFacts(agencyId, fair.id);
    if (!row || row.timezone !== fair.timezone || row.startsOn !== fair.startsOn || row.endsOn !== fair.endsOn) {
      throw new Error(`fair ${fair.id} was edited or removed during the import`);
    }
  }

  /** The batch's records, ready to insert; the companies, buyers and participations it created go into `changes`. */
  private async resolve(job: Import, rates: RateTable, fair: FairFacts, lookups: ImportLookups, rows: ParsedRow[], errors: RowError[], headers: Headers, changes: RecordChange[]) {
    await this.companies(job, lookups, rows, changes);
    const buyers = await this.buyers(job.agencyId, lookups, rows, errors, headers, changes);
    const consultations: ConsultationValues[] = [];
    const contracts: ContractValues[] = [];
    const reject = (row: ParsedRow, field: ImportField, message: string) => errors.push({ rowNumber: row.rowNumber, column: headers[field] ?? field, message });

    const companyIds = new Set<string>();
    for (const row of rows) {
      const company = lookups.company(row.registrationNumber, row.company);
      if (!company) {
        reject(row, 'company', `no company "${row.registrationNumber ?? row.company}" in your agency${job.createMissing ? '' : '; send createMissing=true to create it'}`);
        continue;
      }
      const buyer = row.buyerEmail === null ? undefined : buyers.get(row.buyerEmail);
      if (row.buyerEmail !== null && !buyer) continue; // rejected by `buyers` already
      if (buyer && row.country !== null && row.country !== buyer.country) {
        reject(row, 'country', `the buyer ${buyer.email} is from ${buyer.country}`);
        continue;
      }
      const buyerCountry = buyer?.country ?? row.country ?? '';
      const valueDate = row.kind === 'consultations' ? row.localDate : (row.signedOn ?? fair.startsOn);
      const valuation = row.amount === null || row.currency === null ? null : rates.value(row.amount, row.currency, valueDate);
      if (valuation && 'problem' in valuation) {
        reject(row, 'currency', valuation.problem);
        continue;
      }
      companyIds.add(company.id);
      const common = {
        importKey: row.key,
        companyId: company.id,
        buyerId: buyer?.id ?? null,
        buyerCountry,
        rateUnitsPerUsd: valuation?.rate?.unitsPerUsd ?? null,
        rateDate: valuation?.rate?.date ?? null,
        notes: row.notes,
      };
      if (row.kind === 'consultations') {
        consultations.push({
          ...asSent(row),
          ...common,
          localTime: row.localTime,
          localDate: row.localDate,
          type: row.type,
          estimatedAmount: valuation ? row.amount : null,
          estimatedCurrency: valuation ? row.currency : null,
          estimatedUsd: valuation?.usd ?? null,
          stage: row.stage,
          // Not import columns: a unit price is entered through the API.
          unitPriceAmount: null,
          unitPriceCurrency: null,
        });
      } else if (valuation && row.amount !== null && row.currency !== null) {
        contracts.push({
          ...common,
          status: row.status,
          signedOn: row.signedOn,
          onSite: row.signedOn === null ? null : row.signedOn >= fair.startsOn && row.signedOn <= fair.endsOn,
          valueAmount: row.amount,
          valueCurrency: row.currency,
          valueUsd: valuation.usd,
          // Not import columns: set through the API and by follow-up answers.
          consultationId: null,
          reportedRoundId: null,
        });
      }
    }
    const newExhibitors = [...companyIds].filter((id) => !lookups.participants.has(id));
    if (newExhibitors.length > 0) {
      const participations = await this.records.ensureParticipations(job.agencyId, fair.id, newExhibitors);
      changes.push(...participations.map((row) => createdChange(job.agencyId, 'participation', fair.id, row)));
      for (const id of newExhibitors) lookups.participants.set(id, true);
    }
    return { consultations, contracts };
  }

  /** Matches each row's company by registration number, else by exact name (English or local); creates missing ones if asked. */
  private async companies(job: Import, lookups: ImportLookups, rows: ParsedRow[], changes: RecordChange[]): Promise<void> {
    const numbers = [...new Set(rows.flatMap((row) => (row.registrationNumber === null ? [] : [row.registrationNumber])))].filter((n) => !lookups.companiesByNumber.has(n));
    const names = [...new Set(rows.map((row) => row.company))].filter((name) => !lookups.companiesByName.has(name));
    if (numbers.length > 0 || names.length > 0) lookups.rememberCompanies(numbers, names, await this.records.companies(job.agencyId, numbers, names));
    const missing = rows.filter((row) => lookups.company(row.registrationNumber, row.company) === undefined);
    if (missing.length === 0 || !job.createMissing) return;
    const toCreate = new Map(missing.map((row) => [row.registrationNumber ?? `name:${row.company}`, { name: row.company, registrationNumber: row.registrationNumber }]));
    const createdCompanies = await this.records.createCompanies(job.agencyId, [...toCreate.values()]);
    changes.push(...createdCompanies.map((row) => createdChange(job.agencyId, 'company', null, row)));
    const missingNumbers = [...new Set(missing.flatMap((row) => (row.registrationNumber === null ? [] : [row.registrationNumber])))];
    const missingNames = [...new Set(missing.map((row) => row.company))];
    lookups.rememberCompanies(missingNumbers, missingNames, await this.records.companies(job.agencyId, missingNumbers, missingNames));
  }

  /** Buyers by email, created when new (which needs their organisation and country). */
  private async buyers(agencyId: string, lookups: ImportLookups, rows: ParsedRow[], errors: RowError[], headers: Headers, changes: RecordChange[]): Promise<Map<string, BuyerRef>> {
    const emails = [...new Set(rows.flatMap((row) => (row.buyerEmail === null ? [] : [row.buyerEmail])))];
    if (emails.length === 0) return new Map();
    const unseen = emails.filter((email) => !lookups.buyersByEmail.has(email));
    if (unseen.length > 0) lookups.rememberBuyers(unseen, await this.records.buyers(agencyId, unseen));
    const toCreate = new Map<string, NewBuyer>();
    for (const row of rows) {
      if (row.buyerEmail === null || lookups.buyersByEmail.get(row.buyerEmail) || toCreate.has(row.buyerEmail)) continue;
      if (row.buyerOrganisation === null || row.country === null) {
        const field = row.buyerOrganisation === null ? 'buyerOrganisation' : 'country';
        errors.push({ rowNumber: row.rowNumber, column: headers[field] ?? field, message: `a new buyer (${row.buyerEmail}) needs its organisation and country` });
        continue;
      }
      toCreate.set(row.buyerEmail, { email: row.buyerEmail, organisation: row.buyerOrganisation, contactName: row.buyerContact, country: row.country });
    }
    if (toCreate.size > 0) {
      const createdBuyers = await this.records.createBuyers(agencyId, [...toCreate.values()]);
      changes.push(...createdBuyers.map((row) => createdChange(agencyId, 'buyer', null, row)));
      const created = [...toCreate.keys()];
      lookups.rememberBuyers(created, await this.records.buyers(agencyId, created));
    }
    return new Map(emails.flatMap((email) => {
      const buyer = lookups.buyersByEmail.get(email);
      return buyer ? [[email, buyer] as const] : [];
    }));
  }
}
