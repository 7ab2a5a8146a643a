import { Injectable } from '@nestjs/common';
import { keysetPage, type PageQueryDto } from '../common/pagination.js';
import { prepared } from '../database/prepared.js';
import { Transactions } from '../database/transactions.js';
import { ApiKey } from './api-key.entity.js';
import type { ApiKeyScope } from '../tenancy/scopes.js';

export interface ActiveKeyRow {
  id: string;
  agency_id: string;
  scopes: ApiKeyScope[];
  fair_ids: string[] | null;
  expires_at: Date | null;
}

/** A key's use, recorded later: see ApiKeyUses. */
export interface KeyUse {
  agencyId: string;
  keyId: string;
  at: Date;
}

@Injectable()
export class ApiKeysRepository {
  constructor(private readonly transactions: Transactions) {}

  private get repo() {
    return this.transactions.manager.getRepository(ApiKey);
  }

  /**
   * A request with a key the process does not hold runs this: the live (unrevoked, unexpired) key
   * with this secret hash. Its use is recorded later, off the request (`recordUses`).
   */
  async findActive(secretHash: string): Promise<ActiveKeyRow | null> {
    const [row] = await prepared<ActiveKeyRow>(
      this.transactions.manager,
      'live-api-key',
      `SELECT id, agency_id, scopes, fair_ids, expires_at FROM api_keys
        WHERE secret_hash = $1 AND revoked_at IS NULL AND (expires_at IS NULL OR expires_at > now())`,
      [secretHash],
    );
    return row ?? null;
  }

  /** Keys' last uses, in one statement; never moves a key's last use back (another process may have written a later one). */
  async recordUses(uses: KeyUse[]): Promise<void> {
    await this.transactions.manager.query(
      `UPDATE api_keys AS k SET last_used_at = u.at
         FROM unnest($1::uuid[], $2::uuid[], $3::timestamptz[]) AS u(agency_id, id, at)
        WHERE k.agency_id = u.agency_id AND k.id = u.id AND (k.last_used_at IS NULL OR k.last_used_at < u.at)`,
      [uses.map((use) => use.agencyId), uses.map((use) => use.keyId), uses.map((use) => use.at.toISOString())],
    );
  }

  findById(agencyId: string, id: string): Promise<ApiKey | null> {
    return this.repo.findOneBy({ agencyId, id });
  }

  /** The key, locked until the transaction ends: an edit checks its version and state against what it writes. */
  findByIdForUpdate(agencyId: string, id: string): Promise<ApiKey | null> {
    return this.repo.createQueryBuilder('k').setLock('pessimistic_write').where('k.id = :id AND k.agencyId = :agencyId', { id, agencyId }).getOne();
  }

  list(agencyId: string, page: PageQueryDto): Promise<ApiKey[]> {
    return keysetPage(this.repo.createQueryBuilder('k').where('k.agencyId = :agencyId', { agencyId }), 'k', page).getMany();
  }

  /** How many of these fairs the agency has (live). */
  async countFairs(agencyId: string, fairIds: string[]): Promise<number> {
    const [row] = await this.transactions.manager.query<{ n: number }[]>(
      'SELECT count(*)::int AS n FROM fairs WHERE agency_id = $1 AND id = ANY($2::uuid[]) AND deleted_at IS NULL',
      [agencyId, fairIds],
    );
    return row.n;
  }

  insert(key: Partial<ApiKey>): Promise<ApiKey> {
    return this.repo.save(this.repo.create(key));
  }

  save(key: ApiKey): Promise<ApiKey> {
    return this.repo.save(key);
  }
}
