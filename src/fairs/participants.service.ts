import { Injectable } from '@nestjs/common';
import { ChangeFeed } from '../changes/change-feed.js';
import type { RecordChange } from '../changes/change-event.js';
import { changedFields } from '../changes/changed-fields.js';
import { type FairLimit, withinFairs } from '../common/fair-limit.js';
import { assertVersion } from '../common/etag.js';
import { isUniqueViolation, NotFoundProblem, UnknownReferenceProblem } from '../common/errors.js';
import { type Page, type PageQueryDto, toPage } from '../common/pagination.js';
import { ConflictProblem } from '../common/problem.js';
import { Transactions } from '../database/transactions.js';
import type { AddParticipantDto } from './dto/add-participant.dto.js';
import { ParticipantDto } from './dto/participant.dto.js';
import type { UpdateParticipantDto } from './dto/update-participant.dto.js';
import { FairsRepository } from './fairs.repository.js';
import { type Participant, ParticipationsRepository } from './participations.repository.js';

/**
 * Companies exhibiting at a fair. Every write appends its change event (which marks the fair's outcome
 * stale: "7 companies") in its own transaction, and holds a share lock on the fair so the fair cannot
 * be deleted underneath it.
 */
@Injectable()
export class ParticipantsService {
  constructor(
    private readonly fairs: FairsRepository,
    private readonly participations: ParticipationsRepository,
    private readonly changes: ChangeFeed,
    private readonly transactions: Transactions,
  ) {}

  async list(agencyId: string, fairId: string, page: PageQueryDto, fairs: FairLimit = null): Promise<Page<ParticipantDto>> {
    if (!withinFairs(fairs, fairId)) throw new NotFoundProblem('Fair', fairId);
    await this.fairFound(agencyId, fairId);
    return toPage(await this.participations.listForFair(agencyId, fairId, page), page.limit, (row) => ParticipantDto.from(row));
  }

  async get(agencyId: string, fairId: string, companyId: string, fairs: FairLimit = null): Promise<ParticipantDto> {
    if (!withinFairs(fairs, fairId)) throw new NotFoundProblem('Fair', fairId);
    await this.fairFound(agencyId, fairId);
    const participant = await this.participations.findByCompany(agencyId, fairId, companyId);
    if (!participant) throw new NotFoundProblem('Participant', companyId);
    return ParticipantDto.from(participant);
  }

  async add(agencyId: string, fairId: string, input: AddParticipantDto): Promise<ParticipantDto> {
    return this.transactions.run(async () => {
      await this.fairFound(agencyId, fairId, true);
      const company = await this.participations.findCompanyForShare(agencyId, input.companyId);
      if (!company) throw new UnknownReferenceProblem('companyId', 'company');
      const participation = await this.oncePerFair(input.companyId, () =>
        this.participations.insert({ agencyId, fairId, companyId: input.companyId, booth: input.booth ?? null }),
      );
      await this.changes.append(this.change(agencyId, participation, 'created'));
      return ParticipantDto.from(Object.assign(participation, { company }));
    });
  }

  async update(
    agencyId: string,
    fairId: string,
    companyId: string,
    changes: UpdateParticipantDto,
    expectedVersion?: number,
  ): Promise<ParticipantDto> {
    return this.transactions.run(async () => {
      const participant = await this.found(agencyId, fairId, companyId);
      assertVersion(expectedVersion, participant.version, `Participant ${companyId}`);
      const before = ParticipantDto.from(participant);
      Object.assign(participant, changes);
      const saved = await this.participations.save(participant);
      const fields = changedFields(before, ParticipantDto.from(saved));
      if (fields.length > 0) await this.changes.append(this.change(agencyId, saved, 'updated', fields));
      return ParticipantDto.from(saved);
    });
  }

  async remove(agencyId: string, fairId: string, companyId: string): Promise<void> {
    await this.transactions.run(async () => {
      const participant = await this.found(agencyId, fairId, companyId);
      if (await this.participations.hasRecordsAtFair(agencyId, fairId, companyId)) {
        throw new ConflictProblem('The company has consultations or contracts at this fair; remove those first');
      }
      await this.participations.softDelete(agencyId, participant.id);
      // The soft delete bumped the version of the row this transaction holds locked.
      await this.changes.append(this.change(agencyId, { ...participant, version: participant.version + 1 }, 'deleted'));
    });
  }

  /** Participation events carry the participation's own id (its versions never restart), and its fair. */
  private change(agencyId: string, row: { id: string; fairId: string; version: number }, action: string, fields: string[] = []): RecordChange {
    return { agencyId, fairId: row.fairId, recordType: 'participation', recordId: row.id, version: row.version, action, changedFields: fields };
  }

  private async fairFound(agencyId: string, fairId: string, forShare = false): Promise<void> {
    const fair = forShare ? await this.fairs.findByIdForShare(agencyId, fairId) : await this.fairs.findById(agencyId, fairId);
    if (!fair) throw new NotFoundProblem('Fair', fairId);
  }

  /** The live participation, locked for update, under a share lock on its fair. */
  private async found(agencyId: string, fairId: string, companyId: string): Promise<Participant> {
    await this.fairFound(agencyId, fairId, true);
    const participant = await this.participations.findByCompanyForUpdate(agencyId, fairId, companyId);
    if (!participant) throw new NotFoundProblem('Participant', companyId);
    return participant;
  }

  private async oncePerFair<T>(companyId: string, write: () => Promise<T>): Promise<T> {
    try {
      return await write();
    } catch (error) {
      if (isUniqueViolation(error, 'participations_fair_id_company_id_key')) {
        throw new ConflictProblem(`Company ${companyId} already participates in this fair`);
      }
      throw error;
    }
  }
}
