import { Injectable } from '@nestjs/common';
import { ChangeFeed } from '../changes/change-feed.js';
import type { RecordChange } from '../changes/change-event.js';
import { changedFields } from '../changes/changed-fields.js';
import { assertVersion } from '../common/etag.js';
import { isUniqueViolation, NotFoundProblem } from '../common/errors.js';
import { type Page, toPage } from '../common/pagination.js';
import { ConflictProblem } from '../common/problem.js';
import { Transactions } from '../database/transactions.js';
import type { Buyer } from './buyer.entity.js';
import { BuyersRepository } from './buyers.repository.js';
import { BuyerDto } from './dto/buyer.dto.js';
import type { CreateBuyerDto } from './dto/create-buyer.dto.js';
import type { ListBuyersDto } from './dto/list-buyers.dto.js';
import type { UpdateBuyerDto } from './dto/update-buyer.dto.js';

@Injectable()
export class BuyersService {
  constructor(
    private readonly buyers: BuyersRepository,
    private readonly changes: ChangeFeed,
    private readonly transactions: Transactions,
  ) {}

  async list(agencyId: string, filter: ListBuyersDto, personalData = true): Promise<Page<BuyerDto>> {
    return toPage(await this.buyers.list(agencyId, filter), filter.limit, (buyer) => BuyerDto.from(buyer, personalData));
  }

  async get(agencyId: string, id: string, personalData = true): Promise<BuyerDto> {
    return BuyerDto.from(await this.found(agencyId, id), personalData);
  }

  async create(agencyId: string, input: CreateBuyerDto): Promise<BuyerDto> {
    return this.transactions.run(async () => {
      const email = input.email ?? null;
      await this.assertEmailFree(agencyId, email);
      const buyer = await this.uniqueEmail(agencyId, email, () =>
        this.buyers.insert({
          agencyId,
          organisation: input.organisation,
          contactName: input.contactName ?? null,
          email,
          phone: input.phone ?? null,
          country: input.country,
          buyerType: input.buyerType ?? null,
        }),
      );
      await this.changes.append(buyerChange(agencyId, buyer, 'created'));
      return BuyerDto.from(buyer);
    });
  }

  async update(agencyId: string, id: string, changes: UpdateBuyerDto, expectedVersion?: number): Promise<BuyerDto> {
    return this.transactions.run(async () => {
      const buyer = await this.found(agencyId, id, true);
      assertVersion(expectedVersion, buyer.version, `Buyer ${id}`);
      const before = BuyerDto.from(buyer);
      Object.assign(buyer, changes);
      if (changes.email !== undefined) await this.assertEmailFree(agencyId, buyer.email, id);
      const after = BuyerDto.from(await this.uniqueEmail(agencyId, buyer.email, () => this.buyers.save(buyer)));
      const fields = changedFields(before, after);
      if (fields.length > 0) await this.changes.append(buyerChange(agencyId, after, 'updated', fields));
      return after;
    });
  }

  async remove(agencyId: string, id: string): Promise<void> {
    await this.transactions.run(async () => {
      const buyer = await this.found(agencyId, id, true);
      if (await this.buyers.isReferenced(agencyId, id)) {
        throw new ConflictProblem('The buyer still has consultations or contracts; remove those first');
      }
      await this.buyers.softDelete(agencyId, id);
      // The soft delete bumped the version of the row this transaction holds locked.
      await this.changes.append(buyerChange(agencyId, { id, version: buyer.version + 1 }, 'deleted'));
    });
  }

  /** Erasure: contact fields cleared (deleted buyers too); records and totals stay as they are. */
  async erasePersonalData(agencyId: string, id: string): Promise<BuyerDto> {
    return this.transactions.run(async () => {
      const buyer = await this.buyers.findByIdWithDeleted(agencyId, id);
      if (!buyer) throw new NotFoundProblem('Buyer', id);
      await this.buyers.erasePersonalData(agencyId, id);
      const erased = BuyerDto.from({ ...buyer, contactName: null, email: null, phone: null, version: buyer.version + 1 });
      await this.changes.append(buyerChange(agencyId, erased, 'updated', changedFields(BuyerDto.from(buyer), erased)));
      return erased;
    });
  }

  private async found(agencyId: string, id: string, forUpdate = false): Promise<Buyer> {
    const buyer = forUpdate ? await this.buyers.findByIdForUpdate(agencyId, id) : await this.buyers.findById(agencyId, id);
    if (!buyer) throw new NotFoundProblem('Buyer', id);
    return buyer;
  }

  /** The usual case: the email is already taken, and the client is told which buyer to reuse. */
  private async assertEmailFree(agencyId: string, email: string | null, ownId?: string): Promise<void> {
    if (email === null) return;
    const existing = await this.buyers.findByEmail(agencyId, email);
    if (existing && existing.id !== ownId) throw duplicateEmail(email, existing.id);
  }

  /** The race: another request took the email between our check and our write. */
  private async uniqueEmail(agencyId: string, email: string | null, write: () => Promise<Buyer>): Promise<Buyer> {
    try {
      return await write();
    } catch (error) {
      if (email !== null && isUniqueViolation(error, 'buyers_agency_id_email_key')) {
        const existing = await this.buyers.findByEmail(agencyId, email);
        throw duplicateEmail(email, existing?.id);
      }
      throw error;
    }
  }
}

/** Buyers belong to no one fair. Their events name changed fields only: contact details are personal data. */
const buyerChange = (agencyId: string, buyer: { id: string; version: number }, action: string, fields: string[] = []): RecordChange => ({
  agencyId, fairId: null, recordType: 'buyer', recordId: buyer.id, version: buyer.version, action, changedFields: fields,
});

const duplicateEmail = (email: string, existingId: string | undefined): ConflictProblem =>
  new ConflictProblem(`A buyer with email ${email} already exists`, existingId === undefined ? undefined : { existingId });
