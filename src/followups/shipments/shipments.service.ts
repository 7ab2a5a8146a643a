import { Injectable } from '@nestjs/common';
import { ChangeFeed } from '../../changes/change-feed.js';
import type { RecordChange } from '../../changes/change-event.js';
import { changedFields } from '../../changes/changed-fields.js';
import { assertVersion } from '../../common/etag.js';
import { NotFoundProblem, RuleProblem, UnknownReferenceProblem } from '../../common/errors.js';
import { type FairLimit, withinFairs } from '../../common/fair-limit.js';
import type { MoneyDto } from '../../common/money.js';
import { type Page, toPage } from '../../common/pagination.js';
import { rejectNulls } from '../../common/validation.js';
import { Transactions } from '../../database/transactions.js';
import { ExchangeRatesService } from '../../exchange-rates/exchange-rates.service.js';
import type { CreateShipmentDto } from './dto/create-shipment.dto.js';
import type { ListShipmentsDto } from './dto/list-shipments.dto.js';
import { ShipmentDto } from './dto/shipment.dto.js';
import type { UpdateShipmentDto } from './dto/update-shipment.dto.js';
import type { StoredDocument } from './shipment-documents.js';
import type { Shipment } from './shipment.entity.js';
import { type ShipmentContract, ShipmentsRepository } from './shipments.repository.js';

/** Contracts a shipment may be recorded against: goods ship under a provisional or a signed contract. */
const SHIPPABLE = ['provisional', 'signed'];

/** Who records a shipment: a user, or the company itself through a follow-up round (no user). */
export interface ShipmentAuthor {
  userId: string | null;
  reportedRoundId?: string | null;
}

@Injectable()
export class ShipmentsService {
  constructor(
    private readonly shipments: ShipmentsRepository,
    private readonly rates: ExchangeRatesService,
    private readonly changes: ChangeFeed,
    private readonly transactions: Transactions,
  ) {}

  async list(agencyId: string, filter: ListShipmentsDto, fairs: FairLimit = null): Promise<Page<ShipmentDto>> {
    return toPage(await this.shipments.list(agencyId, filter, fairs), filter.limit, (row) => ShipmentDto.from(row));
  }

  /** A contract's shipments; another agency's (or no) contract is a 404. */
  async listForContract(agencyId: string, contractId: string, filter: ListShipmentsDto, fairs: FairLimit = null): Promise<Page<ShipmentDto>> {
    if (!(await this.shipments.contractExists(agencyId, contractId, fairs))) throw new NotFoundProblem('Contract', contractId);
    return this.list(agencyId, { ...filter, contractId }, fairs);
  }

  async get(agencyId: string, id: string, fairs: FairLimit = null): Promise<ShipmentDto> {
    return ShipmentDto.from(await this.found(agencyId, id, fairs));
  }

  /** The stored row, for the document download; 404 when missing, another agency's or outside the key's fairs. */
  async found(agencyId: string, id: string, fairs: FairLimit = null): Promise<Shipment> {
    const row = await this.shipments.findById(agencyId, id);
    if (!row || !withinFairs(fairs, row.fairId)) throw new NotFoundProblem('Shipment', id);
    return row;
  }

  async create(agencyId: string, author: ShipmentAuthor, input: CreateShipmentDto): Promise<ShipmentDto> {
    return this.transactions.run(async () => {
      const contract = await this.shippableContract(agencyId, input.contractId);
      this.checkDate(contract, input.shippedOn);
      const row: Partial<Shipment> = {
        agencyId,
        contractId: contract.id,
        fairId: contract.fairId,
        shippedOn: input.shippedOn,
        valueAmount: input.value.amount,
        valueCurrency: input.value.currency,
        evidence: 'self_reported',
        note: input.note ?? null,
        createdBy: author.userId,
        reportedRoundId: author.reportedRoundId ?? null,
        ...(await this.valuation(agencyId, input.value, input.shippedOn)),
      };
      const saved = ShipmentDto.from(await this.shipments.insert(row));
      await this.changes.append(this.change(agencyId, saved, 'recorded'));
      return saved;
    });
  }

