import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsInt, IsOptional, IsString, IsUUID, Matches, MaxLength, Min } from 'class-validator';
import { PageQueryDto } from '../../common/pagination.js';
import { LANGUAGE, LANGUAGE_MESSAGE } from '../interpreters/interpreter.dto.js';
import { MEETING_STATUSES, type MeetingStatus } from './meeting-status.js';
import { IsIsoDateTime } from '../../common/dates.js';

export class RequestMeetingDto {
  @ApiProperty({ format: 'uuid', description: 'An exhibitor of the fair' })
  @IsUUID('all', { message: 'companyId must be a UUID' })
  companyId: string;

  @ApiProperty({ format: 'uuid' })
  @IsUUID('all', { message: 'buyerId must be a UUID' })
  buyerId: string;

  @ApiPropertyOptional({ example: 'ar', description: 'ISO 639-1 language the meeting needs an interpreter for' })
  @IsOptional()
  @Matches(LANGUAGE, { message: `language ${LANGUAGE_MESSAGE}` })
  language?: string;

  @ApiPropertyOptional({ maxLength: 5000 })
  @IsOptional()
  @IsString()
  @MaxLength(5000)
  notes?: string;
}

export class ScheduleMeetingDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID('all', { message: 'sessionId must be a UUID' })
  sessionId: string;

  @ApiProperty({ format: 'date-time', description: 'Start of one of the session\'s slots' })
  @IsIsoDateTime()
  startsAt: string;

  @ApiProperty({ example: 3, description: 'Table (or booth) number, 1 to the session\'s tables' })
  @IsInt()
  @Min(1)
  tableNumber: number;

  @ApiPropertyOptional({ format: 'uuid', description: 'Required when the meeting needs a language' })
  @IsOptional()
  @IsUUID('all', { message: 'interpreterId must be a UUID' })
  interpreterId?: string;
}

export class ListMeetingsDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: MEETING_STATUSES })
  @IsOptional()
  @IsIn(MEETING_STATUSES, { message: `status must be one of: ${MEETING_STATUSES.join(', ')}` })
  status?: MeetingStatus;

  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID('all', { message: 'companyId must be a UUID' }) companyId?: string;
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID('all', { message: 'buyerId must be a UUID' }) buyerId?: string;
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID('all', { message: 'interpreterId must be a UUID' }) interpreterId?: string;
}

export class CalendarQueryDto {
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID('all', { message: 'companyId must be a UUID' }) companyId?: string;
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID('all', { message: 'buyerId must be a UUID' }) buyerId?: string;
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID('all', { message: 'interpreterId must be a UUID' }) interpreterId?: string;
}

export interface MeetingRow {
  id: string;
  fairId: string;
  companyId: string;
  buyerId: string;
  status: MeetingStatus;
  language: string | null;
  interpreterId: string | null;
  sessionId: string | null;
  tableNumber: number | null;
  startsAt: Date | null;
  endsAt: Date | null;
  consultationId: string | null;
  notes: string | null;
  requestedBy: string;
  version: number;
  createdAt: Date;
  updatedAt: Date;
}

export class MeetingDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) fairId: string;
  @ApiProperty({ format: 'uuid' }) companyId: string;
  @ApiProperty({ format: 'uuid' }) buyerId: string;
  @ApiProperty({ enum: MEETING_STATUSES }) status: MeetingStatus;
  @ApiProperty({ nullable: true, type: String }) language: string | null;
  @ApiProperty({ nullable: true, type: String, format: 'uuid' }) interpreterId: string | null;
  @ApiProperty({ nullable: true, type: String, format: 'uuid' }) sessionId: string | null;
  @ApiProperty({ nullable: true, type: Number }) tableNumber: number | null;
  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) startsAt: string | null;
  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) endsAt: string | null;
  @ApiProperty({ nullable: true, type: String, format: 'uuid', description: 'The consultation a held meeting became' }) consultationId: string | null;
  @ApiProperty({ nullable: true, type: String }) notes: string | null;
  @ApiProperty({ format: 'uuid' }) requestedBy: string;
  @ApiProperty() version: number;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ format: 'date-time' }) updatedAt: string;

  /** Field by field: the repository's row carries more (agencyId) than the documented answer. */
  static from(row: MeetingRow): MeetingDto {
    return {
      id: row.id,
      fairId: row.fairId,
      companyId: row.companyId,
      buyerId: row.buyerId,
      status: row.status,
      language: row.language,
      interpreterId: row.interpreterId,
      sessionId: row.sessionId,
      tableNumber: row.tableNumber,
      consultationId: row.consultationId,
      notes: row.notes,
      requestedBy: row.requestedBy,
      version: row.version,
      startsAt: row.startsAt?.toISOString() ?? null,
      endsAt: row.endsAt?.toISOString() ?? null,
      createdAt: row.createdAt.toISOString(),
      updatedAt: row.updatedAt.toISOString(),
    };
  }
}

export class MeetingPageDto {
  @ApiProperty({ type: [MeetingDto] }) data: MeetingDto[];
  @ApiProperty({ nullable: true, type: String }) nextCursor: string | null;
}
