import { ApiPropertyOptional, OmitType } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, IsUUID, Matches, MaxLength } from 'class-validator';
import { PageQueryDto } from '../../common/pagination.js';

/** Pages like every list (`limit`), but the cursor is the last entry's id: the log is ordered by it. */
export class ListAuditDto extends OmitType(PageQueryDto, ['cursor'] as const) {
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

  @ApiPropertyOptional({ enum: ['user', 'api_key', 'company_link', 'system'] })
  @IsOptional()
  @IsIn(['user', 'api_key', 'company_link', 'system'], { message: 'actorType must be user, api_key, company_link or system' })
  actorType?: string;

  @ApiPropertyOptional({ description: "Opaque cursor from the previous page's `nextCursor`" })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  @Matches(/^[1-9][0-9]{0,18}$/, { message: 'cursor is not one this API issued' })
  cursor?: string;
}
