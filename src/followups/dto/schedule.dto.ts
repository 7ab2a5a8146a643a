import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayUnique, IsArray, IsInt, Max, Min } from 'class-validator';

export class UpdateScheduleDto {
  @ApiProperty({
    type: [Number],
    example: [3, 6, 12],
    description: "Months after the fair's last day, one per round (1–120, no repeats, at most 12). Rounds already opened must stay; an empty list means no further rounds.",
  })
  @IsArray({ message: 'monthsAfter must be an array of whole months' })
  @ArrayMaxSize(12, { message: 'monthsAfter: at most 12 rounds' })
  @ArrayUnique({ message: 'monthsAfter must not repeat a month' })
  @IsInt({ each: true, message: 'monthsAfter must hold whole numbers of months' })
  @Min(1, { each: true, message: 'monthsAfter: each is at least 1' })
  @Max(120, { each: true, message: 'monthsAfter: each is at most 120' })
  monthsAfter: number[];
}

export class RoundDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) fairId: string;
  @ApiProperty({ description: '1, 2, 3 … in order of months after the fair' }) sequence: number;
  @ApiProperty() monthsAfter: number;
  @ApiProperty({ format: 'date-time', description: "Midnight, in the fair's time zone, of the day monthsAfter months after the fair's last day" }) opensAt: string;
  @ApiPropertyOptional({ format: 'date-time', nullable: true, type: String }) openedAt: string | null;
  @ApiProperty({ description: 'Companies asked (one questionnaire each); 0 before it opens' }) questionnaires: number;
  @ApiProperty() responses: number;
}

export class RoundListDto {
  @ApiProperty({ type: [RoundDto] }) data: RoundDto[];
}
