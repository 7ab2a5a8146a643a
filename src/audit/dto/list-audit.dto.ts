import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min } from 'class-validator';
import { MAX_PAGE_SIZE } from '../../common/pagination.js';

export class ListAuditDto {
  @ApiPropertyOptional({ format: 'uuid', description: 'Writes to this record' })
  @IsOptional()
  @IsUUID('all', { message: 'recordId must be a UUID' })
  recordId?: string;

  @ApiPropertyOptional({ example: 'consultations', description: 'Writes to this kind of record (table name)' })
  @IsOptional()
  @Matches(/^[a-z_]{1,63}$/, { message: 'entity must be a table name such as consultations' })
  entity?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'Writes by this user or API key' })
  @IsOptional()
  @IsUUID('all', { message: 'actorId must be a UUID' })
  actorId?: string;

  @ApiPropertyOptional({ enum: ['user', 'api_key', 'system'] })
  @IsOptional()
  @IsIn(['user', 'api_key', 'system'], { message: 'actorType must be user, api_key or system' })
  actorType?: string;

  @ApiPropertyOptional({ minimum: 1, maximum: MAX_PAGE_SIZE, default: 50 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  limit: number = 50;

  @ApiPropertyOptional({ description: "Opaque cursor from the previous page's `nextCursor`" })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  @Matches(/^[1-9][0-9]{0,18}$/, { message: 'cursor is not one this API issued' })
  cursor?: string;
}
