import { ApiProperty } from '@nestjs/swagger';
import { formatRate, money, MoneyView } from '../../common/money.js';
import { AppliedRateDto } from '../../exchange-rates/dto/exchange-rate.dto.js';
import { CONTRACT_STATUSES, type ContractStatus, SIGNED_PHASES, type SignedPhase, signedPhase } from '../contract-status.js';
import type { Contract } from '../contract.entity.js';

export class ContractDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) fairId: string;
  @ApiProperty({ format: 'uuid' }) companyId: string;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) buyerId: string | null;
  @ApiProperty({ example: 'CN' }) buyerCountry: string;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) consultationId: string | null;
  @ApiProperty({ enum: CONTRACT_STATUSES }) status: ContractStatus;
  @ApiProperty({ nullable: true, type: String, example: '2017-05-17' }) signedOn: string | null;
  @ApiProperty({ nullable: true, type: Boolean, description: 'Signed during the fair (true) or after (false)' }) onSite: boolean | null;
  @ApiProperty({ enum: SIGNED_PHASES, nullable: true, description: '`onSite` in words: `on_site` or `later`; null without a signing date' })
  signedPhase: SignedPhase | null;
  @ApiProperty({ format: 'uuid', nullable: true, type: String, description: 'The follow-up round in which the company reported it (read-only)' })
  reportedRoundId: string | null;
  @ApiProperty({ type: MoneyView }) value: MoneyView;
  @ApiProperty({ example: '3090000.00', description: 'value in USD, frozen at write time' }) valueUsd: string;
  @ApiProperty({ type: AppliedRateDto, nullable: true, description: 'The rate used; null for USD' })
  exchangeRate: AppliedRateDto | null;
  @ApiProperty({ nullable: true, type: String }) notes: string | null;
  @ApiProperty({ format: 'uuid' }) createdBy: string;
  @ApiProperty() version: number;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ format: 'date-time' }) updatedAt: string;

  static from(row: Contract): ContractDto {
    return {
      id: row.id,
      fairId: row.fairId,
      companyId: row.companyId,
      buyerId: row.buyerId,
      buyerCountry: row.buyerCountry,
      consultationId: row.consultationId,
      status: row.status,
      signedOn: row.signedOn,
      onSite: row.onSite,
      signedPhase: signedPhase(row.onSite),
      reportedRoundId: row.reportedRoundId,
      value: money(row.valueAmount, row.valueCurrency),
      valueUsd: money(row.valueUsd, 'USD').amount,
      exchangeRate: row.rateUnitsPerUsd === null || row.rateDate === null ? null : { unitsPerUsd: formatRate(row.rateUnitsPerUsd), date: row.rateDate },
      notes: row.notes,
      createdBy: row.createdBy,
      version: row.version,
      createdAt: row.createdAt.toISOString(),
      updatedAt: row.updatedAt.toISOString(),
    };
  }
}

export class ContractPageDto {
  @ApiProperty({ type: [ContractDto] }) data: ContractDto[];
  @ApiProperty({ nullable: true, type: String }) nextCursor: string | null;
}
