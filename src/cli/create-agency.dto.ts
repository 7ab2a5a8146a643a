import { Transform } from 'class-transformer';
import { IsEmail, IsOptional, IsString, Matches, MaxLength, MinLength } from 'class-validator';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '../users/dto/create-user.dto.js';

export class CreateAgencyDto {
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value))
  @IsString()
  @MinLength(2)
  @MaxLength(200)
  name: string;

  @IsEmail({}, { message: 'adminEmail must be an email address' })
  adminEmail: string;

  @IsString()
  @MinLength(PASSWORD_MIN_LENGTH)
  @MaxLength(PASSWORD_MAX_LENGTH)
  adminPassword: string;

  @IsOptional()
  @Matches(/^[A-Z]{3}$/, { message: 'homeCurrency must be an ISO 4217 code such as KRW' })
  homeCurrency?: string;
}
