import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsOptional, IsUUID, registerDecorator } from 'class-validator';
import { IMPORT_FIELDS } from '../columns.js';
import { IMPORT_KINDS, type ImportKind } from '../import.entity.js';

const toBool = ({ value }: { value: unknown }): unknown => (value === 'true' ? true : value === 'false' ? false : value);
const toJson = ({ value }: { value: unknown }): unknown => {
  if (typeof value !== 'string') return value;
  try {
    return JSON.parse(value) as unknown;
  } catch {
    return value;
  }
};

/** A JSON object from header to field name, every field one Pavilion knows. */
function IsColumnMapping(): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'isColumnMapping',
      target: target.constructor,
      propertyName: propertyName as string,
      validator: {
        validate: (value: unknown) =>
          typeof value === 'object' && value !== null && !Array.isArray(value) &&
          Object.keys(value).every((header) => !header.includes('\u0000')) &&
          Object.values(value).every((field) => (IMPORT_FIELDS as readonly unknown[]).includes(field)),
        defaultMessage: () => `mapping must be a JSON object from header (text without NUL characters) to one of ${IMPORT_FIELDS.join(', ')}`,
      },
    });
}

/** The form fields (or query parameters) sent with the uploaded file. */
export class CreateImportDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID('all', { message: 'fairId must be a UUID' })
  fairId: string;

  @ApiProperty({ enum: IMPORT_KINDS })
  @IsIn(IMPORT_KINDS, { message: `kind must be one of ${IMPORT_KINDS.join(', ')}` })
  kind: ImportKind;

  @ApiPropertyOptional({ default: false, description: 'Validate and report without writing anything' })
  @IsOptional()
  @Transform(toBool)
  @IsBoolean({ message: 'dryRun must be true or false' })
  dryRun?: boolean;

  @ApiPropertyOptional({ default: false, description: 'Create companies the agency does not have (else their rows are rejected)' })
  @IsOptional()
  @Transform(toBool)
  @IsBoolean({ message: 'createMissing must be true or false' })
  createMissing?: boolean;

  @ApiPropertyOptional({ description: 'JSON object: header → field, instead of recognising headers', example: '{"Firma":"company"}' })
  @IsOptional()
  @Transform(toJson)
  @IsColumnMapping()
  mapping?: Record<string, string>;
}
