import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsString, Matches, MaxLength, MinLength } from 'class-validator';
import { Trim } from '../../common/dto-fields.js';

/** ISO 639-1 language codes, lower case ("en", "ar", "zh"). */
export const LANGUAGE = /^[a-z]{2}$/;
export const LANGUAGE_MESSAGE = 'must be an ISO 639-1 language code such as en, ar, zh';

export class CreateInterpreterDto {
  @ApiProperty({ example: 'Kim Min-ji' })
  @Trim()
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  name: string;

  @ApiProperty({ type: [String], example: ['en', 'ar'], description: 'ISO 639-1 codes of the languages interpreted (to and from Korean)' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @Matches(LANGUAGE, { each: true, message: `languages ${LANGUAGE_MESSAGE}` })
  languages: string[];
}

export class UpdateInterpreterDto extends PartialType(CreateInterpreterDto) {}

export class InterpreterDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty({ type: [String] }) languages: string[];
  @ApiProperty() version: number;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ format: 'date-time' }) updatedAt: string;

  static from(row: { id: string; name: string; languages: string[]; version: number; createdAt: Date; updatedAt: Date }): InterpreterDto {
    return { id: row.id, name: row.name, languages: row.languages, version: row.version, createdAt: row.createdAt.toISOString(), updatedAt: row.updatedAt.toISOString() };
  }
}

export class InterpreterPageDto {
  @ApiProperty({ type: [InterpreterDto] }) data: InterpreterDto[];
  @ApiPropertyOptional({ nullable: true, type: String }) nextCursor: string | null;
}
