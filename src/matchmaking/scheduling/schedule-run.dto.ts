import { ApiProperty } from '@nestjs/swagger';
import { UNPLACED_REASONS, type UnplacedReason } from './scheduler.js';

export class UnplacedMeetingDto {
  @ApiProperty({ format: 'uuid' }) meetingId: string;
  @ApiProperty({ enum: [...UNPLACED_REASONS, 'taken_meanwhile'] }) reason: UnplacedReason | 'taken_meanwhile';
}

export class ScheduleRunResult {
  @ApiProperty({ description: 'Accepted meetings without a slot when the run started' }) requests: number;
  @ApiProperty() placed: number;
  @ApiProperty({ type: [UnplacedMeetingDto] }) unplaced: UnplacedMeetingDto[];
  @ApiProperty({ description: 'Milliseconds the scheduling algorithm ran' }) elapsedMs: number;
}

export class ScheduleRunDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) fairId: string;
  @ApiProperty({ enum: ['queued', 'running', 'completed', 'failed'] }) status: 'queued' | 'running' | 'completed' | 'failed';
  @ApiProperty({ description: 'Percent done' }) progress: number;
  @ApiProperty({ type: ScheduleRunResult, nullable: true }) result: ScheduleRunResult | null;
  @ApiProperty({ nullable: true, type: String }) error: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) finishedAt: string | null;
}
