import { Injectable } from '@nestjs/common';
import { NotFoundProblem } from '../../common/errors.js';
import { type Page, type PageQueryDto, toPage, keysetSql } from '../../common/pagination.js';
import { Transactions } from '../../database/transactions.js';
import { camelKeys } from '../../common/case.js';
import { InterpreterDto } from './interpreter.dto.js';

export interface InterpreterRow {
  id: string;
  name: string;
  languages: string[];
  version: number;
  createdAt: Date;
  updatedAt: Date;
}

const COLUMNS = 'id, name, languages, version, created_at, updated_at';

/** Interpreters' queries (the rules are in InterpretersService); availability is their meetings (the database refuses overlaps). */
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

  async insert(agencyId: string, name: string, languages: string[]): Promise<InterpreterRow> {
    const [row] = await this.transactions.manager.query<Record<string, unknown>[]>(
      `INSERT INTO interpreters (agency_id, name, languages) VALUES ($1, $2, $3) RETURNING ${COLUMNS}`,
      [agencyId, name, languages],
    );
    return camelKeys(row);
  }

  async update(agencyId: string, id: string, name: string, languages: string[]): Promise<InterpreterRow> {
    const [[row]] = await this.transactions.manager.query<[Record<string, unknown>[]]>(
      `UPDATE interpreters SET name = $3, languages = $4, version = version + 1, updated_at = now()
        WHERE agency_id = $1 AND id = $2 RETURNING ${COLUMNS}`,
      [agencyId, id, name, languages],
    );
    return camelKeys(row);
  }

  async hasScheduledMeetings(agencyId: string, id: string): Promise<boolean> {
    const [busy] = await this.transactions.manager.query<unknown[]>(
      `SELECT 1 FROM meetings WHERE agency_id = $1 AND interpreter_id = $2 AND status = 'scheduled' LIMIT 1`,
      [agencyId, id],
    );
    return busy !== undefined;
  }

  async softDelete(agencyId: string, id: string): Promise<void> {
    await this.transactions.manager.query('UPDATE interpreters SET deleted_at = now() WHERE agency_id = $1 AND id = $2', [agencyId, id]);
  }
}
