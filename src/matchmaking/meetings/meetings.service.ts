import { Injectable } from '@nestjs/common';
import { ChangeFeed } from '../../changes/change-feed.js';
import { changedFields } from '../../changes/changed-fields.js';
import { RuleProblem, UnknownReferenceProblem } from '../../common/errors.js';
import { assertVersion } from '../../common/etag.js';
import { type Page, toPage } from '../../common/pagination.js';
import { ConflictProblem } from '../../common/problem.js';
import { ConsultationsService } from '../../consultations/consultations.service.js';
import type { ConsultationDto } from '../../consultations/dto/consultation.dto.js';
import { ReferencesRepository } from '../../consultations/references.repository.js';
import { Transactions } from '../../database/transactions.js';
import { InterpretersRepository } from '../interpreters/interpreters.repository.js';
import { SessionsRepository } from '../sessions/sessions.repository.js';
import { meetingConflict, outsideHours } from './meeting-conflict.js';
import { type ListMeetingsDto, MeetingDto, type MeetingRow, type RequestMeetingDto, type ScheduleMeetingDto } from './meeting.dto.js';
import { meetingChange } from './meeting-change.js';
import { type MeetingAction, TRANSITIONS } from './meeting-status.js';
import { MeetingsRepository } from './meetings.repository.js';

const MINUTE = 60_000;

/**
 * Pre-arranged meetings of a fair. Every write locks its meeting, checks the lifecycle and the
 * If-Match version, and appends its change event in the same transaction; double bookings and slots
 * outside session hours are refused by the database itself and answered 409 naming the conflict.
 */
@Injectable()
export class MeetingsService {
  constructor(
    private readonly meetings: MeetingsRepository,
    private readonly sessions: SessionsRepository,
    private readonly interpreters: InterpretersRepository,
    private readonly references: ReferencesRepository,
    private readonly consultations: ConsultationsService,
    private readonly changes: ChangeFeed,
    private readonly transactions: Transactions,
  ) {}

  async list(agencyId: string, fairId: string, filter: ListMeetingsDto): Promise<Page<MeetingDto>> {
    await this.sessions.fair(agencyId, fairId);
    return toPage(await this.meetings.list(agencyId, fairId, filter), filter.limit, (row) => MeetingDto.from(row));
  }

  async get(agencyId: string, fairId: string, id: string): Promise<MeetingDto> {
    return MeetingDto.from(await this.meetings.find(agencyId, fairId, id));
  }

  async request(agencyId: string, userId: string, fairId: string, input: RequestMeetingDto): Promise<MeetingDto> {
    await this.sessions.fair(agencyId, fairId);
    await this.references.exhibitingAt(agencyId, fairId, input.companyId);
    await this.references.buyerCountry(agencyId, input.buyerId, undefined);
    return this.transactions.run(async () => {
      const row = await this.meetings.insert({
        agencyId,
        fairId,
        companyId: input.companyId,
        buyerId: input.buyerId,
        language: input.language ?? null,
        notes: input.notes ?? null,
        requestedBy: userId,
      });
      await this.changes.append(meetingChange(agencyId, row, 'created'));
      return MeetingDto.from(row);
    });
  }

  transition(agencyId: string, fairId: string, id: string, action: MeetingAction, expectedVersion?: number): Promise<MeetingDto> {
    return this.write(agencyId, fairId, id, expectedVersion, async (row) => {
      const { from, to } = TRANSITIONS[action];
      if (!from.includes(row.status)) throw this.wrongStatus(row, to, from);
      return this.meetings.setStatus(agencyId, id, to);
    });
  }

