import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsDefined, IsOptional, IsString, IsUUID, MaxLength, ValidateNested } from 'class-validator';
import { IsCalendarDate } from '../../../common/dates.js';
import { MoneyDto } from '../../../common/money.js';

export class CreateShipmentDto {
  @ApiProperty({ format: 'uuid', description: 'A provisional or signed contract of your agency' })
  @IsUUID('all', { message: 'contractId must be a UUID' })
  contractId: string;

  @ApiProperty({ example: '2017-09-04', description: "Not before the fair's first day" })
  @IsCalendarDate({ message: 'shippedOn must be a date written YYYY-MM-DD' })
  shippedOn: string;

  @ApiProperty({ type: MoneyDto })
  @IsDefined({ message: 'value is required' })
  @ValidateNested()
  @Type(() => MoneyDto)
  value: MoneyDto;

  @ApiPropertyOptional({ maxLength: 5000 })
  @IsOptional()
  @IsString()
  @MaxLength(5000)
  note?: string;
}
