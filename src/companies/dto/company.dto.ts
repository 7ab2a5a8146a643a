import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { LANGUAGES, type Language } from '../../common/language.js';
import type { Company } from '../company.entity.js';

const PERSONAL = 'Personal data: absent for API keys without the buyers:pii scope';

export class CompanyDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty({ nullable: true, type: String }) localName: string | null;
  @ApiProperty({ nullable: true, type: String }) registrationNumber: string | null;
  @ApiProperty({ nullable: true, type: String }) region: string | null;
  @ApiProperty({ type: [String] }) productCategories: string[];
  @ApiProperty({ type: [String] }) certifications: string[];
  @ApiProperty({ nullable: true, type: String }) website: string | null;
  @ApiPropertyOptional({ nullable: true, type: String, description: PERSONAL }) contactName?: string | null;
  @ApiPropertyOptional({ nullable: true, type: String, description: PERSONAL }) contactEmail?: string | null;
  @ApiPropertyOptional({ nullable: true, type: String, description: PERSONAL }) contactPhone?: string | null;
  @ApiProperty({ enum: LANGUAGES, description: 'The language of its follow-up questionnaires and their emails' }) language: Language;
  @ApiProperty() version: number;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ format: 'date-time' }) updatedAt: string;

  /**
   * The one place a company becomes a response. Without `personalData` (see `canReadPersonalData`)
   * the contact's name, email and phone are left out altogether, as for buyers.
   */
  static from(company: Company, personalData = true): CompanyDto {
    return {
      id: company.id,
      name: company.name,
      localName: company.localName,
      registrationNumber: company.registrationNumber,
      region: company.region,
      productCategories: company.productCategories,
      certifications: company.certifications,
      website: company.website,
      ...(personalData
        ? { contactName: company.contactName, contactEmail: company.contactEmail, contactPhone: company.contactPhone }
        : {}),
      language: company.language,
      version: company.version,
      createdAt: company.createdAt.toISOString(),
      updatedAt: company.updatedAt.toISOString(),
    };
  }
}

export class CompanyPageDto {
  @ApiProperty({ type: [CompanyDto] }) data: CompanyDto[];
  @ApiProperty({ nullable: true, type: String }) nextCursor: string | null;
}
