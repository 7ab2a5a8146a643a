import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsOptional, IsString, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { Trim } from '../../common/dto-fields.js';
import { MoneyDto } from '../../common/money.js';
import { RecordPartiesDto } from '../../common/record-parties.dto.js';
import { CONSULTATION_STAGES, CONSULTATION_TYPES, type ConsultationStage, type ConsultationType, LEAD_RATINGS, type LeadRating } from '../consultation-enums.js';
import { IsCalendarDate, IsIsoDateTime } from '../../common/dates.js';

export class CreateConsultationDto extends RecordPartiesDto {
  @ApiPropertyOptional({
    format: 'date-time',
    example: '2017-05-15T02:30:00Z',
    description: "Defaults to now; must fall within the fair's dates in its time zone, ± 1 day (a `video` consultation: after the fair's last day)",
  })
  @IsOptional()
  @IsIsoDateTime()
  occurredAt?: string;

  @ApiPropertyOptional({
    enum: CONSULTATION_TYPES,
    description: 'Defaults to `booth` (or `interpreted` with `interpreterUsed: true`); `video`: a follow-up consultation after the fair, counted apart',
  })
  @IsOptional()
  @IsIn(CONSULTATION_TYPES, { message: `type must be one of: ${CONSULTATION_TYPES.join(', ')}` })
  type?: ConsultationType;

  @ApiPropertyOptional({ description: 'Same as type "interpreted" (true) or "booth" (false)' })
  @IsOptional()
  @IsBoolean()
  interpreterUsed?: boolean;

  @ApiPropertyOptional({ example: 'Portable ultrasound scanner' })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(500)
  productInterest?: string;

  @ApiPropertyOptional({ example: 20 })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(1_000_000_000)
  quantity?: number;

  @ApiPropertyOptional({ type: MoneyDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => MoneyDto)
  unitPrice?: MoneyDto;

  @ApiPropertyOptional({ type: MoneyDto, description: 'Estimated deal value; omitted when unknown (counts as zero)' })
  @IsOptional()
  @ValidateNested()
  @Type(() => MoneyDto)
  estimatedValue?: MoneyDto;

  @ApiPropertyOptional({ enum: CONSULTATION_STAGES, description: 'Defaults to `consulted`' })
  @IsOptional()
  @IsIn(CONSULTATION_STAGES, { message: `stage must be one of: ${CONSULTATION_STAGES.join(', ')}` })
  stage?: ConsultationStage;

  @ApiPropertyOptional({ maxLength: 5000 })
  @IsOptional()
  @IsString()
  @MaxLength(5000)
  notes?: string;

  @ApiPropertyOptional({ enum: LEAD_RATINGS, description: 'How promising the lead is' })
  @IsOptional()
  @IsIn(LEAD_RATINGS, { message: `rating must be one of: ${LEAD_RATINGS.join(', ')}` })
  rating?: LeadRating;

  @ApiPropertyOptional({ maxLength: 2000, example: 'Send the CE certificate and a price list' })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(2000)
  nextStep?: string;

  @ApiPropertyOptional({ example: '2017-06-15', description: 'When the follow-up is due' })
  @IsOptional()
  @IsCalendarDate({ message: 'followUpDue must be a date written YYYY-MM-DD' })
  followUpDue?: string;
}

/**
 * The fields stored just as they are sent (NULL when left out), copied by name by the API's create
 * and update and by the import: a new plain field is added here and to the entity, nowhere else.
 */
export const AS_SENT = ['productInterest', 'quantity', 'notes', 'rating', 'nextStep', 'followUpDue'] as const;
type AsSent = (typeof AS_SENT)[number];

/** The AS_SENT fields as stored: each one's value, or NULL. An import row has them all (`ParsedConsultation`). */
export type AsSentValues = { [K in AsSent]: NonNullable<CreateConsultationDto[K]> | null };

/** The AS_SENT fields of `source`, each NULL when absent. */
export const asSent = (source: { [K in AsSent]?: CreateConsultationDto[K] | null }): AsSentValues =>
  Object.fromEntries(AS_SENT.map((field) => [field, source[field] ?? null])) as AsSentValues;
