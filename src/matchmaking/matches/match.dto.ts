import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { QueryInt } from '../../common/dto-fields.js';
import { IsInt, IsOptional, IsUUID, Max, Min } from 'class-validator';

export class MatchQueryDto {
  @ApiPropertyOptional({ format: 'uuid', description: 'Suggest exhibitors for this buyer (give exactly one of buyerId, companyId)' })
  @IsOptional()
  @IsUUID('all', { message: 'buyerId must be a UUID' })
  buyerId?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'Suggest registered buyers for this exhibitor' })
  @IsOptional()
  @IsUUID('all', { message: 'companyId must be a UUID' })
  companyId?: string;

  @ApiPropertyOptional({ minimum: 1, maximum: 200, default: 20 })
  @IsOptional()
  @QueryInt()
  @IsInt()
  @Min(1)
  @Max(200)
  limit: number = 20;
}

export class MatchReasonDto {
  @ApiProperty({ enum: ['sharedCategory', 'targetMarket', 'certification', 'missingCertification', 'earlierConsultations', 'earlierContracts'] })
  kind: string;
  @ApiProperty({ description: 'Points this reason adds (negative: takes off)' }) points: number;
  @ApiPropertyOptional() category?: string;
  @ApiPropertyOptional() country?: string;
  @ApiPropertyOptional() certification?: string;
  @ApiPropertyOptional() count?: number;
}

/** A suggestion; a buyer appears by organisation, country and type only (no contact data). */
export class MatchDto {
  @ApiProperty({ format: 'uuid' }) companyId: string;
  @ApiProperty() companyName: string;
  @ApiProperty({ format: 'uuid' }) buyerId: string;
  @ApiProperty() buyerOrganisation: string;
  @ApiProperty({ example: 'DE' }) buyerCountry: string;
  @ApiProperty({ nullable: true, type: String }) buyerType: string | null;
  @ApiProperty() score: number;
  @ApiProperty({ type: [MatchReasonDto] }) reasons: MatchReasonDto[];
}

export class MatchListDto {
  @ApiProperty({ type: [MatchDto] }) data: MatchDto[];
}
