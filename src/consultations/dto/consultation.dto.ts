import { ApiProperty } from '@nestjs/swagger';
import { formatRate, money, moneyOrNull, MoneyView } from '../../common/money.js';
import { AppliedRateDto } from '../../exchange-rates/dto/exchange-rate.dto.js';
import { CONSULTATION_STAGES, CONSULTATION_TYPES, type ConsultationStage, type ConsultationType, LEAD_RATINGS, type LeadRating } from '../consultation-enums.js';
import type { Consultation } from '../consultation.entity.js';

export class ConsultationDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) fairId: string;
  @ApiProperty({ format: 'uuid' }) companyId: string;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) buyerId: string | null;
  @ApiProperty({ example: 'CN' }) buyerCountry: string;
  @ApiProperty({ format: 'date-time' }) occurredAt: string;
  @ApiProperty({ example: '2017-05-15', description: "Date in the fair's time zone" }) localDate: string;
  @ApiProperty({ enum: CONSULTATION_TYPES }) type: ConsultationType;
  @ApiProperty() interpreterUsed: boolean;
  @ApiProperty({ nullable: true, type: String }) productInterest: string | null;
  @ApiProperty({ nullable: true, type: Number }) quantity: number | null;
  @ApiProperty({ type: MoneyView, nullable: true }) unitPrice: MoneyView | null;
  @ApiProperty({ type: MoneyView, nullable: true }) estimatedValue: MoneyView | null;
  @ApiProperty({ nullable: true, type: String, example: '125000.00', description: 'estimatedValue in USD, frozen at write time' })
  estimatedValueUsd: string | null;
  @ApiProperty({ type: AppliedRateDto, nullable: true, description: 'The rate used; null for USD' })
  exchangeRate: AppliedRateDto | null;
  @ApiProperty({ enum: CONSULTATION_STAGES }) stage: ConsultationStage;
  @ApiProperty({ nullable: true, type: String }) notes: string | null;
  @ApiProperty({ enum: LEAD_RATINGS, nullable: true, description: 'How promising the lead is' }) rating: LeadRating | null;
  @ApiProperty({ nullable: true, type: String, description: 'What happens next' }) nextStep: string | null;
  @ApiProperty({ nullable: true, type: String, example: '2017-06-15', description: 'When the follow-up is due' }) followUpDue: string | null;
  @ApiProperty({ format: 'uuid', description: 'The user who logged it' }) loggedBy: string;
  @ApiProperty() version: number;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ format: 'date-time' }) updatedAt: string;

  static from(row: Consultation): ConsultationDto {
    return {
      id: row.id,
      fairId: row.fairId,
      companyId: row.companyId,
      buyerId: row.buyerId,
      buyerCountry: row.buyerCountry,
      occurredAt: row.occurredAt.toISOString(),
      localDate: row.localDate,
      type: row.type,
      interpreterUsed: row.type === 'interpreted',
      productInterest: row.productInterest,
      quantity: row.quantity,
      unitPrice: moneyOrNull(row.unitPriceAmount, row.unitPriceCurrency),
      estimatedValue: moneyOrNull(row.estimatedAmount, row.estimatedCurrency),
      estimatedValueUsd: row.estimatedUsd === null ? null : money(row.estimatedUsd, 'USD').amount,
      exchangeRate: row.rateUnitsPerUsd === null || row.rateDate === null ? null : { unitsPerUsd: formatRate(row.rateUnitsPerUsd), date: row.rateDate },
      stage: row.stage,
      notes: row.notes,
      rating: row.rating,
      nextStep: row.nextStep,
      followUpDue: row.followUpDue,
      loggedBy: row.loggedBy,
      version: row.version,
      createdAt: row.createdAt.toISOString(),
      updatedAt: row.updatedAt.toISOString(),
    };
  }
}

export class ConsultationPageDto {
  @ApiProperty({ type: [ConsultationDto] }) data: ConsultationDto[];
  @ApiProperty({ nullable: true, type: String }) nextCursor: string | null;
}
