import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsEmail, IsIn, IsISO31661Alpha2, IsOptional, IsString, MaxLength, MinLength } from 'class-validator';
import { LowerCase, Trim, UpperCase } from '../../common/dto-fields.js';
import { BUYER_TYPES, type BuyerType } from '../buyer-type.js';

export class CreateBuyerDto {
  @ApiProperty({ example: 'Charité Medical Supplies GmbH' })
  @Trim()
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  organisation: string;

  @ApiPropertyOptional({ example: 'Anna Schmidt', description: 'Personal data' })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(200)
  contactName?: string;

  @ApiPropertyOptional({
    example: 'a.schmidt@charite-supplies.example',
    description: 'Personal data; stored lower-case and unique in the agency',
  })
  @IsOptional()
  @LowerCase()
  @IsEmail({}, { message: 'email must be an email address' })
  @MaxLength(254)
  email?: string;

  @ApiPropertyOptional({ example: '+49 30 1234 5678', description: 'Personal data' })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(50)
  phone?: string;

  @ApiProperty({ example: 'DE', description: 'ISO 3166-1 alpha-2 country code' })
  @UpperCase()
  @IsISO31661Alpha2({ message: 'country must be an ISO 3166-1 alpha-2 code, e.g. DE' })
  country: string;

  @ApiPropertyOptional({ enum: BUYER_TYPES })
  @IsOptional()
  @IsIn(BUYER_TYPES, { message: `buyerType must be one of: ${BUYER_TYPES.join(', ')}` })
  buyerType?: BuyerType;
}
