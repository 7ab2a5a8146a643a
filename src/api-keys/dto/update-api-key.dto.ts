import { ApiPropertyOptional, PartialType, PickType } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsArray, IsOptional, IsUUID } from 'class-validator';
import { CreateApiKeyDto } from './create-api-key.dto.js';

/** A key's name, scopes and fairs; its secret changes only by rotation, its expiry not at all. */
export class UpdateApiKeyDto extends PartialType(PickType(CreateApiKeyDto, ['name', 'scopes'] as const)) {
  @ApiPropertyOptional({ type: [String], format: 'uuid', nullable: true, description: 'Limit the key to these fairs; null for every fair' })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(500)
  @ArrayUnique()
  @IsUUID('all', { each: true, message: 'each fairId must be a UUID' })
  fairIds?: string[] | null;
}
