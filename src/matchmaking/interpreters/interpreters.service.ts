import { Injectable } from '@nestjs/common';
import { assertVersion } from '../../common/etag.js';
import type { Page, PageQueryDto } from '../../common/pagination.js';
import { ConflictProblem } from '../../common/problem.js';
import { Transactions } from '../../database/transactions.js';
import { type CreateInterpreterDto, InterpreterDto, type UpdateInterpreterDto } from './interpreter.dto.js';
import { InterpretersRepository } from './interpreters.repository.js';

const unique = (values: string[]) => [...new Set(values)];

/** Interpreters are agency resources: languages listed once each, If-Match on updates, no deletion while booked. */
@Injectable()
export class InterpretersService {
  constructor(
    private readonly interpreters: InterpretersRepository,
    private readonly transactions: Transactions,
  ) {}

  list(agencyId: string, page: PageQueryDto): Promise<Page<InterpreterDto>> {
    return this.interpreters.list(agencyId, page);
  }

  async get(agencyId: string, id: string): Promise<InterpreterDto> {
    return InterpreterDto.from(await this.interpreters.find(agencyId, id));
  }

  async create(agencyId: string, input: CreateInterpreterDto): Promise<InterpreterDto> {
    // In a transaction of its own, like every write: it tells the audit log who writes.
    const row = await this.transactions.run(() => this.interpreters.insert(agencyId, input.name, unique(input.languages)));
    return InterpreterDto.from(row);
  }

  update(agencyId: string, id: string, changes: UpdateInterpreterDto, expectedVersion?: number): Promise<InterpreterDto> {
    return this.transactions.run(async () => {
      const current = await this.interpreters.find(agencyId, id, true);
      assertVersion(expectedVersion, current.version, `Interpreter ${id}`);
      const row = await this.interpreters.update(agencyId, id, changes.name ?? current.name, unique(changes.languages ?? current.languages));
      return InterpreterDto.from(row);
    });
  }

  /** Soft delete; refused while the interpreter still has meetings to come. */
  async remove(agencyId: string, id: string): Promise<void> {
    await this.transactions.run(async () => {
      await this.interpreters.find(agencyId, id, true);
      if (await this.interpreters.hasScheduledMeetings(agencyId, id)) {
        throw new ConflictProblem(`Interpreter ${id} still has scheduled meetings; reassign or cancel them first`);
      }
      await this.interpreters.softDelete(agencyId, id);
    });
  }
}
