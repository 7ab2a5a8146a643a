import { ApiProperty } from '@nestjs/swagger';
import { applyDecorators } from '@nestjs/common';
import { ArrayMaxSize, IsArray, IsISO31661Alpha2, Matches } from 'class-validator';
import { LowerCase, UpperCase } from '../../common/dto-fields.js';
import { SLUG } from '../categories/categories.dto.js';

const CERTIFICATION = /^[A-Z0-9][A-Z0-9 .-]{0,39}$/;

/** Category slugs, lower-cased; each must be in the agency's vocabulary (checked by the service). */
const CategorySlugs = (): PropertyDecorator =>
  applyDecorators(
    ApiProperty({ type: [String], example: ['patient-monitoring'], description: 'Slugs from GET /v1/categories' }),
    LowerCase(),
    IsArray(),
    ArrayMaxSize(50),
    Matches(SLUG, { each: true, message: 'categories must hold category slugs' }),
  );

export class PutCompanyProfileDto {
  @CategorySlugs()
  categories: string[];

  @ApiProperty({ type: [String], example: ['CE', 'MFDS'] })
  @IsArray()
  @ArrayMaxSize(50)
  @UpperCase()
  @Matches(CERTIFICATION, { each: true, message: 'certifications must be codes such as CE, FDA, MFDS' })
  certifications: string[];

  @ApiProperty({ type: [String], example: ['VN', 'DE'], description: 'ISO 3166-1 alpha-2 countries the company sells to' })
  @IsArray()
  @ArrayMaxSize(250)
  @UpperCase()
  @IsISO31661Alpha2({ each: true, message: 'targetMarkets must hold ISO 3166-1 alpha-2 codes' })
  targetMarkets: string[];
}

export class PutBuyerProfileDto {
  @CategorySlugs()
  categories: string[];

  @ApiProperty({ type: [String], example: ['CE'], description: "Certifications the buyer requires, beyond what its market needs" })
  @IsArray()
  @ArrayMaxSize(50)
  @UpperCase()
  @Matches(CERTIFICATION, { each: true, message: 'requiredCertifications must be codes such as CE, FDA, MFDS' })
  requiredCertifications: string[];
}

export class CompanyProfileDto {
  @ApiProperty({ format: 'uuid' }) companyId: string;
  @ApiProperty({ type: [String] }) categories: string[];
  @ApiProperty({ type: [String] }) certifications: string[];
  @ApiProperty({ type: [String] }) targetMarkets: string[];
  @ApiProperty({ description: '0 until the profile is first written' }) version: number;
}

export class BuyerProfileDto {
  @ApiProperty({ format: 'uuid' }) buyerId: string;
  @ApiProperty({ type: [String] }) categories: string[];
  @ApiProperty({ type: [String] }) requiredCertifications: string[];
  @ApiProperty({ description: '0 until the profile is first written' }) version: number;
}
