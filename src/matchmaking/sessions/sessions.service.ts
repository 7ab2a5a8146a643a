import { Injectable } from '@nestjs/common';
import { isDriverError, RuleProblem } from '../../common/errors.js';
import { ConflictProblem } from '../../common/problem.js';
import { Transactions } from '../../database/transactions.js';
import type { CreateSessionDto, SessionDto } from './session.dto.js';
import { SessionsRepository } from './sessions.repository.js';

/**
 * Meeting sessions: on a day of the fair, never overlapping another session of the fair (the database
 * refuses it), deleted only while they have no meetings (likewise), and never edited.
 */
@Injectable()
export class SessionsService {
  constructor(
    private readonly sessions: SessionsRepository,
    private readonly transactions: Transactions,
  ) {}

  async list(agencyId: string, fairId: string): Promise<SessionDto[]> {
    await this.sessions.fair(agencyId, fairId);
    return this.sessions.list(agencyId, fairId);
  }

  async create(agencyId: string, fairId: string, input: CreateSessionDto): Promise<SessionDto> {
    const fair = await this.sessions.fair(agencyId, fairId);
    if (input.date < fair.startsOn || input.date > fair.endsOn) {
      throw new RuleProblem('date', `must be a day of the fair (${fair.startsOn} to ${fair.endsOn})`);
    }
    try {
      // In a transaction of its own, like every write: it tells the audit log who writes.
      const id = await this.transactions.run(() => this.sessions.insert(agencyId, fair, input));
      return await this.sessions.find(agencyId, fairId, id);
    } catch (error) {
      if (isDriverError(error, '23P01')) {
        throw new ConflictProblem('The session overlaps another meeting session of this fair');
      }
      throw error;
    }
  }

  async remove(agencyId: string, fairId: string, id: string): Promise<void> {
    await this.sessions.find(agencyId, fairId, id);
    try {
      await this.transactions.run(() => this.sessions.delete(agencyId, id));
    } catch (error) {
      if (isDriverError(error, '23503')) {
        throw new ConflictProblem('The session has meetings; cancel or move them first');
      }
      throw error;
    }
  }
}
