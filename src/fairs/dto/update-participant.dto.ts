import { PickType } from '@nestjs/swagger';
import { AddParticipantDto } from './add-participant.dto.js';

/** Only the booth changes; null clears it. */
export class UpdateParticipantDto extends PickType(AddParticipantDto, ['booth'] as const) {}
