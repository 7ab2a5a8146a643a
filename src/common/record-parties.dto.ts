import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsISO31661Alpha2, IsOptional, IsUUID, ValidateIf } from 'class-validator';
import { UpperCase } from './dto-fields.js';

/** Who a consultation or contract is between, at which fair: the fields both bodies share. */
export class RecordPartiesDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID('all', { message: 'fairId must be a UUID' })
  fairId: string;

  @ApiProperty({ format: 'uuid', description: 'Must exhibit at the fair' })
  @IsUUID('all', { message: 'companyId must be a UUID' })
  companyId: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID('all', { message: 'buyerId must be a UUID' })
  buyerId?: string;

  @ApiPropertyOptional({ example: 'CN', description: 'ISO 3166-1 alpha-2; required without buyerId, else taken from the buyer' })
  @ValidateIf((body: RecordPartiesDto) => body.buyerId === undefined || body.buyerCountry !== undefined)
  @UpperCase()
  @IsISO31661Alpha2({ message: 'buyerCountry must be an ISO 3166-1 alpha-2 code (it is required without buyerId)' })
  buyerCountry?: string;
}
