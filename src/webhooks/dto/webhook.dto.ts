import { ApiProperty } from '@nestjs/swagger';
import { API_KEY_SCOPES, type ApiKeyScope } from '../../tenancy/scopes.js';
import { WEBHOOK_EVENT_PATTERNS } from '../event-types.js';
import type { EndpointRow } from '../webhook-endpoints.repository.js';

export class WebhookDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() url: string;
  @ApiProperty({ nullable: true, type: String }) description: string | null;
  @ApiProperty({ enum: WEBHOOK_EVENT_PATTERNS, isArray: true }) eventTypes: string[];
  @ApiProperty({ type: [String], format: 'uuid', nullable: true, description: 'Null: every fair' }) fairIds: string[] | null;
  @ApiProperty({ enum: API_KEY_SCOPES, isArray: true }) scopes: ApiKeyScope[];
  @ApiProperty() enabled: boolean;
  @ApiProperty({
    nullable: true,
    type: String,
    example: 'the endpoint answered 410 Gone',
    description: 'Why it is disabled: by an admin, a 410 answer, or failing for longer than the retry window',
  })
  disabledReason: string | null;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) disabledAt: string | null;
  @ApiProperty({ format: 'date-time', nullable: true, type: String, description: 'Until then deliveries are signed with the previous secret too' })
  previousSecretExpiresAt: string | null;
  @ApiProperty() version: number;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ format: 'date-time' }) updatedAt: string;

  static from(row: EndpointRow): WebhookDto {
    return {
      id: row.id,
      url: row.url,
      description: row.description,
      eventTypes: row.eventTypes,
      fairIds: row.fairIds,
      scopes: row.scopes,
      enabled: row.enabled,
      disabledReason: row.disabledReason,
      disabledAt: row.disabledAt?.toISOString() ?? null,
      previousSecretExpiresAt: row.previousSecretExpiresAt && row.previousSecretExpiresAt > new Date() ? row.previousSecretExpiresAt.toISOString() : null,
      version: row.version,
      createdAt: row.createdAt.toISOString(),
      updatedAt: row.updatedAt.toISOString(),
    };
  }
}

/** Create and rotate answer the signing secret, once: it is stored only encrypted, and never replayed. */
export class WebhookWithSecretDto extends WebhookDto {
  @ApiProperty({ example: 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw', description: 'Standard Webhooks signing secret. Shown once' }) secret: string;
}

export class WebhookPageDto {
  @ApiProperty({ type: [WebhookDto] }) data: WebhookDto[];
  @ApiProperty({ nullable: true, type: String }) nextCursor: string | null;
}