  async update(agencyId: string, id: string, changes: UpdateShipmentDto, expectedVersion?: number): Promise<ShipmentDto> {
    rejectNulls(changes, ['shippedOn', 'value']);
    return this.write(agencyId, id, expectedVersion, async (row) => {
      if (changes.shippedOn !== undefined) {
        const contract = await this.shipments.lockContract(agencyId, row.contractId);
        if (contract) this.checkDate(contract, changes.shippedOn);
        row.shippedOn = changes.shippedOn;
      }
      if (changes.value !== undefined) {
        row.valueAmount = changes.value.amount;
        row.valueCurrency = changes.value.currency;
      }
      if (changes.shippedOn !== undefined || changes.value !== undefined) {
        Object.assign(row, await this.valuation(agencyId, { amount: row.valueAmount, currency: row.valueCurrency }, row.shippedOn));
        // A verification vouched for the date and value it saw; new ones need checking again.
        if (row.evidence === 'verified') this.unverify(row);
      }
      if (changes.note !== undefined) row.note = changes.note ?? null;
    });
  }

  /** A new evidence document replaces the previous one (its file stays, as a soft delete keeps rows) and asks for a new verification. */
  async attachDocument(agencyId: string, id: string, document: StoredDocument, expectedVersion?: number): Promise<ShipmentDto> {
    return this.write(agencyId, id, expectedVersion, (row) => {
      row.documentKey = document.key;
      row.documentName = document.fileName;
      row.documentType = document.contentType;
      row.documentBytes = document.bytes;
      row.documentSha256 = document.sha256;
      row.evidence = 'document';
      row.verifiedAt = null;
      row.verifiedBy = null;
      return Promise.resolve();
    });
  }

  /** A manager vouches for the shipment (the audit log keeps who and when). Verifying a verified one changes nothing. */
  async verify(agencyId: string, userId: string, id: string, expectedVersion?: number): Promise<ShipmentDto> {
    return this.write(agencyId, id, expectedVersion, (row) => {
      if (row.evidence !== 'verified') {
        row.evidence = 'verified';
        row.verifiedBy = userId;
        row.verifiedAt = new Date();
      }
      return Promise.resolve();
    });
  }

  async remove(agencyId: string, id: string): Promise<void> {
    await this.transactions.run(async () => {
      const row = await this.shipments.findByIdForUpdate(agencyId, id);
      if (!row) throw new NotFoundProblem('Shipment', id);
      await this.shipments.softDelete(agencyId, id);
      // The soft delete bumped the version of the row this transaction holds locked.
      await this.changes.append(this.change(agencyId, { id, fairId: row.fairId, version: row.version + 1 }, 'deleted'));
    });
  }

  private async write(agencyId: string, id: string, expectedVersion: number | undefined, apply: (row: Shipment) => Promise<void>): Promise<ShipmentDto> {
    return this.transactions.run(async () => {
      const row = await this.shipments.findByIdForUpdate(agencyId, id);
      if (!row) throw new NotFoundProblem('Shipment', id);
      assertVersion(expectedVersion, row.version, `Shipment ${id}`);
      const before = ShipmentDto.from(row);
      await apply(row);
      const after = ShipmentDto.from(await this.shipments.save(row));
      const fields = changedFields(before, after);
      if (fields.length > 0) await this.changes.append(this.change(agencyId, after, 'updated', fields));
      return after;
    });
  }

  private unverify(row: Shipment): void {
    row.evidence = row.documentKey === null ? 'self_reported' : 'document';
    row.verifiedAt = null;
    row.verifiedBy = null;
  }

  private async shippableContract(agencyId: string, contractId: string): Promise<ShipmentContract> {
    const contract = await this.shipments.lockContract(agencyId, contractId);
    if (!contract) throw new UnknownReferenceProblem('contractId', 'contract');
    if (!SHIPPABLE.includes(contract.status)) {
      throw new RuleProblem('contractId', `the contract is ${contract.status}; shipments belong to provisional or signed contracts`);
    }
    return contract;
  }

  private checkDate(contract: ShipmentContract, shippedOn: string): void {
    if (shippedOn < contract.fairStartsOn) {
      throw new RuleProblem('shippedOn', `is before the fair's first day (${contract.fairStartsOn})`);
    }
  }

  /** The USD value at the agency's rate of the shipping day, frozen like every amount. */
  private async valuation(agencyId: string, value: MoneyDto, shippedOn: string): Promise<Pick<Shipment, 'valueUsd' | 'rateUnitsPerUsd' | 'rateDate'>> {
    const { usd, rate } = await this.rates.toUsd(agencyId, value.amount, value.currency, shippedOn, 'value');
    return { valueUsd: usd, rateUnitsPerUsd: rate?.unitsPerUsd ?? null, rateDate: rate?.date ?? null };
  }

  private change(agencyId: string, row: { id: string; fairId: string; version: number }, action: string, fields: string[] = []): RecordChange {
    return { agencyId, fairId: row.fairId, recordType: 'shipment', recordId: row.id, version: row.version, action, changedFields: fields };
  }
}
