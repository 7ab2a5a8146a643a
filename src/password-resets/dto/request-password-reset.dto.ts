import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsEmail, MaxLength } from 'class-validator';

export class RequestPasswordResetDto {
  @ApiProperty({ example: 'kim.minji@wonju.example' })
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim().toLowerCase() : value))
  @IsEmail({}, { message: 'email must be an email address' })
  @MaxLength(254)
  email: string;
}

/** The same answer whether or not the email has an account. */
export class PasswordResetRequestedDto {
  @ApiProperty({ example: 'If an account has this email, a link to reset its password is on its way.' })
  message: string;
}
