import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsEmail, IsIn, IsISO31661Alpha2, IsOptional, IsString, MaxLength } from 'class-validator';
import { PersonalDataFilter } from '../../tenancy/personal-data-filter.decorator.js';
import { LowerCase, UpperCase } from '../../common/dto-fields.js';
import { PageQueryDto } from '../../common/pagination.js';
import { BUYER_TYPES, type BuyerType } from '../buyer-type.js';

export class ListBuyersDto extends PageQueryDto {
  @ApiPropertyOptional({ example: 'DE', description: 'ISO 3166-1 alpha-2 country code' })
  @IsOptional()
  @UpperCase()
  @IsISO31661Alpha2({ message: 'country must be an ISO 3166-1 alpha-2 code, e.g. DE' })
  country?: string;

  @ApiPropertyOptional({ enum: BUYER_TYPES })
  @IsOptional()
  @IsIn(BUYER_TYPES, { message: `buyerType must be one of: ${BUYER_TYPES.join(', ')}` })
  buyerType?: BuyerType;

  @ApiPropertyOptional({ description: 'Exact email, in any letter case. Personal data: API keys need the buyers:pii scope (else 403)' })
  @PersonalDataFilter()
  @IsOptional()
  @LowerCase()
  @IsEmail({}, { message: 'email must be an email address' })
  @MaxLength(254)
  email?: string;

  /** The organisation only: it is not personal data, so no scope beyond buyers:read is needed. */
  @ApiPropertyOptional({ description: 'Case-insensitive substring of the organisation (never of contact name, email or phone)' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  q?: string;
}
