import { OmitType, PartialType } from '@nestjs/swagger';
import { CreateShipmentDto } from './create-shipment.dto.js';

/** Date, value and note; the contract stays. A new date or value drops a verification. */
export class UpdateShipmentDto extends PartialType(OmitType(CreateShipmentDto, ['contractId'] as const)) {}
