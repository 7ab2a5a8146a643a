import { ApiProperty } from '@nestjs/swagger';
import { AuditEntryDto } from '../../audit/dto/audit-entry.dto.js';
import { ConsultationDto } from '../../consultations/dto/consultation.dto.js';
import { ContractDto } from '../../contracts/dto/contract.dto.js';
import { BuyerDto } from '../../buyers/dto/buyer.dto.js';

/** Everything Pavilion holds about one buyer (a data-subject access request), deleted records included. */
export class BuyerPersonalDataDto {
  @ApiProperty({ format: 'date-time' }) exportedAt: string;
  @ApiProperty({ type: BuyerDto }) buyer: BuyerDto;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) buyerDeletedAt: string | null;
  @ApiProperty({ type: [ConsultationDto] }) consultations: ConsultationDto[];
  @ApiProperty({ type: [ContractDto] }) contracts: ContractDto[];
  @ApiProperty({ type: [AuditEntryDto], description: 'Writes to the buyer record; personal data is never kept in the log' })
  history: AuditEntryDto[];
}
