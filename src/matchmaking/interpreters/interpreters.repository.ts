import { Injectable } from '@nestjs/common';
import { NotFoundProblem } from '../../common/errors.js';
import { assertVersion } from '../../common/etag.js';
import { type Page, type PageQueryDto, toPage, keysetSql } from '../../common/pagination.js';
import { ConflictProblem } from '../../common/problem.js';
import { Transactions } from '../../database/transactions.js';
import { camelKeys } from '../../common/case.js';
import { type CreateInterpreterDto, InterpreterDto, type UpdateInterpreterDto } from './interpreter.dto.js';

interface InterpreterRow {
  id: string;
  name: string;
  languages: string[];
  version: number;
  createdAt: Date;
  updatedAt: Date;
}

const COLUMNS = 'id, name, languages, version, created_at, updated_at';

/** Interpreters are agency resources; availability is their meetings (the database refuses overlaps). */
@Injectable()
export class InterpretersRepository {
  constructor(private readonly transactions: Transactions) {}

  async list(agencyId: string, page: PageQueryDto): Promise<Page<InterpreterDto>> {
    const after = keysetSql('i', page, 1);
    const rows = await this.transactions.manager.query<Record<string, unknown>[]>(
      `SELECT ${COLUMNS} FROM interpreters i WHERE i.agency_id = $1 AND i.deleted_at IS NULL${after.where}${after.tail}`,
      [agencyId, ...after.params],
    );
    return toPage(rows.map((row) => camelKeys<InterpreterRow>(row)), page.limit, (row) => InterpreterDto.from(row));
  }

  async find(agencyId: string, id: string, lock = false): Promise<InterpreterRow> {
    const [row] = await this.transactions.manager.query<Record<string, unknown>[]>(
      `SELECT ${COLUMNS} FROM interpreters WHERE agency_id = $1 AND id = $2 AND deleted_at IS NULL${lock ? ' FOR UPDATE' : ''}`,
      [agencyId, id],
    );
    if (!row) throw new NotFoundProblem('Interpreter', id);
    return camelKeys(row);
  }

  async get(agencyId: string, id: string): Promise<InterpreterDto> {
    return InterpreterDto.from(await this.find(agencyId, id));
  }

  async create(agencyId: string, input: CreateInterpreterDto): Promise<InterpreterDto> {
    // In a transaction of its own, like every write: it tells the audit log who writes.
    const [row] = await this.transactions.run((manager) =>
      manager.query<Record<string, unknown>[]>(`INSERT INTO interpreters (agency_id, name, languages) VALUES ($1, $2, $3) RETURNING ${COLUMNS}`, [
        agencyId,
        input.name,
        [...new Set(input.languages)],
      ]),
    );
    return InterpreterDto.from(camelKeys(row));
  }

  update(agencyId: string, id: string, changes: UpdateInterpreterDto, expectedVersion?: number): Promise<InterpreterDto> {
    return this.transactions.run(async (manager) => {
      const current = await this.find(agencyId, id, true);
      assertVersion(expectedVersion, current.version, `Interpreter ${id}`);
      const [[row]] = await manager.query<[Record<string, unknown>[]]>(
        `UPDATE interpreters SET name = $3, languages = $4, version = version + 1, updated_at = now()
          WHERE agency_id = $1 AND id = $2 RETURNING ${COLUMNS}`,
        [agencyId, id, changes.name ?? current.name, [...new Set(changes.languages ?? current.languages)]],
      );
      return InterpreterDto.from(camelKeys(row));
    });
  }

  /** Soft delete; refused while the interpreter still has meetings to come. */
  async remove(agencyId: string, id: string): Promise<void> {
    await this.transactions.run(async (manager) => {
      await this.find(agencyId, id, true);
      const [busy] = await manager.query<unknown[]>(
        `SELECT 1 FROM meetings WHERE agency_id = $1 AND interpreter_id = $2 AND status = 'scheduled' LIMIT 1`,
        [agencyId, id],
      );
      if (busy) throw new ConflictProblem(`Interpreter ${id} still has scheduled meetings; reassign or cancel them first`);
      await manager.query('UPDATE interpreters SET deleted_at = now() WHERE agency_id = $1 AND id = $2', [agencyId, id]);
    });
  }
}
