import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { RecordFiltersDto } from '../../common/record-filters.js';
import { CONTRACT_STATUSES, type ContractStatus } from '../contract-status.js';

/** `from`/`to` compare with signedOn (inclusive). */
export class ListContractsDto extends RecordFiltersDto {
  @ApiPropertyOptional({ enum: CONTRACT_STATUSES })
  @IsOptional()
  @IsIn(CONTRACT_STATUSES, { message: `status must be one of: ${CONTRACT_STATUSES.join(', ')}` })
  status?: ContractStatus;
}
