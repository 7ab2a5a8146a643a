import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsISO31661Alpha2, IsOptional, IsUUID } from 'class-validator';
import { IsDateOrDateTime } from './dates.js';
import { UpperCase } from './dto-fields.js';
import { PageQueryDto } from './pagination.js';

/** The filters consultation and contract lists share. */
export class RecordFiltersDto extends PageQueryDto {
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID('all', { message: 'fairId must be a UUID' })
  fairId?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID('all', { message: 'companyId must be a UUID' })
  companyId?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID('all', { message: 'buyerId must be a UUID' })
  buyerId?: string;

  @ApiPropertyOptional({ example: 'CN', description: "The buyer's country (ISO 3166-1 alpha-2)" })
  @IsOptional()
  @UpperCase()
  @IsISO31661Alpha2({ message: 'country must be an ISO 3166-1 alpha-2 code' })
  country?: string;

  @ApiPropertyOptional({ example: '2017-05-15' })
  @IsOptional()
  @IsDateOrDateTime()
  from?: string;

  @ApiPropertyOptional({ example: '2017-05-18' })
  @IsOptional()
  @IsDateOrDateTime()
  to?: string;
}

export const isDateOnly = (value: string): boolean => /^\d{4}-\d{2}-\d{2}$/.test(value);
