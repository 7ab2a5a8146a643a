import { OmitType, PartialType } from '@nestjs/swagger';
import { CreateConsultationDto } from './create-consultation.dto.js';

/** Everything but the fair can change; the company must still exhibit there. */
export class UpdateConsultationDto extends PartialType(OmitType(CreateConsultationDto, ['fairId'] as const)) {}
