import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsInt, IsISO31661Alpha2, IsOptional, Matches, Max, Min } from 'class-validator';
import { QueryInt, UpperCase } from '../../common/dto-fields.js';

export class RollupQueryDto {
  @ApiPropertyOptional({ example: 2017 })
  @IsOptional()
  @QueryInt()
  @IsInt()
  @Min(1990)
  @Max(2100)
  year?: number;

  @ApiPropertyOptional({ example: 'cmef' })
  @IsOptional()
  @Matches(/^[a-z0-9]+(-[a-z0-9]+)*$/, { message: 'series must be a slug such as cmef or arab-health' })
  series?: string;

  @ApiPropertyOptional({ example: 'CN', description: "The fair's country" })
  @IsOptional()
  @UpperCase()
  @IsISO31661Alpha2({ message: 'country must be an ISO 3166-1 alpha-2 code' })
  country?: string;
}
