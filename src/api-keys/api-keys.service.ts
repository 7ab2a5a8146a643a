import { Injectable } from '@nestjs/common';
import { UnknownReferenceProblem, NotFoundProblem, RuleProblem } from '../common/errors.js';
import { type Page, type PageQueryDto, toPage } from '../common/pagination.js';
import { assertVersion } from '../common/etag.js';
import { ConflictProblem } from '../common/problem.js';
import { rejectNulls } from '../common/validation.js';
import { Transactions } from '../database/transactions.js';
import { PrincipalCache, type Keep } from '../tenancy/principal-cache.js';
import type { ApiKeyPrincipal } from '../tenancy/principal.js';
import { hashKeySecret, newKeySecret } from './api-key-secret.js';
import { ApiKeyUses } from './api-key-uses.js';
import type { ApiKey } from './api-key.entity.js';
import { ApiKeysRepository } from './api-keys.repository.js';
import { ApiKeyDto, type ApiKeyWithSecretDto } from './dto/api-key.dto.js';
import type { CreateApiKeyDto } from './dto/create-api-key.dto.js';
import type { UpdateApiKeyDto } from './dto/update-api-key.dto.js';
import type { ApiKeyScope } from '../tenancy/scopes.js';

/** Scopes on records that are not attributed to a fair: a fair-limited key cannot carry them. */
const AGENCY_WIDE_SCOPES: ApiKeyScope[] = ['companies:read', 'buyers:read', 'buyers:pii'];

/** A live key as each API process keeps it, until it changes, for a minute at most, and never past its expiry. */
interface LiveKey {
  principal: ApiKeyPrincipal;
  expiresAt: number | null;
}

/** Looked up by secret hash, dropped by key id; a refused secret is not kept (anyone can send one). */
const KEEP_LIVE_KEY: Keep<LiveKey> = { misses: false, id: (key) => key.principal.keyId, notAfter: (key) => key.expiresAt };

@Injectable()
export class ApiKeysService {
  constructor(
    private readonly keys: ApiKeysRepository,
    private readonly transactions: Transactions,
    private readonly principals: PrincipalCache,
    private readonly uses: ApiKeyUses,
  ) {}

  /**
   * The principal for an `X-API-Key` secret, or null when it is unknown, revoked or expired. A key
   * this process has seen costs no database round trip: every change below drops it in every process.
   */
  async authenticate(secret: string): Promise<ApiKeyPrincipal | null> {
    const secretHash = hashKeySecret(secret);
    const key = await this.principals.get('apiKey', secretHash, () => this.live(secretHash), KEEP_LIVE_KEY);
    if (!key) return null;
    this.uses.note(key.principal.agencyId, key.principal.keyId);
    return key.principal;
  }

  async list(agencyId: string, page: PageQueryDto): Promise<Page<ApiKeyDto>> {
    return toPage(await this.keys.list(agencyId, page), page.limit, (key) => ApiKeyDto.from(key));
  }

  async get(agencyId: string, id: string): Promise<ApiKeyDto> {
    return ApiKeyDto.from(await this.found(agencyId, id));
  }

  async create(agencyId: string, userId: string, input: CreateApiKeyDto): Promise<ApiKeyWithSecretDto> {
    const fairIds = input.fairIds ?? null;
    assertScopesFit(input.scopes, fairIds);
    if (input.expiresAt !== undefined && Date.parse(input.expiresAt) <= Date.now()) {
      throw new RuleProblem('expiresAt', 'must be in the future');
    }
    return this.transactions.run(async () => {
      if (fairIds) await this.assertFairsExist(agencyId, fairIds);
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

  /** Narrows or widens a key's scopes or fairs, or renames it: effective on the key's next request, in every process. */
  async update(agencyId: string, id: string, changes: UpdateApiKeyDto, expectedVersion: number | undefined): Promise<ApiKeyDto> {
    rejectNulls(changes, ['name', 'scopes']);
    return this.transactions.run(async () => {
      const key = await this.keys.findByIdForUpdate(agencyId, id);
      if (!key) throw new NotFoundProblem('API key', id);
      assertVersion(expectedVersion, key.version, `API key ${id}`);
      if (key.revokedAt !== null) throw new ConflictProblem('The key is revoked; create a new one');
      const scopes = changes.scopes ?? key.scopes;
      const fairIds = changes.fairIds === undefined ? key.fairIds : changes.fairIds;
      assertScopesFit(scopes, fairIds);
      if (changes.fairIds) await this.assertFairsExist(agencyId, changes.fairIds);
      Object.assign(key, { name: changes.name ?? key.name, scopes, fairIds });
      const saved = await this.keys.save(key);
      await this.forgetOnCommit(id);
      return ApiKeyDto.from(saved);
    });
  }

  /** Effective on the key's next request, in every API process. */
  async revoke(agencyId: string, id: string): Promise<ApiKeyDto> {
    return this.transactions.run(async () => {
      const key = await this.found(agencyId, id);
      if (key.revokedAt === null) {
        key.revokedAt = new Date();
        const saved = await this.keys.save(key);
        await this.forgetOnCommit(id);
        return ApiKeyDto.from(saved);
      }
      return ApiKeyDto.from(key);
    });
  }

  /** A new secret for the same key (same id, scopes and fairs); the old secret stops working at once, in every API process. */
  async rotate(agencyId: string, id: string): Promise<ApiKeyWithSecretDto> {
    return this.transactions.run(async () => {
      const key = await this.found(agencyId, id);
      if (key.revokedAt !== null) throw new ConflictProblem('The key is revoked; create a new one');
      const { prefix, secret, secretHash } = newKeySecret();
      Object.assign(key, { prefix, secretHash });
      const saved = await this.keys.save(key);
      await this.forgetOnCommit(id);
      return { ...ApiKeyDto.from(saved), secret };
    });
  }

  /** The live key with this secret hash, as the cache keeps it (frozen: every request shares it). */
  private async live(secretHash: string): Promise<LiveKey | null> {
    const row = await this.keys.findActive(secretHash);
    if (!row) return null;
    const principal: ApiKeyPrincipal = Object.freeze({
      kind: 'apiKey',
      keyId: row.id,
      agencyId: row.agency_id,
      scopes: Object.freeze([...row.scopes]),
      fairIds: row.fair_ids && Object.freeze([...row.fair_ids]),
    });
    return { principal, expiresAt: row.expires_at?.getTime() ?? null };
  }

  /**
   * Every API process drops the key once the change has committed (before, one could read the old
   * row again and keep it); the request answers after they have acknowledged.
   */
  private forgetOnCommit(keyId: string): Promise<void> {
    return this.transactions.whenCommitted(() => this.principals.invalidate('apiKey', keyId));
  }

  private async assertFairsExist(agencyId: string, fairIds: string[]): Promise<void> {
    if ((await this.keys.countFairs(agencyId, fairIds)) !== fairIds.length) throw new UnknownReferenceProblem('fairIds', 'fair');
  }

  private async found(agencyId: string, id: string): Promise<ApiKey> {
    const key = await this.keys.findById(agencyId, id);
    if (!key) throw new NotFoundProblem('API key', id);
    return key;
  }
}

function assertScopesFit(scopes: readonly ApiKeyScope[], fairIds: readonly string[] | null): void {
  if (!fairIds) return;
  const wide = scopes.filter((scope) => AGENCY_WIDE_SCOPES.includes(scope));
  if (wide.length > 0) {
    throw new RuleProblem('scopes', `a key limited to fairs cannot have ${wide.join(', ')}: companies and buyers are not attributed to one fair`);
  }
}
