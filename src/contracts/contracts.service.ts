import { Injectable } from '@nestjs/common';
import { ChangeFeed } from '../changes/change-feed.js';
import type { RecordChange } from '../changes/change-event.js';
import { changedFields } from '../changes/changed-fields.js';
import { type FairLimit, withinFairs } from '../common/fair-limit.js';
import { assertVersion } from '../common/etag.js';
import { NotFoundProblem } from '../common/errors.js';
import { type Page, toPage } from '../common/pagination.js';
import { ConflictProblem, ValidationProblem } from '../common/problem.js';
import { rejectNulls } from '../common/validation.js';
import { type FairFacts, ReferencesRepository } from '../consultations/references.repository.js';
import { Transactions } from '../database/transactions.js';
import { lockFairForRecords } from '../fairs/fair-locks.js';
import { ExchangeRatesService } from '../exchange-rates/exchange-rates.service.js';
import type { Contract } from './contract.entity.js';
import { ContractsRepository } from './contracts.repository.js';
import { ContractDto } from './dto/contract.dto.js';
import type { CreateContractDto } from './dto/create-contract.dto.js';
import type { ListContractsDto } from './dto/list-contracts.dto.js';
import type { UpdateContractDto } from './dto/update-contract.dto.js';

@Injectable()
export class ContractsService {
  constructor(
    private readonly contracts: ContractsRepository,
    private readonly references: ReferencesRepository,
    private readonly rates: ExchangeRatesService,
    private readonly changes: ChangeFeed,
    private readonly transactions: Transactions,
  ) {}

  async list(agencyId: string, filter: ListContractsDto, fairs: FairLimit = null): Promise<Page<ContractDto>> {
    return toPage(await this.contracts.list(agencyId, filter, fairs), filter.limit, (row) => ContractDto.from(row));
  }

  async get(agencyId: string, id: string, fairs: FairLimit = null): Promise<ContractDto> {
    const row = await this.contracts.findById(agencyId, id);
    if (!row || !withinFairs(fairs, row.fairId)) throw new NotFoundProblem('Contract', id);
    return ContractDto.from(row);
  }

  /** `reportedRoundId`: the follow-up round whose answer records it (never from a request body). */
  async create(agencyId: string, userId: string, input: CreateContractDto, reportedRoundId: string | null = null): Promise<ContractDto> {
    return this.transactions.run(async (manager) => {
      await lockFairForRecords(manager, input.fairId);
      const fair = await this.references.exhibitingAt(agencyId, input.fairId, input.companyId);
      const buyerCountry = await this.references.buyerCountry(agencyId, input.buyerId, input.buyerCountry);
      if (input.consultationId !== undefined) {
        await this.references.assertConsultationOf(agencyId, input.consultationId, fair.id, input.companyId);
      }
      const row: Partial<Contract> = {
        agencyId,
        fairId: fair.id,
        companyId: input.companyId,
        buyerId: input.buyerId ?? null,
        buyerCountry,
        consultationId: input.consultationId ?? null,
        status: input.status,
        signedOn: input.signedOn ?? null,
        valueAmount: input.value.amount,
        valueCurrency: input.value.currency,
        notes: input.notes ?? null,
        createdBy: userId,
        reportedRoundId,
      };
      Object.assign(row, this.siting(row, fair, input.onSite), await this.valuation(agencyId, row, fair));
      const saved = ContractDto.from(await this.contracts.insert(row));
      // A contract logged as signed is announced as signed: partners count signed contracts.
      await this.changes.append(this.change(agencyId, saved, saved.status === 'signed' ? 'signed' : 'created'));
      return saved;
    });
  }

