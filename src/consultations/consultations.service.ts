import { Injectable } from '@nestjs/common';
import { ChangeFeed } from '../changes/change-feed.js';
import type { RecordChange } from '../changes/change-event.js';
import { changedFields } from '../changes/changed-fields.js';
import { type FairLimit, withinFairs } from '../common/fair-limit.js';
import { localDate } from '../common/dates.js';
import { assertVersion } from '../common/etag.js';
import { NotFoundProblem, RuleProblem } from '../common/errors.js';
import type { MoneyDto } from '../common/money.js';
import { type Page, toPage } from '../common/pagination.js';
import { ConflictProblem, ProblemException, ValidationProblem } from '../common/problem.js';
import { lockFairForRecords, lockFairForRecordsAs } from '../fairs/fair-locks.js';
import { rejectNulls } from '../common/validation.js';
import { Transactions } from '../database/transactions.js';
import { ExchangeRatesService } from '../exchange-rates/exchange-rates.service.js';
import { dayOutsideFair } from './consultation-days.js';
import type { ConsultationType } from './consultation-enums.js';
import type { Consultation } from './consultation.entity.js';
import { ConsultationsRepository, type NewConsultation } from './consultations.repository.js';
import { ConsultationDto } from './dto/consultation.dto.js';
import { AS_SENT, asSent, type CreateConsultationDto } from './dto/create-consultation.dto.js';
import type { ListConsultationsDto } from './dto/list-consultations.dto.js';
import type { UpdateConsultationDto } from './dto/update-consultation.dto.js';
import { type FairFacts, ReferencesRepository } from './references.repository.js';

/** `type` and its alias `interpreterUsed` must agree when both are sent. */
function consultationType(input: { type?: ConsultationType; interpreterUsed?: boolean }): ConsultationType | undefined {
  const fromFlag = input.interpreterUsed === undefined ? undefined : input.interpreterUsed ? 'interpreted' : 'booth';
  if (input.type !== undefined && fromFlag !== undefined && input.type !== fromFlag) {
    throw new ValidationProblem([{ field: 'interpreterUsed', message: `interpreterUsed contradicts type "${input.type}"` }]);
  }
  return input.type ?? fromFlag;
}

@Injectable()
export class ConsultationsService {
  constructor(
    private readonly consultations: ConsultationsRepository,
    private readonly references: ReferencesRepository,
    private readonly rates: ExchangeRatesService,
    private readonly changes: ChangeFeed,
    private readonly transactions: Transactions,
  ) {}

  async list(agencyId: string, filter: ListConsultationsDto, fairs: FairLimit = null): Promise<Page<ConsultationDto>> {
    return toPage(await this.consultations.list(agencyId, filter, fairs), filter.limit, (row) => ConsultationDto.from(row));
  }

  async get(agencyId: string, id: string, fairs: FairLimit = null): Promise<ConsultationDto> {
    const row = await this.consultations.findById(agencyId, id);
    if (!row || !withinFairs(fairs, row.fairId)) throw new NotFoundProblem('Consultation', id);
    return ConsultationDto.from(row);
  }

  /**
   * Booth logging is the hot path. With the fair's facts remembered from an earlier write, it is one
   * round trip: the fair's records lock and the insert with its change event, pipelined in one
   * transaction (the insert checks the remembered facts, the company and its participation itself).
   * Otherwise, or if that insert finds something changed or refuses the request, the fair is read and
   * checked first (its 422s name the field) and the insert is sent again.
   */
  async create(agencyId: string, userId: string, input: CreateConsultationDto): Promise<ConsultationDto> {
    const type = consultationType(input) ?? 'booth';
    const remembered = this.references.rememberedFacts(agencyId, input.fairId);
    if (remembered) {
      try {
        const row = await this.insert(await this.newConsultation(agencyId, userId, input, type, remembered), remembered);
        if (row) return ConsultationDto.from(row);
      } catch (error) {
        // A refusal judged on remembered facts is judged again on fresh ones, in the usual order.
        if (!(error instanceof ProblemException)) throw error;
      }
      this.references.forget(agencyId, input.fairId);
    }
    const fair = await this.references.exhibitingAt(agencyId, input.fairId, input.companyId);
    const row = await this.insert(await this.newConsultation(agencyId, userId, input, type, fair), fair);
    if (!row) throw new ConflictProblem('The fair was edited or removed while this consultation was being saved; send it again');
    this.references.remember(agencyId, fair);
    return ConsultationDto.from(row);
  }

  private async newConsultation(
    agencyId: string,
    userId: string,
    input: CreateConsultationDto,
    type: ConsultationType,
    fair: FairFacts,
  ): Promise<NewConsultation> {
    const buyerCountry = await this.references.buyerCountry(agencyId, input.buyerId, input.buyerCountry);
    const occurredAt = input.occurredAt === undefined ? new Date() : new Date(input.occurredAt);
    const day = this.dayAtFair(fair, occurredAt, type);
    const estimate = await this.estimate(agencyId, input.estimatedValue, day);
    return {
      ...asSent(input),
      agencyId,
      fairId: fair.id,
      companyId: input.companyId,
      buyerId: input.buyerId ?? null,
      buyerCountry,
      occurredAt,
      localDate: day,
      type,
      unitPriceAmount: input.unitPrice?.amount ?? null,
      unitPriceCurrency: input.unitPrice?.currency ?? null,
      estimatedAmount: estimate.estimatedAmount ?? null,
      estimatedCurrency: estimate.estimatedCurrency ?? null,
      estimatedUsd: estimate.estimatedUsd ?? null,
      rateUnitsPerUsd: estimate.rateUnitsPerUsd ?? null,
      rateDate: estimate.rateDate ?? null,
      stage: input.stage ?? 'consulted',
      loggedBy: userId,
    };
  }

