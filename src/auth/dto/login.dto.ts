import { ApiProperty } from '@nestjs/swagger';
import { IsString, MaxLength, MinLength } from 'class-validator';

export class LoginDto {
  @ApiProperty({ example: 'manager@wonju.demo' })
  @IsString()
  @MinLength(3)
  @MaxLength(254)
  email: string;

  @ApiProperty({ example: 'pavilion-demo', writeOnly: true })
  @IsString()
  @MinLength(1)
  @MaxLength(256)
  password: string;
}
