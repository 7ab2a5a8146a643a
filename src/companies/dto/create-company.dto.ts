import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsEmail, IsIn, IsOptional, IsString, IsUrl, MaxLength, MinLength } from 'class-validator';
import { Trim, UpperCase } from '../../common/dto-fields.js';
import { LANGUAGES, type Language } from '../../common/language.js';

export class CreateCompanyDto {
  @ApiProperty({ example: 'Wonju Medical Devices Co., Ltd.' })
  @Trim()
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  name: string;

  @ApiPropertyOptional({ example: '원주메디칼', description: 'Name in local script' })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(200)
  localName?: string;

  @ApiPropertyOptional({ example: '224-81-12345', description: 'Business registration number, unique in the agency' })
  @IsOptional()
  @Trim()
  @IsString()
  @MinLength(1)
  @MaxLength(50)
  registrationNumber?: string;

  @ApiPropertyOptional({ example: 'Gangwon' })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(100)
  region?: string;

  @ApiPropertyOptional({ type: [String], example: ['patient monitoring', 'diagnostic imaging'] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @MaxLength(100, { each: true })
  productCategories?: string[];

  @ApiPropertyOptional({ type: [String], example: ['CE', 'FDA', 'MFDS'] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @UpperCase()
  @IsString({ each: true })
  @MaxLength(50, { each: true })
  certifications?: string[];

  @ApiPropertyOptional({ example: 'https://wonju-medical.example' })
  @IsOptional()
  @IsUrl({ require_protocol: true, protocols: ['http', 'https'] }, { message: 'website must be an http(s) URL' })
  @MaxLength(500)
  website?: string;

  @ApiPropertyOptional({ example: 'Lee Seo-yeon' })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(200)
  contactName?: string;

  @ApiPropertyOptional({ example: 'export@wonju-medical.example' })
  @IsOptional()
  @IsEmail({}, { message: 'contactEmail must be an email address' })
  @MaxLength(254)
  contactEmail?: string;

  @ApiPropertyOptional({ example: '+82 33 123 4567' })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(50)
  contactPhone?: string;

  @ApiPropertyOptional({ enum: LANGUAGES, description: 'The language of its follow-up questionnaires and their emails (default ko)' })
  @IsOptional()
  @IsIn(LANGUAGES, { message: `language must be one of: ${LANGUAGES.join(', ')}` })
  language?: Language;
}