  /** `reportedRoundId`: set when a follow-up answer reports the change (a provisional contract now signed). */
  async update(agencyId: string, id: string, changes: UpdateContractDto, expectedVersion?: number, reportedRoundId?: string): Promise<ContractDto> {
    rejectNulls(changes, ['companyId', 'status', 'value']);
    return this.transactions.run(async () => {
      const row = await this.contracts.findByIdForUpdate(agencyId, id);
      if (!row) throw new NotFoundProblem('Contract', id);
      assertVersion(expectedVersion, row.version, `Contract ${id}`);
      await lockFairForRecords(this.transactions.manager, row.fairId);
      const before = ContractDto.from(row);

      const fair = await this.references.exhibitingAt(agencyId, row.fairId, changes.companyId ?? row.companyId);
      if (changes.companyId !== undefined) row.companyId = changes.companyId;
      if (changes.buyerId !== undefined || changes.buyerCountry !== undefined) {
        const buyerId = changes.buyerId === undefined ? (row.buyerId ?? undefined) : (changes.buyerId ?? undefined);
        const country = changes.buyerCountry ?? (buyerId === undefined ? row.buyerCountry : undefined);
        row.buyerCountry = await this.references.buyerCountry(agencyId, buyerId, country);
        row.buyerId = buyerId ?? null;
      }
      if (changes.consultationId !== undefined) row.consultationId = changes.consultationId ?? null;
      if (changes.consultationId !== undefined || changes.companyId !== undefined) {
        if (row.consultationId !== null) {
          await this.references.assertConsultationOf(agencyId, row.consultationId, row.fairId, row.companyId);
        }
      }
      if (changes.status !== undefined) row.status = changes.status;
      if (changes.signedOn !== undefined) row.signedOn = changes.signedOn ?? null;
      if (row.status === 'signed' && row.signedOn === null) {
        throw new ValidationProblem([{ field: 'signedOn', message: 'signedOn is required when status is signed' }]);
      }
      if (changes.value !== undefined) {
        row.valueAmount = changes.value.amount;
        row.valueCurrency = changes.value.currency;
      }
      if (changes.notes !== undefined) row.notes = changes.notes;
      if (reportedRoundId !== undefined) row.reportedRoundId = reportedRoundId;
      const onSite = changes.onSite === undefined && changes.signedOn === undefined && changes.status === undefined
        ? (row.onSite ?? undefined)
        : (changes.onSite ?? undefined);
      Object.assign(row, this.siting(row, fair, onSite));
      if (changes.value !== undefined || changes.signedOn !== undefined) {
        Object.assign(row, await this.valuation(agencyId, row, fair));
      }
      const after = ContractDto.from(await this.contracts.save(row));
      const fields = changedFields(before, after);
      if (fields.length > 0) {
        const signed = after.status === 'signed' && before.status !== 'signed';
        await this.changes.append(this.change(agencyId, after, signed ? 'signed' : 'updated', fields));
      }
      return after;
    });
  }

  async remove(agencyId: string, id: string): Promise<void> {
    await this.transactions.run(async () => {
      const row = await this.contracts.findByIdForUpdate(agencyId, id);
      if (!row) throw new NotFoundProblem('Contract', id);
      if (await this.contracts.hasShipments(agencyId, id)) {
        throw new ConflictProblem('The contract has shipments; delete those first');
      }
      await this.contracts.softDelete(agencyId, id);
      // The soft delete bumped the version of the row this transaction holds locked.
      await this.changes.append(this.change(agencyId, { id, fairId: row.fairId, version: row.version + 1 }, 'deleted'));
    });
  }

  private change(agencyId: string, row: { id: string; fairId: string; version: number }, action: string, fields: string[] = []): RecordChange {
    return { agencyId, fairId: row.fairId, recordType: 'contract', recordId: row.id, version: row.version, action, changedFields: fields };
  }

  /** On site: as sent, else whether signedOn lies within the fair's dates; null while unsigned. */
  private siting(row: Partial<Contract>, fair: FairFacts, given: boolean | undefined): Pick<Contract, 'onSite'> {
    if (given !== undefined) return { onSite: given };
    if (!row.signedOn) return { onSite: null };
    return { onSite: row.signedOn >= fair.startsOn && row.signedOn <= fair.endsOn };
  }

  /** The USD value at the rate of signedOn, else of the fair's first day. */
  private async valuation(agencyId: string, row: Partial<Contract>, fair: FairFacts): Promise<Partial<Contract>> {
    const { usd, rate } = await this.rates.toUsd(
      agencyId,
      row.valueAmount as string,
      row.valueCurrency as string,
      row.signedOn ?? fair.startsOn,
      'value',
    );
    return { valueUsd: usd, rateUnitsPerUsd: rate?.unitsPerUsd ?? null, rateDate: rate?.date ?? null };
  }
}
