import { ApiProperty } from '@nestjs/swagger';
import { LANGUAGES, type Language } from '../../common/language.js';
import { ROLES, type Role } from '../../tenancy/role.js';
import type { User } from '../user.entity.js';

export class UserDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ format: 'uuid' })
  agencyId: string;

  @ApiProperty({ example: 'staff@wonju.demo' })
  email: string;

  @ApiProperty({ nullable: true, type: String, example: 'Kim Min-ji' })
  name: string | null;

  @ApiProperty({ enum: ROLES })
  role: Role;

  @ApiProperty({ enum: LANGUAGES, description: 'The language of the mails the user receives' })
  language: Language;

  @ApiProperty({ description: 'Disabled users cannot sign in and their tokens stop working' })
  disabled: boolean;

  @ApiProperty({ nullable: true, type: String, format: 'date-time' })
  lastLoginAt: string | null;

  @ApiProperty({ description: 'Increments on every change; send it back in If-Match' })
  version: number;

  @ApiProperty({ format: 'date-time' })
  createdAt: string;

  @ApiProperty({ format: 'date-time' })
  updatedAt: string;

  static from(user: User): UserDto {
    return {
      id: user.id,
      agencyId: user.agencyId,
      email: user.email,
      name: user.name,
      role: user.role,
      language: user.language,
      disabled: user.disabledAt !== null,
      lastLoginAt: user.lastLoginAt?.toISOString() ?? null,
      version: user.version,
      createdAt: user.createdAt.toISOString(),
      updatedAt: user.updatedAt.toISOString(),
    };
  }
}

export class UserPageDto {
  @ApiProperty({ type: [UserDto] })
  data: UserDto[];

  @ApiProperty({ nullable: true, type: String, description: 'Pass as `cursor` for the next page; null on the last' })
  nextCursor: string | null;
}
