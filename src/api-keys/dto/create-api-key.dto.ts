import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsArray, IsIn, IsOptional, IsString, IsUUID, MaxLength, MinLength } from 'class-validator';
import { Trim } from '../../common/dto-fields.js';
import { API_KEY_SCOPES, type ApiKeyScope } from '../../tenancy/scopes.js';
import { IsIsoDateTime } from '../../common/dates.js';

export class CreateApiKeyDto {
  @ApiProperty({ example: 'KOTRA Frankfurt', maxLength: 200, description: 'The partner the key is for' })
  @Trim()
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  name: string;

  @ApiProperty({ enum: API_KEY_SCOPES, isArray: true, example: ['fairs:read', 'outcomes:read'] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayUnique()
  @IsIn(API_KEY_SCOPES, { each: true, message: `each scope must be one of: ${API_KEY_SCOPES.join(', ')}` })
  scopes: ApiKeyScope[];

  @ApiPropertyOptional({ type: [String], format: 'uuid', description: 'Limit the key to these fairs; omit for every fair' })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(500)
  @ArrayUnique()
  @IsUUID('all', { each: true, message: 'each fairId must be a UUID' })
  fairIds?: string[];

  @ApiPropertyOptional({ format: 'date-time', description: 'When the key stops working; omit for no expiry' })
  @IsOptional()
  @IsIsoDateTime()
  expiresAt?: string;
}
