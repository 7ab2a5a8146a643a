import { ApiProperty } from '@nestjs/swagger';
import type { ApiKey } from '../api-key.entity.js';
import { API_KEY_SCOPES, type ApiKeyScope } from '../../tenancy/scopes.js';

export class ApiKeyDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty({ example: 'pvk_1a2b3c4d', description: 'Identifies the key in lists and logs; not a secret' }) prefix: string;
  @ApiProperty({ enum: API_KEY_SCOPES, isArray: true }) scopes: ApiKeyScope[];
  @ApiProperty({ type: [String], format: 'uuid', nullable: true }) fairIds: string[] | null;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) expiresAt: string | null;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) revokedAt: string | null;
  @ApiProperty({ format: 'date-time', nullable: true, type: String, description: 'To the minute' }) lastUsedAt: string | null;
  @ApiProperty() version: number;
  @ApiProperty({ format: 'date-time' }) createdAt: string;

  static from(key: ApiKey): ApiKeyDto {
    return {
      id: key.id,
      name: key.name,
      prefix: key.prefix,
      scopes: key.scopes,
      fairIds: key.fairIds,
      expiresAt: key.expiresAt?.toISOString() ?? null,
      revokedAt: key.revokedAt?.toISOString() ?? null,
      lastUsedAt: key.lastUsedAt?.toISOString() ?? null,
      version: key.version,
      createdAt: key.createdAt.toISOString(),
    };
  }
}

/** Create and rotate answer the secret, once: only its hash is stored. */
export class ApiKeyWithSecretDto extends ApiKeyDto {
  @ApiProperty({ example: 'pvk_1a2b3c4d_…', description: 'Send as the X-API-Key header. Shown once' }) secret: string;
}

export class ApiKeyPageDto {
  @ApiProperty({ type: [ApiKeyDto] }) data: ApiKeyDto[];
  @ApiProperty({ nullable: true, type: String }) nextCursor: string | null;
}
