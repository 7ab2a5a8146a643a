import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { LANGUAGES } from '../../common/language.js';
import { MoneyView } from '../../common/money.js';
import { CONSULTATION_STAGES, type ConsultationStage } from '../../consultations/consultation-enums.js';
import { CONTRACT_STATUSES, type ContractStatus } from '../../contracts/contract-status.js';
import { ResponseDto } from './response.dto.js';


/** A company's questionnaire as its managers see it. */
export class QuestionnaireDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) roundId: string;
  @ApiProperty({ format: 'uuid' }) fairId: string;
  @ApiProperty({ format: 'uuid' }) companyId: string;
  @ApiProperty() companyName: string;
  @ApiProperty({ enum: LANGUAGES, description: 'Language of its emails and form' }) language: 'ko' | 'en';
  @ApiPropertyOptional({ format: 'date-time', nullable: true, type: String, description: 'When its invitation was queued; null for a round opened too late to invite' }) invitedAt: string | null;
  @ApiProperty() remindersSent: number;
  @ApiPropertyOptional({ format: 'date-time', nullable: true, type: String }) lastRemindedAt: string | null;
  @ApiPropertyOptional({ format: 'date-time', nullable: true, type: String }) respondedAt: string | null;
  @ApiProperty({ format: 'date-time' }) linkExpiresAt: string;
  @ApiPropertyOptional({ format: 'date-time', nullable: true, type: String }) linkRevokedAt: string | null;
  @ApiProperty({ description: 'Times its link was used (answered or refused)' }) linkUses: number;
}

export class QuestionnaireListDto {
  @ApiProperty({ type: [QuestionnaireDto] }) data: QuestionnaireDto[];
}

export class NewLinkDto {
  @ApiPropertyOptional({ enum: LANGUAGES, description: 'Language of the email and the form from now on' })
  @IsOptional()
  @IsIn(LANGUAGES, { message: 'language must be ko or en' })
  language?: 'ko' | 'en';
}

export class NewLinkAnswerDto {
  @ApiProperty({ description: 'The new self-report link (shown once; it was also emailed to the company)' }) url: string;
  @ApiProperty({ format: 'date-time' }) expiresAt: string;
}

/** What the self-report form shows a company: its own records only, buyers without contact data. */
export class FormConsultationDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'date', description: 'Fair-local date' }) localDate: string;
  @ApiPropertyOptional({ nullable: true, type: String, description: "The buyer's organisation (never its contact's name, email or phone)" }) buyerOrganisation: string | null;
  @ApiProperty() buyerCountry: string;
  @ApiPropertyOptional({ nullable: true, type: String }) productInterest: string | null;
  @ApiPropertyOptional({ type: MoneyView, nullable: true }) estimatedValue: MoneyView | null;
  @ApiProperty({ enum: CONSULTATION_STAGES }) stage: ConsultationStage;
}

/** One of the company's contracts at the fair, for confirming a provisional one or reporting a shipment under it. */
export class FormContractDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: CONTRACT_STATUSES }) status: ContractStatus;
  @ApiPropertyOptional({ format: 'date', nullable: true, type: String }) signedOn: string | null;
  @ApiPropertyOptional({ nullable: true, type: String, description: "The buyer's organisation (never its contact's name, email or phone)" }) buyerOrganisation: string | null;
  @ApiProperty() buyerCountry: string;
  @ApiProperty({ type: MoneyView }) value: MoneyView;
  @ApiProperty({ description: 'Shipments recorded under it so far' }) shipments: number;
}

export class FormFairDto {
  @ApiProperty() name: string;
  @ApiProperty() city: string;
  @ApiProperty() country: string;
  @ApiProperty({ format: 'date' }) startsOn: string;
  @ApiProperty({ format: 'date' }) endsOn: string;
  @ApiProperty() timezone: string;
}

export class FormDto {
  @ApiProperty({ format: 'uuid' }) questionnaireId: string;
  @ApiProperty({ enum: LANGUAGES }) language: 'ko' | 'en';
  @ApiProperty() companyName: string;
  @ApiProperty({ type: FormFairDto }) fair: FormFairDto;
  @ApiProperty() round: number;
  @ApiProperty() monthsAfter: number;
  @ApiProperty({ format: 'date-time' }) linkExpiresAt: string;
  @ApiProperty({ type: [FormConsultationDto], description: 'Its open consultations at the fair (not won or lost)' }) consultations: FormConsultationDto[];
  @ApiProperty({ type: [FormContractDto], description: 'Its contracts at the fair (any status)' }) contracts: FormContractDto[];
  @ApiPropertyOptional({ type: ResponseDto, nullable: true, description: 'Its answers, once given' }) response: ResponseDto | null;
}