  /** The lock and the insert in one pipelined transaction; null if the fair, company or participation changed. */
  private async insert(values: NewConsultation, fair: FairFacts): Promise<Consultation | null> {
    const [, [row]] = await this.transactions.pipelined(() => [
      lockFairForRecordsAs(fair.id, this.transactions.auditActor),
      this.consultations.insertWithChange(values, fair),
    ]);
    return row ? this.consultations.fromInserted(row) : null;
  }

  async update(agencyId: string, id: string, changes: UpdateConsultationDto, expectedVersion?: number): Promise<ConsultationDto> {
    rejectNulls(changes, ['companyId', 'occurredAt', 'type', 'interpreterUsed', 'stage']);
    const type = consultationType(changes);
    return this.transactions.run(async () => {
      const row = await this.consultations.findByIdForUpdate(agencyId, id);
      if (!row) throw new NotFoundProblem('Consultation', id);
      assertVersion(expectedVersion, row.version, `Consultation ${id}`);
      await lockFairForRecords(this.transactions.manager, row.fairId);
      const before = ConsultationDto.from(row);

      const fair = await this.references.exhibitingAt(agencyId, row.fairId, changes.companyId ?? row.companyId);
      if (changes.companyId !== undefined) row.companyId = changes.companyId;
      if (changes.buyerId !== undefined || changes.buyerCountry !== undefined) {
        const buyerId = changes.buyerId === undefined ? (row.buyerId ?? undefined) : (changes.buyerId ?? undefined);
        // Unlinking the buyer keeps the country unless a new one is sent.
        const country = changes.buyerCountry ?? (buyerId === undefined ? row.buyerCountry : undefined);
        row.buyerCountry = await this.references.buyerCountry(agencyId, buyerId, country);
        row.buyerId = buyerId ?? null;
      }
      const retyped = type !== undefined && type !== row.type;
      if (changes.occurredAt !== undefined || retyped) {
        // A new time, or a new type with its own day rule (a video consultation comes after the fair).
        row.occurredAt = changes.occurredAt === undefined ? row.occurredAt : new Date(changes.occurredAt);
        row.localDate = this.dayAtFair(fair, row.occurredAt, type ?? row.type, changes.occurredAt === undefined ? 'type' : 'occurredAt');
      }
      if (changes.estimatedValue !== undefined || changes.occurredAt !== undefined) {
        const value = changes.estimatedValue === undefined ? this.storedEstimate(row) : (changes.estimatedValue ?? undefined);
        Object.assign(row, await this.estimate(agencyId, value, row.localDate));
      }
      if (changes.unitPrice !== undefined) {
        row.unitPriceAmount = changes.unitPrice?.amount ?? null;
        row.unitPriceCurrency = changes.unitPrice?.currency ?? null;
      }
      if (type !== undefined) row.type = type;
      for (const field of [...AS_SENT, 'stage'] as const) {
        if (changes[field] !== undefined) Object.assign(row, { [field]: changes[field] });
      }
      const after = ConsultationDto.from(await this.consultations.save(row));
      const fields = changedFields(before, after);
      if (fields.length > 0) await this.changes.append(this.change(agencyId, after, 'updated', fields));
      return after;
    });
  }

  async remove(agencyId: string, id: string): Promise<void> {
    await this.transactions.run(async () => {
      const row = await this.consultations.findByIdForUpdate(agencyId, id);
      if (!row) throw new NotFoundProblem('Consultation', id);
      await this.consultations.softDelete(agencyId, id);
      // The soft delete bumped the version of the row this transaction holds locked.
      await this.changes.append(this.change(agencyId, { id, fairId: row.fairId, version: row.version + 1 }, 'deleted'));
    });
  }

  private change(agencyId: string, row: { id: string; fairId: string; version: number }, action: string, fields: string[] = []): RecordChange {
    return { agencyId, fairId: row.fairId, recordType: 'consultation', recordId: row.id, version: row.version, action, changedFields: fields };
  }

  /** The fair-local date, which must lie within the fair's dates ± 1 day (a video consultation's: after the fair). */
  private dayAtFair(fair: FairFacts, occurredAt: Date, type: ConsultationType, field = 'occurredAt'): string {
    const day = localDate(occurredAt, fair.timezone);
    const outside = dayOutsideFair(type, fair, day);
    if (outside !== null) {
      throw new RuleProblem(field, `is ${day} in ${fair.timezone}: ${outside}`);
    }
    return day;
  }

  private storedEstimate(row: Consultation): MoneyDto | undefined {
    return row.estimatedAmount === null || row.estimatedCurrency === null
      ? undefined
      : { amount: row.estimatedAmount, currency: row.estimatedCurrency };
  }

  private async estimate(agencyId: string, value: MoneyDto | undefined, day: string): Promise<Partial<Consultation>> {
    if (value === undefined) {
      return { estimatedAmount: null, estimatedCurrency: null, estimatedUsd: null, rateUnitsPerUsd: null, rateDate: null };
    }
    const { usd, rate } = await this.rates.toUsd(agencyId, value.amount, value.currency, day, 'estimatedValue');
    return {
      estimatedAmount: value.amount,
      estimatedCurrency: value.currency,
      estimatedUsd: usd,
      rateUnitsPerUsd: rate?.unitsPerUsd ?? null,
      rateDate: rate?.date ?? null,
    };
  }
}
