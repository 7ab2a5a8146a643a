import { Injectable } from '@nestjs/common';
import { UnknownReferenceProblem, NotFoundProblem, RuleProblem } from '../common/errors.js';
import { type Page, type PageQueryDto, toPage } from '../common/pagination.js';
import { ConflictProblem } from '../common/problem.js';
import { Transactions } from '../database/transactions.js';
import type { ApiKeyPrincipal } from '../tenancy/principal.js';
import { hashKeySecret, newKeySecret } from './api-key-secret.js';
import type { ApiKey } from './api-key.entity.js';
import { ApiKeysRepository } from './api-keys.repository.js';
import { ApiKeyDto, type ApiKeyWithSecretDto } from './dto/api-key.dto.js';
import type { CreateApiKeyDto } from './dto/create-api-key.dto.js';
import type { ApiKeyScope } from '../tenancy/scopes.js';

/** Scopes on records that are not attributed to a fair: a fair-limited key cannot carry them. */
const AGENCY_WIDE_SCOPES: ApiKeyScope[] = ['companies:read', 'buyers:read', 'buyers:pii'];

@Injectable()
export class ApiKeysService {
  constructor(
    private readonly keys: ApiKeysRepository,
    private readonly transactions: Transactions,
  ) {}

  /** The principal for an `X-API-Key` secret, or null when it is unknown, revoked or expired. */
  async authenticate(secret: string): Promise<ApiKeyPrincipal | null> {
    const row = await this.keys.findActiveAndTouch(hashKeySecret(secret));
    return row && { kind: 'apiKey', keyId: row.id, agencyId: row.agency_id, scopes: row.scopes, fairIds: row.fair_ids };
  }

  async list(agencyId: string, page: PageQueryDto): Promise<Page<ApiKeyDto>> {
    return toPage(await this.keys.list(agencyId, page), page.limit, (key) => ApiKeyDto.from(key));
  }

  async get(agencyId: string, id: string): Promise<ApiKeyDto> {
    return ApiKeyDto.from(await this.found(agencyId, id));
  }

  async create(agencyId: string, userId: string, input: CreateApiKeyDto): Promise<ApiKeyWithSecretDto> {
    const fairIds = input.fairIds ?? null;
    if (fairIds) {
      const wide = input.scopes.filter((scope) => AGENCY_WIDE_SCOPES.includes(scope));
      if (wide.length > 0) {
        throw new RuleProblem('scopes', `a key limited to fairs cannot have ${wide.join(', ')}: companies and buyers are not attributed to one fair`);
      }
    }
    if (input.expiresAt !== undefined && Date.parse(input.expiresAt) <= Date.now()) {
      throw new RuleProblem('expiresAt', 'must be in the future');
    }
    return this.transactions.run(async () => {
      if (fairIds && (await this.keys.countFairs(agencyId, fairIds)) !== fairIds.length) {
        throw new UnknownReferenceProblem('fairIds', 'fair');
      }
      const { prefix, secret, secretHash } = newKeySecret();
      const key = await this.keys.insert({
        agencyId,
        name: input.name,
        prefix,
        secretHash,
        scopes: input.scopes,
        fairIds,
        expiresAt: input.expiresAt === undefined ? null : new Date(input.expiresAt),
        revokedAt: null,
        lastUsedAt: null,
        createdBy: userId,
      });
      return { ...ApiKeyDto.from(key), secret };
    });
  }

  /** Effective on the key's next request: every request reads the key afresh. */
  async revoke(agencyId: string, id: string): Promise<ApiKeyDto> {
    return this.transactions.run(async () => {
      const key = await this.found(agencyId, id);
      if (key.revokedAt === null) {
        key.revokedAt = new Date();
        return ApiKeyDto.from(await this.keys.save(key));
      }
      return ApiKeyDto.from(key);
    });
  }

  /** A new secret for the same key (same id, scopes and fairs); the old secret stops working at once. */
  async rotate(agencyId: string, id: string): Promise<ApiKeyWithSecretDto> {
    return this.transactions.run(async () => {
      const key = await this.found(agencyId, id);
      if (key.revokedAt !== null) throw new ConflictProblem('The key is revoked; create a new one');
      const { prefix, secret, secretHash } = newKeySecret();
      Object.assign(key, { prefix, secretHash });
      return { ...ApiKeyDto.from(await this.keys.save(key)), secret };
    });
  }

  private async found(agencyId: string, id: string): Promise<ApiKey> {
    const key = await this.keys.findById(agencyId, id);
    if (!key) throw new NotFoundProblem('API key', id);
    return key;
  }
}
