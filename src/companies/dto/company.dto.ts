import { ApiProperty } from '@nestjs/swagger';
import type { Company } from '../company.entity.js';

export class CompanyDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty({ nullable: true, type: String }) localName: string | null;
  @ApiProperty({ nullable: true, type: String }) registrationNumber: string | null;
  @ApiProperty({ nullable: true, type: String }) region: string | null;
  @ApiProperty({ type: [String] }) productCategories: string[];
  @ApiProperty({ type: [String] }) certifications: string[];
  @ApiProperty({ nullable: true, type: String }) website: string | null;
  @ApiProperty({ nullable: true, type: String }) contactName: string | null;
  @ApiProperty({ nullable: true, type: String }) contactEmail: string | null;
  @ApiProperty({ nullable: true, type: String }) contactPhone: string | null;
  @ApiProperty() version: number;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ format: 'date-time' }) updatedAt: string;

  static from(company: Company): CompanyDto {
    return {
      id: company.id,
      name: company.name,
      localName: company.localName,
      registrationNumber: company.registrationNumber,
      region: company.region,
      productCategories: company.productCategories,
      certifications: company.certifications,
      website: company.website,
      contactName: company.contactName,
      contactEmail: company.contactEmail,
      contactPhone: company.contactPhone,
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
