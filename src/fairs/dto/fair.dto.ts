import { ApiProperty } from '@nestjs/swagger';
import { FAIR_KINDS, type FairKind } from '../fair-kind.js';
import type { Fair } from '../fair.entity.js';

export class FairDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: 'cmef' }) series: string;
  @ApiProperty({ example: 'CMEF 2017' }) name: string;
  @ApiProperty({ type: 'integer', example: 2017 }) year: number;
  @ApiProperty({ example: 'Shanghai' }) city: string;
  @ApiProperty({ example: 'CN' }) country: string;
  @ApiProperty({ nullable: true, type: String }) venue: string | null;
  @ApiProperty({ format: 'date', example: '2017-05-15' }) startsOn: string;
  @ApiProperty({ format: 'date', example: '2017-05-18' }) endsOn: string;
  @ApiProperty({ example: 'Asia/Shanghai' }) timezone: string;
  @ApiProperty({ enum: FAIR_KINDS }) kind: FairKind;
  @ApiProperty() version: number;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ format: 'date-time' }) updatedAt: string;

  static from(fair: Fair): FairDto {
    return {
      id: fair.id,
      series: fair.series,
      name: fair.name,
      year: fair.year,
      city: fair.city,
      country: fair.country,
      venue: fair.venue,
      startsOn: fair.startsOn,
      endsOn: fair.endsOn,
      timezone: fair.timezone,
      kind: fair.kind,
      version: fair.version,
      createdAt: fair.createdAt.toISOString(),
      updatedAt: fair.updatedAt.toISOString(),
    };
  }
}

export class FairPageDto {
  @ApiProperty({ type: [FairDto] }) data: FairDto[];
  @ApiProperty({ nullable: true, type: String }) nextCursor: string | null;
}
