import { ApiPropertyOptional, IntersectionType, PickType } from '@nestjs/swagger';
import { IsIn, IsOptional, IsUUID } from 'class-validator';
import { IsCalendarDate } from '../../../common/dates.js';
import { PageQueryDto } from '../../../common/pagination.js';
import { RecordFiltersDto } from '../../../common/record-filters.js';
import { SHIPMENT_EVIDENCE, type ShipmentEvidence } from '../shipment-evidence.js';

/**
 * `fairId` and `companyId` (the contract's company) as every record list takes them; `from`/`to`
 * are calendar dates compared with shippedOn (inclusive), not instants.
 */
export class ListShipmentsDto extends IntersectionType(PageQueryDto, PickType(RecordFiltersDto, ['fairId', 'companyId'] as const)) {
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID('all', { message: 'contractId must be a UUID' })
  contractId?: string;

  @ApiPropertyOptional({ enum: SHIPMENT_EVIDENCE })
  @IsOptional()
  @IsIn(SHIPMENT_EVIDENCE, { message: `evidence must be one of: ${SHIPMENT_EVIDENCE.join(', ')}` })
  evidence?: ShipmentEvidence;

  @ApiPropertyOptional({ example: '2017-06-01' })
  @IsOptional()
  @IsCalendarDate({ message: 'from must be a date written YYYY-MM-DD' })
  from?: string;

  @ApiPropertyOptional({ example: '2017-12-31' })
  @IsOptional()
  @IsCalendarDate({ message: 'to must be a date written YYYY-MM-DD' })
  to?: string;
}

/** The shipments of one contract. */
export class ListContractShipmentsDto extends PageQueryDto {}
