import { ApiProperty } from '@nestjs/swagger';
import { IsString, Matches, MaxLength, MinLength } from 'class-validator';
import { LINK_TOKEN_PATTERN } from '../../common/link-token.js';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '../../users/dto/create-user.dto.js';

export class ResetPasswordDto {
  @ApiProperty({ description: 'The token of the reset link (after `#token=`)', writeOnly: true, pattern: LINK_TOKEN_PATTERN.source })
  @IsString()
  @Matches(LINK_TOKEN_PATTERN, { message: 'token must be the 43-character token of the link' })
  token: string;

  @ApiProperty({ writeOnly: true, minLength: PASSWORD_MIN_LENGTH, maxLength: PASSWORD_MAX_LENGTH })
  @IsString()
  @MinLength(PASSWORD_MIN_LENGTH)
  @MaxLength(PASSWORD_MAX_LENGTH)
  newPassword: string;
}
