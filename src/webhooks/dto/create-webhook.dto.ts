import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsArray, IsBoolean, IsIn, IsOptional, IsString, IsUUID, MaxLength, ValidateBy } from 'class-validator';
import { API_KEY_SCOPES, type ApiKeyScope } from '../../tenancy/scopes.js';
import { Trim } from '../../common/dto-fields.js';
import { WEBHOOK_EVENT_PATTERNS } from '../event-types.js';

const isWebhookUrl = (value: unknown): boolean => {
  if (typeof value !== 'string' || !URL.canParse(value)) return false;
  const url = new URL(value);
  return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname !== '' && url.username === '' && url.password === '';
};

/** An absolute http(s) URL without credentials; whether its scheme and address are allowed is the service's rule (422). */
const IsWebhookUrl = (): PropertyDecorator =>
  ValidateBy({
    name: 'isWebhookUrl',
    validator: { validate: isWebhookUrl, defaultMessage: () => 'url must be an absolute http(s) URL without user name or password' },
  });

export class CreateWebhookDto {
  @ApiProperty({
    example: 'https://partner.example/pavilion-events',
    maxLength: 2048,
    description: 'Where events are POSTed. HTTPS (plain http only in development and tests); the host must resolve to public addresses only',
  })
  @IsString()
  @MaxLength(2048)
  @IsWebhookUrl()
  url: string;

  @ApiProperty({
    enum: WEBHOOK_EVENT_PATTERNS,
    isArray: true,
    example: ['consultation.created', 'contract.*', 'outcome.updated'],
    description: 'Event types to receive; `<record>.*` receives every event of that record. Each needs the scope that reads its record',
  })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(WEBHOOK_EVENT_PATTERNS.length)
  @ArrayUnique()
  @IsIn(WEBHOOK_EVENT_PATTERNS, { each: true, message: `each event type must be one of: ${WEBHOOK_EVENT_PATTERNS.join(', ')}` })
  eventTypes: string[];

  @ApiPropertyOptional({ type: [String], format: 'uuid', description: 'Only events of these fairs (events of companies and buyers belong to none); omit for every fair' })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(500)
  @ArrayUnique()
  @IsUUID('all', { each: true, message: 'each fairId must be a UUID' })
  fairIds?: string[];

  @ApiProperty({
    enum: API_KEY_SCOPES,
    isArray: true,
    example: ['consultations:read', 'contracts:read', 'outcomes:read'],
    description: 'What the endpoint may hear of, as for an API key with these scopes',
  })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayUnique()
  @IsIn(API_KEY_SCOPES, { each: true, message: `each scope must be one of: ${API_KEY_SCOPES.join(', ')}` })
  scopes: ApiKeyScope[];

  @ApiPropertyOptional({ description: 'A disabled endpoint receives nothing; true when left out' })
  @IsOptional()
  @IsBoolean()
  enabled?: boolean;

  @ApiPropertyOptional({ maxLength: 500, example: 'KOTRA Frankfurt CRM' })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(500)
  description?: string;
}
