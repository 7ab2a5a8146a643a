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
}

@Injectable()
export class ApiKeysRepository {
  constructor(private readonly transactions: Transactions) {}

  private get repo() {
    return this.transactions.manager.getRepository(ApiKey);
  }

  /**
   * Every request with a key runs this: the live (unrevoked, unexpired) key with this secret hash, in
   * one round trip that also records its use (at most once a minute, to spare the row).
   */
  async findActiveAndTouch(secretHash: string): Promise<ActiveKeyRow | null> {
    const [row] = await prepared<ActiveKeyRow>(
      this.transactions.manager,
      'active-api-key',
      `WITH key AS (
         SELECT id, agency_id, scopes, fair_ids, last_used_at FROM api_keys
          WHERE secret_hash = $1 AND revoked_at IS NULL AND (expires_at IS NULL OR expires_at > now())),
       touched AS (
         UPDATE api_keys SET last_used_at = now()
          WHERE id = (SELECT id FROM key) AND (last_used_at IS NULL OR last_used_at < now() - interval '1 minute'))
       SELECT id, agency_id, scopes, fair_ids FROM key`,
      [secretHash],
    );
    return row ?? null;
  }

  findById(agencyId: string, id: string): Promise<ApiKey | null> {
    return this.repo.findOneBy({ agencyId, id });
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
