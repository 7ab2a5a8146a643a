import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { MoneyView } from '../../common/money.js';
import { ResponseDto } from './response.dto.js';

export class ReportedTotalsDto {
  @ApiProperty({ description: 'Sum of the counts companies reported' }) count: number;
  @ApiProperty({ type: [MoneyView], description: 'Sum of the values they reported, per currency (summed in SQL)' }) values: MoneyView[];
}

export class RoundSurveyDto {
  @ApiProperty({ format: 'uuid' }) roundId: string;
  @ApiProperty() sequence: number;
  @ApiProperty() monthsAfter: number;
  @ApiProperty({ format: 'date-time' }) opensAt: string;
  @ApiPropertyOptional({ format: 'date-time', nullable: true, type: String }) openedAt: string | null;
  @ApiPropertyOptional({ format: 'date', nullable: true, type: String, description: "The day it opened, in the fair's time zone" }) openedOn: string | null;
  @ApiProperty({ description: 'Companies asked' }) companies: number;
  @ApiProperty() responses: number;
  @ApiProperty({ description: 'responses ÷ companies, 4 decimals ("0.0000" when none were asked)', example: '0.5000' }) responseRate: string;
  @ApiPropertyOptional({ nullable: true, type: String, description: 'Mean satisfaction (1–5), 2 decimals; null without responses', example: '4.25' }) averageSatisfaction: string | null;
  @ApiProperty({ description: 'Answers of each satisfaction, 1 to 5', type: [Number] }) satisfactionCounts: number[];
  @ApiProperty() wouldExhibitAgain: number;
  @ApiPropertyOptional({ nullable: true, type: String, description: 'Share answering yes, 4 decimals; null without responses', example: '0.7500' }) wouldExhibitAgainShare: string | null;
  @ApiProperty({ type: ReportedTotalsDto }) contractsSigned: ReportedTotalsDto;
  @ApiProperty({ type: ReportedTotalsDto }) contractsExpected: ReportedTotalsDto;
  @ApiProperty({ type: ReportedTotalsDto }) shipments: ReportedTotalsDto;
}

export class SurveyResultsDto {
  @ApiProperty({ format: 'uuid' }) fairId: string;
  @ApiProperty({ type: [RoundSurveyDto] }) rounds: RoundSurveyDto[];
  @ApiPropertyOptional({
    type: [ResponseDto],
    description: 'Every answer in full: for users, and for API keys with `followups:read` (absent otherwise)',
  })
  responses?: ResponseDto[];
}
