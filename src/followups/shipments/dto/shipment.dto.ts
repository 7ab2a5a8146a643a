import { ApiProperty } from '@nestjs/swagger';
import { formatRate, money, MoneyView } from '../../../common/money.js';
import { AppliedRateDto } from '../../../exchange-rates/dto/exchange-rate.dto.js';
import { SHIPMENT_EVIDENCE, type ShipmentEvidence } from '../shipment-evidence.js';
import type { Shipment } from '../shipment.entity.js';

export class ShipmentDocumentDto {
  @ApiProperty({ example: 'bill-of-lading.pdf' }) fileName: string;
  @ApiProperty({ example: 'application/pdf', description: "Read from the file's own bytes" }) contentType: string;
  @ApiProperty({ example: '48213', description: 'Size in bytes (a decimal string)' }) bytes: string;
  @ApiProperty({ example: '9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08' }) sha256: string;
}

export class ShipmentDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) contractId: string;
  @ApiProperty({ format: 'uuid', description: "The contract's fair" }) fairId: string;
  @ApiProperty({ example: '2017-09-04' }) shippedOn: string;
  @ApiProperty({ type: MoneyView }) value: MoneyView;
  @ApiProperty({ example: '120000.00', description: 'value in USD, frozen at write time (the rate of shippedOn)' }) valueUsd: string;
  @ApiProperty({ type: AppliedRateDto, nullable: true, description: 'The rate used; null for USD' })
  exchangeRate: AppliedRateDto | null;
  @ApiProperty({ enum: SHIPMENT_EVIDENCE }) evidence: ShipmentEvidence;
  @ApiProperty({ type: ShipmentDocumentDto, nullable: true, description: 'The uploaded evidence document, if any' })
  document: ShipmentDocumentDto | null;
  @ApiProperty({ format: 'uuid', nullable: true, type: String, description: 'The manager who verified it' }) verifiedBy: string | null;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) verifiedAt: string | null;
  @ApiProperty({ nullable: true, type: String }) note: string | null;
  @ApiProperty({ format: 'uuid', nullable: true, type: String, description: 'null when the company reported it itself' }) createdBy: string | null;
  @ApiProperty({ format: 'uuid', nullable: true, type: String, description: 'The follow-up round in which the company reported it (read-only)' })
  reportedRoundId: string | null;
  @ApiProperty() version: number;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ format: 'date-time' }) updatedAt: string;

  static from(row: Shipment): ShipmentDto {
    return {
      id: row.id,
      contractId: row.contractId,
      fairId: row.fairId,
      shippedOn: row.shippedOn,
      value: money(row.valueAmount, row.valueCurrency),
      valueUsd: money(row.valueUsd, 'USD').amount,
      exchangeRate: row.rateUnitsPerUsd === null || row.rateDate === null ? null : { unitsPerUsd: formatRate(row.rateUnitsPerUsd), date: row.rateDate },
      evidence: row.evidence,
      document:
        row.documentKey === null
          ? null
          : { fileName: row.documentName ?? '', contentType: row.documentType ?? '', bytes: String(row.documentBytes ?? '0'), sha256: row.documentSha256 ?? '' },
      verifiedBy: row.verifiedBy,
      verifiedAt: row.verifiedAt?.toISOString() ?? null,
      note: row.note,
      createdBy: row.createdBy,
      reportedRoundId: row.reportedRoundId,
      version: row.version,
      createdAt: row.createdAt.toISOString(),
      updatedAt: row.updatedAt.toISOString(),
    };
  }
}

export class ShipmentPageDto {
  @ApiProperty({ type: [ShipmentDto] }) data: ShipmentDto[];
  @ApiProperty({ nullable: true, type: String }) nextCursor: string | null;
}
