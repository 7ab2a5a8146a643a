import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  IsIn,
  IsInt,
  IsISO31661Alpha2,
  IsOptional,
  IsString,
  IsTimeZone,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateIf,
} from 'class-validator';
import { Trim, UpperCase } from '../../common/dto-fields.js';
import { FAIR_KINDS, type FairKind } from '../fair-kind.js';
import { IsCalendarDate, IsOnOrAfter } from '../../common/dates.js';
import { SERIES_SLUG, ZONE_NAME } from './fair-fields.js';

export const MIN_FAIR_YEAR = 1990;
export const MAX_FAIR_YEAR = 2100;

export class CreateFairDto {
  @ApiProperty({ example: 'cmef', description: 'Slug of the series: lower-case words joined by hyphens', pattern: SERIES_SLUG.source })
  @Trim()
  @IsString()
  @MaxLength(100)
  @Matches(SERIES_SLUG, { message: 'series must be a lower-case slug such as cmef or arab-health' })
  series: string;

  @ApiProperty({ example: 'CMEF 2017' })
  @Trim()
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  name: string;

  @ApiProperty({ type: 'integer', example: 2017, minimum: MIN_FAIR_YEAR, maximum: MAX_FAIR_YEAR })
  @IsInt()
  @Min(MIN_FAIR_YEAR)
  @Max(MAX_FAIR_YEAR)
  year: number;

  @ApiProperty({ example: 'Shanghai' })
  @Trim()
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  city: string;

  @ApiProperty({ example: 'CN', description: 'ISO 3166-1 alpha-2' })
  @UpperCase()
  @IsISO31661Alpha2({ message: 'country must be an ISO 3166-1 alpha-2 code such as CN' })
  country: string;

  @ApiPropertyOptional({ example: 'National Exhibition and Convention Center', nullable: true, type: String })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(200)
  venue?: string | null;

  @ApiProperty({ example: '2017-05-15', format: 'date' })
  @IsCalendarDate()
  startsOn: string;

  @ApiProperty({ example: '2017-05-18', format: 'date', description: 'On or after startsOn' })
  @IsCalendarDate()
  @IsOnOrAfter('startsOn')
  endsOn: string;

  @ApiProperty({ example: 'Asia/Shanghai', description: "IANA time zone of the venue: decides consultations' fair-local date" })
  @IsTimeZone({ message: 'timezone must be an IANA time zone such as Asia/Seoul' })
  @Matches(ZONE_NAME, { message: 'timezone must be an IANA time zone such as Asia/Seoul' })
  timezone: string;

  @ApiPropertyOptional({ enum: FAIR_KINDS, description: 'Defaults to `trade_fair`' })
  // May be left out (a trade fair) but not sent as null.
  @ValidateIf((_, value) => value !== undefined)
  @IsIn(FAIR_KINDS, { message: `kind must be one of ${FAIR_KINDS.join(', ')}` })
  kind?: FairKind;
}
