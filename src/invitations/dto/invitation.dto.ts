import { ApiProperty } from '@nestjs/swagger';
import { LANGUAGES, type Language } from '../../common/language.js';
import { ROLES, type Role } from '../../tenancy/role.js';
import type { InvitationRow, InvitationStatus } from '../invitations.repository.js';

const STATUSES: InvitationStatus[] = ['pending', 'accepted', 'revoked', 'expired'];

export class InvitationDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ example: 'park.jiwoo@wonju.example' })
  email: string;

  @ApiProperty({ nullable: true, type: String })
  name: string | null;

  @ApiProperty({ enum: ROLES })
  role: Role;

  @ApiProperty({ enum: LANGUAGES })
  language: Language;

  @ApiProperty({ enum: STATUSES })
  status: InvitationStatus;

  @ApiProperty({ format: 'uuid', description: 'The admin who sent it' })
  invitedBy: string;

  @ApiProperty({ format: 'date-time', description: 'The link stops working then' })
  expiresAt: string;

  @ApiProperty({ format: 'date-time' })
  createdAt: string;

  static from(row: InvitationRow): InvitationDto {
    return {
      id: row.id,
      email: row.email,
      name: row.name,
      role: row.role,
      language: row.language,
      status: row.status,
      invitedBy: row.invitedBy,
      expiresAt: row.expiresAt.toISOString(),
      createdAt: row.createdAt.toISOString(),
    };
  }
}

export class InvitationPageDto {
  @ApiProperty({ type: [InvitationDto] })
  data: InvitationDto[];

  @ApiProperty({ nullable: true, type: String, description: 'Pass as `cursor` for the next page; null on the last' })
  nextCursor: string | null;
}
