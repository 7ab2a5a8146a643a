import { PartialType } from '@nestjs/swagger';
import { CreateFairDto } from './create-fair.dto.js';

/** Every field may be left out; only `venue` may be sent as null (to clear it). */
export class UpdateFairDto extends PartialType(CreateFairDto, { skipNullProperties: false }) {}
