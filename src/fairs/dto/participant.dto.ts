import { ApiProperty } from '@nestjs/swagger';
import type { Participant } from '../participations.repository.js';

/** A company exhibiting at a fair, addressed by the company's id. */
export class ParticipantDto {
  @ApiProperty({ format: 'uuid' }) fairId: string;
  @ApiProperty({ format: 'uuid' }) companyId: string;
  @ApiProperty() companyName: string;
  @ApiProperty({ nullable: true, type: String }) booth: string | null;
  @ApiProperty() version: number;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ format: 'date-time' }) updatedAt: string;

  static from(participant: Participant): ParticipantDto {
    return {
      fairId: participant.fairId,
      companyId: participant.companyId,
      companyName: participant.company.name,
      booth: participant.booth,
      version: participant.version,
      createdAt: participant.createdAt.toISOString(),
      updatedAt: participant.updatedAt.toISOString(),
    };
  }
}

export class ParticipantPageDto {
  @ApiProperty({ type: [ParticipantDto] }) data: ParticipantDto[];
  @ApiProperty({ nullable: true, type: String }) nextCursor: string | null;
}
