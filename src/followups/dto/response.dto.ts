import { ApiProperty, ApiPropertyOptional, OmitType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsDefined,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { IsCalendarDate } from '../../common/dates.js';
import { MoneyDto, MoneyView } from '../../common/money.js';
import { CONSULTATION_STAGES, type ConsultationStage } from '../../consultations/consultation-enums.js';
import { CreateShipmentDto } from '../shipments/dto/create-shipment.dto.js';

export class StageAnswerDto {
  @ApiProperty({ format: 'uuid', description: "One of the company's open consultations at the fair (see the questionnaire)" })
  @IsUUID('all', { message: 'consultationId must be a UUID' })
  consultationId: string;

  @ApiProperty({ enum: CONSULTATION_STAGES })
  @IsIn(CONSULTATION_STAGES, { message: `stage must be one of: ${CONSULTATION_STAGES.join(', ')}` })
  stage: ConsultationStage;
}

export class ReportedFigureDto {
  @ApiProperty({ minimum: 0, maximum: 100000 })
  @IsInt({ message: 'count must be a whole number' })
  @Min(0)
  @Max(100000)
  count: number;

  @ApiPropertyOptional({ type: MoneyDto, description: 'Their total value, if the company says' })
  @IsOptional()
  @ValidateNested()
  @Type(() => MoneyDto)
  value?: MoneyDto;
}

/** A shipment under a contract the same answer records: a shipment without its contract id. */
export class ShipmentAnswerDto extends OmitType(CreateShipmentDto, ['contractId'] as const) {}

/** A provisional contract (가계약) of the company's that is now signed (실질계약). */
export class ConfirmedContractDto {
  @ApiProperty({ format: 'uuid', description: "One of the company's provisional contracts at the fair" })
  @IsUUID('all', { message: 'contractId must be a UUID' })
  contractId: string;

  @ApiProperty({ example: '2027-02-10' })
  @IsCalendarDate({ message: 'signedOn must be a date written YYYY-MM-DD' })
  signedOn: string;
}

export const LATER_CONTRACT_STATUSES = ['signed', 'provisional'] as const;

export class LaterContractDto {
  @ApiPropertyOptional({ format: 'uuid', description: 'The consultation it grew from (one of the company’s at the fair); its buyer is the contract’s' })
  @IsOptional()
  @IsUUID('all', { message: 'consultationId must be a UUID' })
  consultationId?: string;

  @ApiPropertyOptional({ example: 'CN', description: 'ISO 3166-1 alpha-2; required without consultationId' })
  @IsOptional()
  @IsString()
  buyerCountry?: string;

  @ApiPropertyOptional({ enum: LATER_CONTRACT_STATUSES, default: 'signed', description: 'signed (체결) or provisional (가계약)' })
  @IsOptional()
  @IsIn(LATER_CONTRACT_STATUSES, { message: `status must be one of: ${LATER_CONTRACT_STATUSES.join(', ')}` })
  status?: (typeof LATER_CONTRACT_STATUSES)[number];

  @ApiPropertyOptional({ example: '2027-02-10', description: 'Required when signed' })
  @ValidateIf((body: LaterContractDto) => body.status !== 'provisional' || body.signedOn !== undefined)
  @IsCalendarDate({ message: 'signedOn must be a date written YYYY-MM-DD (required when status is signed)' })
  signedOn?: string;

  @ApiProperty({ type: MoneyDto })
  @IsDefined({ message: 'value is required' })
  @ValidateNested()
  @Type(() => MoneyDto)
  value: MoneyDto;

  @ApiPropertyOptional({ type: [ShipmentAnswerDto], description: 'Shipments already made under this contract' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => ShipmentAnswerDto)
  shipments?: ShipmentAnswerDto[];
}

/** A company's answers to one round, from its link or entered by a manager on its behalf. */
export class SubmitResponseDto {
  @ApiPropertyOptional({ type: [StageAnswerDto], description: "Where each open consultation stands now; one left out keeps its stage" })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(1000)
  @ValidateNested({ each: true })
  @Type(() => StageAnswerDto)
  consultations?: StageAnswerDto[];

  @ApiProperty({ type: ReportedFigureDto, description: 'Contracts signed since the fair' })
  @IsDefined({ message: 'contractsSigned is required' })
  @ValidateNested()
  @Type(() => ReportedFigureDto)
  contractsSigned: ReportedFigureDto;

  @ApiProperty({ type: ReportedFigureDto, description: 'Contracts still expected' })
  @IsDefined({ message: 'contractsExpected is required' })
  @ValidateNested()
  @Type(() => ReportedFigureDto)
  contractsExpected: ReportedFigureDto;

  @ApiProperty({ type: ReportedFigureDto, description: 'Shipments made (realized exports)' })
  @IsDefined({ message: 'shipments is required' })
  @ValidateNested()
  @Type(() => ReportedFigureDto)
  shipments: ReportedFigureDto;

  @ApiProperty({ minimum: 1, maximum: 5, description: 'Satisfaction with the pavilion' })
  @IsInt({ message: 'satisfaction must be a whole number from 1 to 5' })
  @Min(1, { message: 'satisfaction must be a whole number from 1 to 5' })
  @Max(5, { message: 'satisfaction must be a whole number from 1 to 5' })
  satisfaction: number;

  @ApiProperty()
  @IsBoolean({ message: 'wouldExhibitAgain must be true or false' })
  wouldExhibitAgain: boolean;

  @ApiPropertyOptional({ type: [LaterContractDto], description: 'Signed contracts to record (each becomes a contract of the fair, signed after it)' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => LaterContractDto)
  laterContracts?: LaterContractDto[];

  @ApiPropertyOptional({ type: [ConfirmedContractDto], description: 'Provisional contracts now signed' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(200)
  @ValidateNested({ each: true })
  @Type(() => ConfirmedContractDto)
  confirmedContracts?: ConfirmedContractDto[];

  @ApiPropertyOptional({ type: [CreateShipmentDto], description: "Shipments (recorded as self-reported) under the company's provisional or signed contracts at the fair (see the form's contracts)" })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(200)
  @ValidateNested({ each: true })
  @Type(() => CreateShipmentDto)
  laterShipments?: CreateShipmentDto[];

  @ApiPropertyOptional({ maxLength: 2000 })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  comment?: string;
}

export class ReportedFigureView {
  @ApiProperty() count: number;
  @ApiPropertyOptional({ type: MoneyView, nullable: true }) value: MoneyView | null;
}

export class StageChangeView {
  @ApiProperty({ format: 'uuid' }) consultationId: string;
  @ApiProperty({ enum: CONSULTATION_STAGES }) from: ConsultationStage;
  @ApiProperty({ enum: CONSULTATION_STAGES }) to: ConsultationStage;
}

export class ResponseDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) questionnaireId: string;
  @ApiProperty({ format: 'uuid' }) roundId: string;
  @ApiProperty({ format: 'uuid' }) companyId: string;
  @ApiProperty() satisfaction: number;
  @ApiProperty() wouldExhibitAgain: boolean;
  @ApiProperty({ type: ReportedFigureView }) contractsSigned: ReportedFigureView;
  @ApiProperty({ type: ReportedFigureView }) contractsExpected: ReportedFigureView;
  @ApiProperty({ type: ReportedFigureView }) shipments: ReportedFigureView;
  @ApiProperty({ type: [StageChangeView] }) consultationStages: StageChangeView[];
  @ApiProperty({ type: [String], format: 'uuid', description: 'Contracts recorded with this response (laterContracts, in order)' }) contractIds: string[];
  @ApiProperty({ type: [String], format: 'uuid', description: 'Provisional contracts this response confirmed as signed' }) confirmedContractIds: string[];
  @ApiProperty({ type: [String], format: 'uuid', description: 'Shipments recorded with this response' }) shipmentIds: string[];
  @ApiPropertyOptional({ nullable: true, type: String }) comment: string | null;
  @ApiProperty({ enum: ['company', 'manager'] }) submittedBy: 'company' | 'manager';
  @ApiProperty({ format: 'date-time' }) submittedAt: string;
}
