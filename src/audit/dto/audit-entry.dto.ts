import { ApiProperty } from '@nestjs/swagger';
import { camelKeys } from '../../common/case.js';
import type { AuditEntry } from '../audit-entry.entity.js';

export class AuditActorDto {
  @ApiProperty({ enum: ['user', 'api_key', 'company_link', 'system'], description: 'company_link: a company answering a follow-up round through its link (id: the questionnaire)' }) type: string;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) id: string | null;
}

export class AuditEntryDto {
  @ApiProperty({ description: 'Increasing with time' }) id: string;
  @ApiProperty({ format: 'date-time' }) at: string;
  @ApiProperty({ type: AuditActorDto }) actor: AuditActorDto;
  @ApiProperty({ enum: ['create', 'update', 'delete'] }) action: string;
  @ApiProperty({ example: 'consultations' }) entity: string;
  @ApiProperty({ format: 'uuid' }) recordId: string;
  @ApiProperty({ type: 'object', additionalProperties: true, description: 'Changed fields before the write; personal data as "(personal data)"' })
  before: Record<string, unknown>;
  @ApiProperty({ type: 'object', additionalProperties: true, description: 'Changed fields after the write' })
  after: Record<string, unknown>;

  static from(entry: AuditEntry): AuditEntryDto {
    return {
      id: entry.id,
      at: entry.at.toISOString(),
      actor: { type: entry.actorType, id: entry.actorId },
      action: entry.action,
      entity: entry.entity,
      recordId: entry.recordId,
      before: camelKeys(entry.before),
      after: camelKeys(entry.after),
    };
  }
}

export class AuditPageDto {
  @ApiProperty({ type: [AuditEntryDto] }) data: AuditEntryDto[];
  @ApiProperty({ nullable: true, type: String }) nextCursor: string | null;
}
