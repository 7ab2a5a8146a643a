import { Injectable } from '@nestjs/common';
import { ChangeFeed } from '../changes/change-feed.js';
import type { RecordChange } from '../changes/change-event.js';
import { changedFields } from '../changes/changed-fields.js';
import { type FairLimit, withinFairs } from '../common/fair-limit.js';
import { assertVersion } from '../common/etag.js';
import { NotFoundProblem, RuleProblem } from '../common/errors.js';
import { addDays } from '../common/dates.js';
import { type Page, toPage } from '../common/pagination.js';
import { ConflictProblem } from '../common/problem.js';
import { Transactions } from '../database/transactions.js';
import { lockFairForEdit } from './fair-locks.js';
import type { CreateFairDto } from './dto/create-fair.dto.js';
import { FairDto } from './dto/fair.dto.js';
import type { ListFairsDto } from './dto/list-fairs.dto.js';
import type { UpdateFairDto } from './dto/update-fair.dto.js';
import type { Fair } from './fair.entity.js';
import { FairsRepository, type RecordSpan } from './fairs.repository.js';

@Injectable()
export class FairsService {
  constructor(
    private readonly fairs: FairsRepository,
    private readonly changes: ChangeFeed,
    private readonly transactions: Transactions,
  ) {}

  async list(agencyId: string, filter: ListFairsDto, fairs: FairLimit = null): Promise<Page<FairDto>> {
    return toPage(await this.fairs.list(agencyId, filter, fairs), filter.limit, (fair) => FairDto.from(fair));
  }

  async get(agencyId: string, id: string, fairs: FairLimit = null): Promise<FairDto> {
    const fair = withinFairs(fairs, id) ? await this.fairs.findById(agencyId, id) : null;
    if (!fair) throw new NotFoundProblem('Fair', id);
    return FairDto.from(fair);
  }

  async create(agencyId: string, input: CreateFairDto): Promise<FairDto> {
    return this.transactions.run(async () => {
      const fair = await this.fairs.insert({
        agencyId,
        series: input.series,
        name: input.name,
        year: input.year,
        city: input.city,
        country: input.country,
        venue: input.venue ?? null,
        startsOn: input.startsOn,
        endsOn: input.endsOn,
        timezone: input.timezone,
        kind: input.kind ?? 'trade_fair',
      });
      await this.changes.append(fairChange(agencyId, fair, 'created'));
      return FairDto.from(fair);
    });
  }

  /**
   * A new time zone (or new dates) moves consultations to other fair-local days: their dates are
   * re-derived in the same transaction as the edit, each moved consultation with its own change event
   * beside the fair's.
   */
  async update(agencyId: string, id: string, changes: UpdateFairDto, expectedVersion?: number): Promise<FairDto> {
    return this.transactions.run(async () => {
      const fair = await this.found(agencyId, id);
      assertVersion(expectedVersion, fair.version, `Fair ${id}`);
      const before = FairDto.from(fair);
      const moved = (['timezone', 'startsOn', 'endsOn'] as const).some(
        (field) => changes[field] !== undefined && changes[field] !== fair[field],
      );
      Object.assign(fair, changes);
      if (fair.endsOn < fair.startsOn) {
        throw new RuleProblem('endsOn', `endsOn (${fair.endsOn}) must be on or after startsOn (${fair.startsOn})`);
      }
      const saved = await this.fairs.save(fair);
      const fields = changedFields(before, FairDto.from(saved));
      const events: RecordChange[] = fields.length > 0 ? [fairChange(agencyId, saved, 'updated', fields)] : [];
      if (moved) {
        const consultations = await this.fairs.recomputeLocalDates(agencyId, id, saved.timezone);
        assertRecordsWithin(saved, await this.fairs.recordSpan(agencyId, id));
        events.push(
          ...consultations.map((row): RecordChange => ({
            agencyId, fairId: id, recordType: 'consultation', recordId: row.id, version: row.version, action: 'updated', changedFields: ['localDate'],
          })),
        );
      }
      await this.changes.append(...events);
      return FairDto.from(saved);
    });
  }

  async remove(agencyId: string, id: string): Promise<void> {
    await this.transactions.run(async () => {
      const fair = await this.found(agencyId, id);
      if (await this.fairs.isReferenced(agencyId, id)) {
        throw new ConflictProblem('The fair still has participants, consultations or contracts; remove those first');
      }
      await this.fairs.softDelete(agencyId, id);
      // The soft delete bumped the version of the row this transaction holds locked.
      await this.changes.append(fairChange(agencyId, { id, version: fair.version + 1 }, 'deleted'));
    });
  }

  /** The fair, locked for update until the transaction ends (after the records being written under it). */
  private async found(agencyId: string, id: string): Promise<Fair> {
    await lockFairForEdit(this.transactions.manager, id);
    const fair = await this.fairs.findByIdForUpdate(agencyId, id);
    if (!fair) throw new NotFoundProblem('Fair', id);
    return fair;
  }
}

/** A fair's own events belong to the fair itself. */
function fairChange(agencyId: string, fair: { id: string; version: number }, action: string, fields: string[] = []): RecordChange {
  return { agencyId, fairId: fair.id, recordType: 'fair', recordId: fair.id, version: fair.version, action, changedFields: fields };
}

/**
 * A move (dates or time zone) may not leave records outside the fair, by the rules that let them in:
 * consultations within its dates ± 1 day (fair-local; video ones after its last day), meeting sessions on one of its days. The
 * transaction rolls back, so the fair stays where it was. Contracts are not bound to the dates
 * (one may be signed months after), so they do not hold a move back.
 */
function assertRecordsWithin(fair: Fair, span: RecordSpan): void {
  const earliest = addDays(fair.startsOn, -1);
  const latest = addDays(fair.endsOn, 1);
  if (span.firstConsultation !== null && span.firstConsultation < earliest) {
    throw new RuleProblem('startsOn', `would leave consultations outside the fair: the first is on ${span.firstConsultation} (${fair.timezone}), and consultations must fall within the fair's dates ± 1 day`);
  }
  if (span.lastConsultation !== null && span.lastConsultation > latest) {
    throw new RuleProblem('endsOn', `would leave consultations outside the fair: the last is on ${span.lastConsultation} (${fair.timezone}), and consultations must fall within the fair's dates ± 1 day`);
  }
  if (span.firstVideo !== null && span.firstVideo <= fair.endsOn) {
    throw new RuleProblem('endsOn', `would put a video consultation inside the fair: the first is on ${span.firstVideo} (${fair.timezone}), and video consultations come after the fair`);
  }
  if (span.firstSession !== null && span.firstSession < fair.startsOn) {
    throw new RuleProblem('startsOn', `would leave a meeting session outside the fair: the first is on ${span.firstSession}, and sessions must be on a day of the fair`);
  }
  if (span.lastSession !== null && span.lastSession > fair.endsOn) {
    throw new RuleProblem('endsOn', `would leave a meeting session outside the fair: the last is on ${span.lastSession}, and sessions must be on a day of the fair`);
  }
}
