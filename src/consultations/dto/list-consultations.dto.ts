import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { RecordFiltersDto } from '../../common/record-filters.js';
import { CONSULTATION_STAGES, CONSULTATION_TYPES, type ConsultationStage, type ConsultationType } from '../consultation-enums.js';

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
}
