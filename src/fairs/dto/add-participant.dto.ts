import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, IsUUID, MaxLength, MinLength } from 'class-validator';
import { Trim } from '../../common/dto-fields.js';

export class AddParticipantDto {
  @ApiProperty({ format: 'uuid', description: 'A company of your agency' })
  @IsUUID('all', { message: 'companyId must be a UUID' })
  companyId: string;

  @ApiPropertyOptional({ example: 'Hall 7, K21', nullable: true, type: String })
  @IsOptional()
  @Trim()
  @IsString()
  @MinLength(1)
  @MaxLength(50)
  booth?: string | null;
}
