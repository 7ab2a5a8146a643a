import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { RecordFiltersDto } from '../../common/record-filters.js';
import { CONTRACT_STATUSES, type ContractStatus, SIGNED_PHASES, type SignedPhase } from '../contract-status.js';

/** `from`/`to` compare with signedOn (inclusive). */
export class ListContractsDto extends RecordFiltersDto {
  @ApiPropertyOptional({ enum: CONTRACT_STATUSES })
  @IsOptional()
  @IsIn(CONTRACT_STATUSES, { message: `status must be one of: ${CONTRACT_STATUSES.join(', ')}` })
  status?: ContractStatus;

  @ApiPropertyOptional({ enum: SIGNED_PHASES, description: 'Signed (or provisionally signed) during the fair, or after it' })
  @IsOptional()
  @IsIn(SIGNED_PHASES, { message: `signedPhase must be one of: ${SIGNED_PHASES.join(', ')}` })
  signedPhase?: SignedPhase;
}
