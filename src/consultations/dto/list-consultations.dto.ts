import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { RecordFiltersDto } from '../../common/record-filters.js';
import { IsCalendarDate } from '../../common/dates.js';
import { CONSULTATION_STAGES, CONSULTATION_TYPES, type ConsultationStage, type ConsultationType, LEAD_RATINGS, type LeadRating } from '../consultation-enums.js';

/** `from`/`to` as dates compare with the fair-local date; as date-times, with occurredAt. Both inclusive. */
export class ListConsultationsDto extends RecordFiltersDto {
  @ApiPropertyOptional({ enum: CONSULTATION_STAGES })
  @IsOptional()
  @IsIn(CONSULTATION_STAGES, { message: `stage must be one of: ${CONSULTATION_STAGES.join(', ')}` })
  stage?: ConsultationStage;

  @ApiPropertyOptional({ enum: CONSULTATION_TYPES })
  @IsOptional()
  @IsIn(CONSULTATION_TYPES, { message: `type must be one of: ${CONSULTATION_TYPES.join(', ')}` })
  type?: ConsultationType;

  @ApiPropertyOptional({ enum: LEAD_RATINGS })
  @IsOptional()
  @IsIn(LEAD_RATINGS, { message: `rating must be one of: ${LEAD_RATINGS.join(', ')}` })
  rating?: LeadRating;

  @ApiPropertyOptional({ example: '2017-06-30', description: 'Follow-ups due on or before this date (consultations without a due date are left out)' })
  @IsOptional()
  @IsCalendarDate({ message: 'followUpDueBy must be a date written YYYY-MM-DD' })
  followUpDueBy?: string;
}
