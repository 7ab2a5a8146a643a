import { ApiProperty } from '@nestjs/swagger';
import { IsInt, Matches, Max, Min } from 'class-validator';
import { IsCalendarDate } from '../../common/dates.js';

const TIME = /^([01]\d|2[0-3]):[0-5][05]$/;

export class CreateSessionDto {
  @ApiProperty({ example: '2026-05-15', description: "A day of the fair, in the fair's time zone" })
  @IsCalendarDate()
  date: string;

  @ApiProperty({ example: '09:00', description: 'Local start (HH:MM, minutes a multiple of 5)' })
  @Matches(TIME, { message: 'startTime must be HH:MM with minutes a multiple of 5' })
  startTime: string;

  @ApiProperty({ example: '17:00', description: 'Local end; at or before startTime means the next day (a session past midnight)' })
  @Matches(TIME, { message: 'endTime must be HH:MM with minutes a multiple of 5' })
  endTime: string;

  @ApiProperty({ example: 20, description: 'Slot length in minutes, a multiple of 5' })
  @IsInt()
  @Min(5)
  @Max(240)
  slotMinutes: number;

  @ApiProperty({ example: 10, description: 'Meeting tables (or booths) running in parallel' })
  @IsInt()
  @Min(1)
  @Max(1000)
  tables: number;
}

export class SessionDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) fairId: string;
  @ApiProperty({ example: '2026-05-15' }) date: string;
  @ApiProperty({ example: '09:00' }) startTime: string;
  @ApiProperty({ example: '17:00' }) endTime: string;
  @ApiProperty({ example: 'Asia/Shanghai' }) timezone: string;
  @ApiProperty({ format: 'date-time' }) startsAt: string;
  @ApiProperty({ format: 'date-time' }) endsAt: string;
  @ApiProperty() slotMinutes: number;
  @ApiProperty() tables: number;
  @ApiProperty() version: number;
}

export class SessionListDto {
  @ApiProperty({ type: [SessionDto] }) data: SessionDto[];
}