  /** Puts an accepted meeting (or moves a scheduled one) into a slot, a table and, if needed, an interpreter. */
  schedule(agencyId: string, fairId: string, id: string, input: ScheduleMeetingDto, expectedVersion?: number): Promise<MeetingDto> {
    return this.write(agencyId, fairId, id, expectedVersion, async (row) => {
      if (row.status !== 'accepted' && row.status !== 'scheduled') throw this.wrongStatus(row, 'scheduled', ['accepted', 'scheduled']);
      const session = await this.sessions.find(agencyId, fairId, input.sessionId, 'sessionId');
      const startsAt = new Date(input.startsAt);
      const endsAt = new Date(startsAt.getTime() + session.slotMinutes * MINUTE);
      const sessionStart = Date.parse(session.startsAt);
      if (startsAt.getTime() < sessionStart || endsAt.getTime() > Date.parse(session.endsAt)) {
        throw outsideHours(`The slot ${startsAt.toISOString()}–${endsAt.toISOString()} lies outside the session (${session.startsAt}–${session.endsAt})`);
      }
      if ((startsAt.getTime() - sessionStart) % (session.slotMinutes * MINUTE) !== 0) {
        throw new RuleProblem('startsAt', `must start one of the session's ${session.slotMinutes}-minute slots (from ${session.startsAt})`);
      }
      if (input.tableNumber > session.tables) throw new RuleProblem('tableNumber', `the session has tables 1 to ${session.tables}`);
      const interpreterId = await this.interpreterFor(agencyId, row.language, input.interpreterId);
      return this.meetings.setSlot(agencyId, id, { sessionId: session.id, tableNumber: input.tableNumber, startsAt, endsAt, interpreterId });
    });
  }

  /** A held meeting becomes a consultation once, through the consultations service (USD, stale marks, rules). */
  async toConsultation(agencyId: string, userId: string, fairId: string, id: string): Promise<ConsultationDto> {
    return this.transactions.run(async () => {
      const row = await this.meetings.find(agencyId, fairId, id, true);
      if (row.status !== 'held') throw new ConflictProblem(`Meeting ${id} is ${row.status}; only a held meeting becomes a consultation`);
      if (row.consultationId !== null) {
        throw new ConflictProblem(`Meeting ${id} is already consultation ${row.consultationId}`, { consultationId: row.consultationId });
      }
      const consultation = await this.consultations.create(agencyId, userId, {
        fairId,
        companyId: row.companyId,
        buyerId: row.buyerId,
        occurredAt: (row.startsAt as Date).toISOString(),
        type: row.interpreterId === null ? 'booth' : 'interpreted',
        ...(row.notes === null ? {} : { notes: row.notes }),
      });
      await this.meetings.linkConsultation(agencyId, id, consultation.id);
      await this.changes.append(meetingChange(agencyId, { ...row, version: row.version + 1 }, 'updated', ['consultationId']));
      return consultation;
    });
  }

  private async write(
    agencyId: string,
    fairId: string,
    id: string,
    expectedVersion: number | undefined,
    change: (row: MeetingRow) => Promise<MeetingRow>,
  ): Promise<MeetingDto> {
    try {
      return await this.transactions.run(async () => {
        const row = await this.meetings.find(agencyId, fairId, id, true);
        assertVersion(expectedVersion, row.version, `Meeting ${id}`);
        const saved = await change(row);
        const fields = changedFields(MeetingDto.from(row), MeetingDto.from(saved));
        await this.changes.append(meetingChange(agencyId, saved, saved.status, fields));
        return MeetingDto.from(saved);
      });
    } catch (error) {
      throw meetingConflict(error) ?? error;
    }
  }

  private async interpreterFor(agencyId: string, language: string | null, interpreterId: string | undefined): Promise<string | null> {
    if (interpreterId === undefined) {
      if (language !== null) throw new RuleProblem('interpreterId', `the meeting needs an interpreter for "${language}"`);
      return null;
    }
    const interpreter = await this.interpreters.find(agencyId, interpreterId).catch(() => {
      throw new UnknownReferenceProblem('interpreterId', 'interpreter');
    });
    if (language !== null && !interpreter.languages.includes(language)) {
      throw new RuleProblem('interpreterId', `the interpreter does not speak "${language}" (speaks ${interpreter.languages.join(', ')})`);
    }
    return interpreter.id;
  }

  private wrongStatus(row: MeetingRow, to: string, from: string[]): ConflictProblem {
    return new ConflictProblem(`Meeting ${row.id} is ${row.status}; it becomes ${to} only from ${from.join(' or ')}`, { meetingStatus: row.status });
  }
}
