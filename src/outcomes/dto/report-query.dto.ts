import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsInt, IsOptional, Max, Min } from 'class-validator';
import { QueryInt } from '../../common/dto-fields.js';

const LANGUAGES = ['ko', 'en'] as const;

export class ReportQueryDto {
  @ApiPropertyOptional({ enum: LANGUAGES, description: "Country and company names in Korean or English; default Korean for a KRW agency, else English" })
  @IsOptional()
  @IsIn(LANGUAGES, { message: 'lang must be ko or en' })
  lang?: (typeof LANGUAGES)[number];
}

export class YearlyReportQueryDto extends ReportQueryDto {
  @ApiPropertyOptional({ example: 2017, description: 'Default: the current year (UTC)' })
  @IsOptional()
  @QueryInt()
  @IsInt({ message: 'year must be a year such as 2017' })
  @Min(1990, { message: 'year must be 1990 or later' })
  @Max(2100, { message: 'year must be 2100 or earlier' })
  year?: number;
}
