import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { BUYER_TYPES, type BuyerType } from '../buyer-type.js';
import type { Buyer } from '../buyer.entity.js';

const PERSONAL = 'Personal data: absent for API keys without the buyers:pii scope';

export class BuyerDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() organisation: string;
  @ApiPropertyOptional({ nullable: true, type: String, description: PERSONAL }) contactName?: string | null;
  @ApiPropertyOptional({ nullable: true, type: String, format: 'email', description: `${PERSONAL}; lower-case` }) email?: string | null;
  @ApiPropertyOptional({ nullable: true, type: String, description: PERSONAL }) phone?: string | null;
  @ApiProperty({ example: 'DE', description: 'ISO 3166-1 alpha-2' }) country: string;
  @ApiProperty({ nullable: true, enum: BUYER_TYPES }) buyerType: BuyerType | null;
  @ApiProperty() version: number;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ format: 'date-time' }) updatedAt: string;

  /**
   * The one place a buyer becomes a response. Without `personalData` (see `canReadPersonalData`) the
   * contact name, email and phone are left out altogether.
   */
  static from(buyer: Buyer, personalData = true): BuyerDto {
    return {
      id: buyer.id,
      organisation: buyer.organisation,
      ...(personalData ? { contactName: buyer.contactName, email: buyer.email, phone: buyer.phone } : {}),
      country: buyer.country,
      buyerType: buyer.buyerType,
      version: buyer.version,
      createdAt: buyer.createdAt.toISOString(),
      updatedAt: buyer.updatedAt.toISOString(),
    };
  }
}

export class BuyerPageDto {
  @ApiProperty({ type: [BuyerDto] }) data: BuyerDto[];
  @ApiProperty({ nullable: true, type: String }) nextCursor: string | null;
}
