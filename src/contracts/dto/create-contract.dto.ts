import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsBoolean, IsDefined, IsIn, IsOptional, IsString, IsUUID, MaxLength, ValidateIf, ValidateNested } from 'class-validator';
import { IsCalendarDate } from '../../common/dates.js';
import { MoneyDto } from '../../common/money.js';
import { RecordPartiesDto } from '../../common/record-parties.dto.js';
import { CONTRACT_STATUSES, type ContractStatus } from '../contract-status.js';

export class CreateContractDto extends RecordPartiesDto {
  @ApiPropertyOptional({ format: 'uuid', description: 'The consultation it grew from: same fair and company' })
  @IsOptional()
  @IsUUID('all', { message: 'consultationId must be a UUID' })
  consultationId?: string;

  @ApiProperty({ enum: CONTRACT_STATUSES, description: 'expected = 계약추진, provisional = 가계약, signed = 체결' })
  @IsIn(CONTRACT_STATUSES, { message: `status must be one of: ${CONTRACT_STATUSES.join(', ')}` })
  status: ContractStatus;

  @ApiPropertyOptional({ example: '2017-05-17', description: 'Required when status is signed' })
  @ValidateIf((body: CreateContractDto) => body.status === 'signed' || body.signedOn !== undefined)
  @IsCalendarDate({ message: 'signedOn must be a date written YYYY-MM-DD (required when status is signed)' })
  signedOn?: string;

  @ApiPropertyOptional({ description: "Signed during the fair (`signedPhase` on_site) or after it (later); defaults to whether signedOn lies within the fair's dates" })
  @IsOptional()
  @IsBoolean()
  onSite?: boolean;

  @ApiProperty({ type: MoneyDto })
  @IsDefined({ message: 'value is required' })
  @ValidateNested()
  @Type(() => MoneyDto)
  value: MoneyDto;

  @ApiPropertyOptional({ maxLength: 5000 })
  @IsOptional()
  @IsString()
  @MaxLength(5000)
  notes?: string;
}
