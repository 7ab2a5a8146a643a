import { ApiProperty } from '@nestjs/swagger';
import { IsString, Matches, MaxLength, MinLength } from 'class-validator';
import { LowerCase, Trim } from '../../common/dto-fields.js';

/** A category slug: lower-case words joined by hyphens. */
export const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

export class CategoryDto {
  @ApiProperty({ example: 'diagnostic-imaging' }) slug: string;
  @ApiProperty({ example: 'Diagnostic imaging' }) name: string;
}

export class CategoryListDto {
  @ApiProperty({ type: [CategoryDto] }) data: CategoryDto[];
}

export class CreateCategoryDto {
  @ApiProperty({ example: 'ophthalmology', description: 'Lower-case words joined by hyphens' })
  @LowerCase()
  @Matches(SLUG, { message: 'slug must be lower-case words joined by hyphens' })
  @MaxLength(60)
  slug: string;

  @ApiProperty({ example: 'Ophthalmology' })
  @Trim()
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  name: string;
}
