import { ApiProperty } from '@nestjs/swagger';
import { BUYER_TYPES, type BuyerType } from '../buyer-type.js';
import type { Buyer } from '../buyer.entity.js';

export class BuyerDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() organisation: string;
  @ApiProperty({ nullable: true, type: String, description: 'Personal data' }) contactName: string | null;
  @ApiProperty({ nullable: true, type: String, format: 'email', description: 'Personal data; lower-case' }) email: string | null;
  @ApiProperty({ nullable: true, type: String, description: 'Personal data' }) phone: string | null;
  @ApiProperty({ example: 'DE', description: 'ISO 3166-1 alpha-2' }) country: string;
  @ApiProperty({ nullable: true, enum: BUYER_TYPES }) buyerType: BuyerType | null;
  @ApiProperty() version: number;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ format: 'date-time' }) updatedAt: string;

  /** The one place a buyer becomes a response, so personal data can be redacted here for partner keys. */
  static from(buyer: Buyer): BuyerDto {
    return {
      id: buyer.id,
      organisation: buyer.organisation,
      contactName: buyer.contactName,
      email: buyer.email,
      phone: buyer.phone,
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
