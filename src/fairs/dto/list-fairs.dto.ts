import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsInt, IsISO31661Alpha2, IsOptional, Matches, Max, Min } from 'class-validator';
import { QueryInt, UpperCase } from '../../common/dto-fields.js';
import { PageQueryDto } from '../../common/pagination.js';
import { FAIR_KINDS, type FairKind } from '../fair-kind.js';
import { MAX_FAIR_YEAR, MIN_FAIR_YEAR } from './create-fair.dto.js';
import { IsCalendarDate, IsOnOrAfter } from '../../common/dates.js';
import { SERIES_SLUG } from './fair-fields.js';

export class ListFairsDto extends PageQueryDto {
  @ApiPropertyOptional({ type: 'integer', minimum: MIN_FAIR_YEAR, maximum: MAX_FAIR_YEAR })
  @IsOptional()
  @QueryInt()
  @IsInt()
  @Min(MIN_FAIR_YEAR)
  @Max(MAX_FAIR_YEAR)
  year?: number;

  @ApiPropertyOptional({ example: 'cmef' })
  @IsOptional()
  @Matches(SERIES_SLUG, { message: 'series must be a lower-case slug such as cmef or arab-health' })
  series?: string;

  @ApiPropertyOptional({ example: 'CN', description: 'ISO 3166-1 alpha-2' })
  @IsOptional()
  @UpperCase()
  @IsISO31661Alpha2({ message: 'country must be an ISO 3166-1 alpha-2 code such as CN' })
  country?: string;

  @ApiPropertyOptional({ enum: FAIR_KINDS })
  @IsOptional()
  @IsIn(FAIR_KINDS, { message: `kind must be one of ${FAIR_KINDS.join(', ')}` })
  kind?: FairKind;

  @ApiPropertyOptional({ format: 'date', description: 'Fairs starting on or after this date' })
  @IsOptional()
  @IsCalendarDate()
  from?: string;

  @ApiPropertyOptional({ format: 'date', description: 'Fairs starting on or before this date' })
  @IsOptional()
  @IsCalendarDate()
  @IsOnOrAfter('from')
  to?: string;
}
