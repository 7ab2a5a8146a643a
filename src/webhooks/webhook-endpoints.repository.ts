import { Injectable } from '@nestjs/common';
import type { ApiKeyScope } from '../tenancy/scopes.js';
import { camelKeys } from '../common/case.js';
import { keysetSql, type PageQueryDto } from '../common/pagination.js';
import { Transactions } from '../database/transactions.js';

/** An endpoint as the API shows it: everything but its secrets. */
export interface EndpointRow {
  id: string;
  agencyId: string;
  url: string;
  description: string | null;
  eventTypes: string[];
  fairIds: string[] | null;
  scopes: ApiKeyScope[];
  enabled: boolean;
  disabledReason: string | null;
  disabledAt: Date | null;
  previousSecretExpiresAt: Date | null;
  version: number;
  createdAt: Date;
  updatedAt: Date;
}

/** What an admin may change (the service has checked it). */
export interface EndpointSettings {
  url: string;
  description: string | null;
  eventTypes: string[];
  fairIds: string[] | null;
  scopes: ApiKeyScope[];
}

const COLUMNS = `id, agency_id, url, description, event_types, fair_ids, scopes, enabled, disabled_reason, disabled_at,
  previous_secret_expires_at, version, created_at, updated_at`;

/** Webhook endpoints, always within one agency. Secrets are stored sealed (WebhookSecretBox). */
@Injectable()
export class WebhookEndpointsRepository {
  constructor(private readonly transactions: Transactions) {}

  private async rows(sql: string, params: unknown[]): Promise<EndpointRow[]> {
    const rows = await this.transactions.manager.query<Record<string, unknown>[]>(sql, params);
    return rows.map((row) => camelKeys<EndpointRow>(row));
  }

  /** An UPDATE … RETURNING: TypeORM answers `[rows, count]` for those. */
  private async updated(sql: string, params: unknown[]): Promise<EndpointRow> {
    const [[row]] = await this.transactions.manager.query<[Record<string, unknown>[], number]>(sql, params);
    return camelKeys<EndpointRow>(row);
  }

  /** `limit + 1` rows in creation order (the extra one tells whether a next page exists). */
  list(agencyId: string, page: PageQueryDto): Promise<EndpointRow[]> {
    const after = keysetSql('w', page, 1);
    return this.rows(`SELECT ${COLUMNS} FROM webhook_endpoints w WHERE w.agency_id = $1${after.where}${after.tail}`, [agencyId, ...after.params]);
  }

  async findById(agencyId: string, id: string, forUpdate = false): Promise<EndpointRow | null> {
    const [row] = await this.rows(`SELECT ${COLUMNS} FROM webhook_endpoints WHERE agency_id = $1 AND id = $2${forUpdate ? ' FOR UPDATE' : ''}`, [agencyId, id]);
    return row ?? null;
  }

  /** How many of these fairs the agency has (live). */
  async countFairs(agencyId: string, fairIds: string[]): Promise<number> {
    const [row] = await this.transactions.manager.query<{ n: number }[]>(
      'SELECT count(*)::int AS n FROM fairs WHERE agency_id = $1 AND id = ANY($2::uuid[]) AND deleted_at IS NULL',
      [agencyId, fairIds],
    );
    return row.n;
  }

  async insert(agencyId: string, id: string, settings: EndpointSettings, enabled: boolean, sealedSecret: string, createdBy: string): Promise<EndpointRow> {
    const [row] = await this.rows(
      `INSERT INTO webhook_endpoints (id, agency_id, url, description, event_types, fair_ids, scopes, enabled, disabled_reason, disabled_at, secret_ciphertext, created_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, CASE WHEN $8 THEN NULL ELSE 'disabled by an admin' END, CASE WHEN $8 THEN NULL ELSE now() END, $9, $10)
       RETURNING ${COLUMNS}`,
      [id, agencyId, settings.url, settings.description, settings.eventTypes, settings.fairIds, settings.scopes, enabled, sealedSecret, createdBy],
    );
    return row;
  }

  /** New settings; `enabled` false records why, true clears it. */
  update(agencyId: string, id: string, settings: EndpointSettings, enabled: boolean): Promise<EndpointRow> {
    return this.updated(
      `UPDATE webhook_endpoints
          SET url = $3, description = $4, event_types = $5, fair_ids = $6, scopes = $7, enabled = $8,
              disabled_reason = CASE WHEN $8 THEN NULL WHEN enabled THEN 'disabled by an admin' ELSE disabled_reason END,
              disabled_at = CASE WHEN $8 THEN NULL WHEN enabled THEN now() ELSE disabled_at END,
              version = version + 1, updated_at = now()
        WHERE agency_id = $1 AND id = $2
        RETURNING ${COLUMNS}`,
      [agencyId, id, settings.url, settings.description, settings.eventTypes, settings.fairIds, settings.scopes, enabled],
    );
  }

  /** A new secret; the current one stays valid (signing beside it) until `previousExpiresAt`. */
  rotateSecret(agencyId: string, id: string, sealedSecret: string, previousExpiresAt: Date): Promise<EndpointRow> {
    return this.updated(
      `UPDATE webhook_endpoints
          SET previous_secret_ciphertext = secret_ciphertext, previous_secret_expires_at = $4, secret_ciphertext = $3,
              version = version + 1, updated_at = now()
        WHERE agency_id = $1 AND id = $2
        RETURNING ${COLUMNS}`,
      [agencyId, id, sealedSecret, previousExpiresAt],
    );
  }

  /** By the sender: the endpoint answered 410, or has failed for longer than the retry window. Audited (as `system`). */
  async disable(agencyId: string, id: string, reason: string): Promise<void> {
    await this.transactions.manager.query(
      `UPDATE webhook_endpoints SET enabled = false, disabled_reason = $3, disabled_at = now(), version = version + 1, updated_at = now()
        WHERE agency_id = $1 AND id = $2 AND enabled`,
      [agencyId, id, reason],
    );
  }

  async delete(agencyId: string, id: string): Promise<void> {
    await this.transactions.manager.query('DELETE FROM webhook_endpoints WHERE agency_id = $1 AND id = $2', [agencyId, id]);
  }
}
