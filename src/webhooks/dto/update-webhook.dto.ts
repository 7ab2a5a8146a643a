import { ApiPropertyOptional, OmitType, PartialType } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsArray, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { Trim } from '../../common/dto-fields.js';
import { CreateWebhookDto } from './create-webhook.dto.js';

/** Any of the create fields; `fairIds: null` means every fair again, `description: null` clears it. */
export class UpdateWebhookDto extends PartialType(OmitType(CreateWebhookDto, ['fairIds', 'description'] as const)) {
  @ApiPropertyOptional({ type: [String], format: 'uuid', nullable: true, description: 'Only events of these fairs; null for every fair' })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(500)
  @ArrayUnique()
  @IsUUID('all', { each: true, message: 'each fairId must be a UUID' })
  fairIds?: string[] | null;

  @ApiPropertyOptional({ maxLength: 500, nullable: true, type: String })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(500)
  description?: string | null;
}
