import { ApiProperty } from '@nestjs/swagger';

export class CountValueDto {
  @ApiProperty({ example: 360 }) count: number;
  @ApiProperty({ example: '10450000.00', description: 'USD, exact' }) valueUsd: string;
}

export class ContractTotalsDto {
  @ApiProperty({ type: CountValueDto, description: '체결' }) signed: CountValueDto;
  @ApiProperty({ type: CountValueDto, description: '계약추진' }) expected: CountValueDto;
}

/** Consultations at the booth (`booth`, `interpreted`) and after the fair (`video`). */
export class ConsultationPhasesDto {
  @ApiProperty({ type: CountValueDto, description: 'Booth and interpreted consultations' }) onSite: CountValueDto;
  @ApiProperty({ type: CountValueDto, description: 'Video consultations after the fair' }) after: CountValueDto;
}

/** Signed contracts (체결) signed during the fair and after it; together they are `contracts.signed`. */
export class SignedPhasesDto {
  @ApiProperty({ type: CountValueDto }) onSite: CountValueDto;
  @ApiProperty({ type: CountValueDto }) later: CountValueDto;
}

/**
 * What followed the consultations: consultation value → expected → provisional → signed (on site /
 * later) → shipped. Live records only; cancelled contracts count in no contract stage, but what was
 * shipped under one before it was cancelled still counts as shipped (the goods left); a shipment
 * counts toward its contract's company.
 */
export class FunnelDto {
  @ApiProperty({ type: ConsultationPhasesDto }) consultations: ConsultationPhasesDto;
  @ApiProperty({ example: 12, description: 'Consultations rated hot' }) hotLeads: number;
  @ApiProperty({ type: CountValueDto, description: '계약추진' }) expected: CountValueDto;
  @ApiProperty({ type: CountValueDto, description: '가계약' }) provisional: CountValueDto;
  @ApiProperty({ type: SignedPhasesDto, description: '체결' }) signed: SignedPhasesDto;
  @ApiProperty({ type: CountValueDto, description: 'Shipments (realized exports)' }) shipped: CountValueDto;
}

export class FunnelHomeDto {
  @ApiProperty({ nullable: true, type: String }) consultationsOnSiteValue: string | null;
  @ApiProperty({ nullable: true, type: String }) consultationsAfterValue: string | null;
  @ApiProperty({ nullable: true, type: String }) provisionalValue: string | null;
  @ApiProperty({ nullable: true, type: String }) signedOnSiteValue: string | null;
  @ApiProperty({ nullable: true, type: String }) signedLaterValue: string | null;
  @ApiProperty({ nullable: true, type: String }) shippedValue: string | null;
}

export class HomeCurrencyDto {
  @ApiProperty({ example: 'KRW' }) currency: string;
  @ApiProperty({ example: '1130.000000', nullable: true, type: String, description: 'Units per USD pinned for the fair' })
  rate: string | null;
  @ApiProperty({ example: '2017-05-01', nullable: true, type: String, description: 'Date of the pinned rate' })
  rateDate: string | null;
  @ApiProperty({ nullable: true, type: String, description: 'Consultation value in the home currency; null without a rate' })
  consultationsValue: string | null;
  @ApiProperty({ nullable: true, type: String }) signedValue: string | null;
  @ApiProperty({ nullable: true, type: String }) expectedValue: string | null;
  @ApiProperty({ type: FunnelHomeDto, description: "The funnel's values in the home currency; each null without a rate" })
  funnel: FunnelHomeDto;
}

export class BreakdownMeasuresDto {
  @ApiProperty({ type: CountValueDto }) consultations: CountValueDto;
  @ApiProperty({ type: ContractTotalsDto }) contracts: ContractTotalsDto;
}

/** Pre-arranged meetings (matchmaking): every request made, and those held or missed. */
export class MeetingCountsDto {
  @ApiProperty({ example: 40 }) requested: number;
  @ApiProperty({ example: 31 }) held: number;
  @ApiProperty({ example: 3 }) noShow: number;
}

export class CompanyOutcomeDto extends BreakdownMeasuresDto {
  @ApiProperty({ format: 'uuid' }) companyId: string;
  @ApiProperty() companyName: string;
  @ApiProperty({ nullable: true, type: String, example: '원주메디칼', description: 'The name in local script (e.g. Korean), where the company has one' })
  companyLocalName: string | null;
  @ApiProperty({ type: MeetingCountsDto }) meetings: MeetingCountsDto;
  @ApiProperty({ type: FunnelDto }) funnel: FunnelDto;
}

export class CountryOutcomeDto extends BreakdownMeasuresDto {
  @ApiProperty({ example: 'CN' }) country: string;
}

export class DayOutcomeDto extends BreakdownMeasuresDto {
  @ApiProperty({ example: '2017-05-15', description: "Fair-local day (consultations) or signing day (contracts)" }) date: string;
}

export class MonthOutcomeDto {
  @ApiProperty({ example: 3, description: "Whole months since the fair's last day (0: during the fair or within a month after it)" }) month: number;
  @ApiProperty({ type: CountValueDto, description: 'Contracts signed in this month' }) signed: CountValueDto;
  @ApiProperty({ type: CountValueDto, description: 'Shipments made in this month' }) shipped: CountValueDto;
  @ApiProperty({ type: CountValueDto, description: 'Contracts signed up to and including this month' }) signedToDate: CountValueDto;
  @ApiProperty({ type: CountValueDto, description: 'Shipments up to and including this month' }) shippedToDate: CountValueDto;
}

export class FairSummaryDto {
  @ApiProperty({ example: 'CMEF 2017' }) name: string;
  @ApiProperty({ example: 'cmef' }) series: string;
  @ApiProperty({ example: 2017 }) year: number;
  @ApiProperty({ example: 'CN' }) country: string;
  @ApiProperty({ example: 'trade_fair' }) kind: string;
  @ApiProperty({ example: '2017-05-15' }) startsOn: string;
  @ApiProperty({ example: '2017-05-18' }) endsOn: string;
}

export class OutcomeTotalsDto {
  @ApiProperty({ format: 'uuid' }) fairId: string;
  @ApiProperty({ type: FairSummaryDto }) fair: FairSummaryDto;
  @ApiProperty({ type: CountValueDto }) consultations: CountValueDto;
  @ApiProperty({ type: ContractTotalsDto }) contracts: ContractTotalsDto;
  @ApiProperty({ example: 7, description: 'Exhibiting companies' }) companies: number;
  @ApiProperty({ example: 120, description: 'Distinct linked buyers' }) buyers: number;
  @ApiProperty({ example: 14, description: 'Distinct buyer countries' }) countries: number;
  @ApiProperty({ type: MeetingCountsDto }) meetings: MeetingCountsDto;
  @ApiProperty({ type: FunnelDto }) funnel: FunnelDto;
  @ApiProperty({ example: '0.1056', nullable: true, type: String, description: 'Signed contracts per consultation' })
  conversion: string | null;
  @ApiProperty({ type: HomeCurrencyDto }) home: HomeCurrencyDto;
  @ApiProperty({ format: 'date-time', nullable: true, type: String, description: 'When the worker last computed it' })
  computedAt: string | null;
  @ApiProperty({ description: 'A write is not yet reflected; a refresh is on its way' }) stale: boolean;
}

export class FairOutcomeDto extends OutcomeTotalsDto {
  @ApiProperty({ type: [CompanyOutcomeDto] }) byCompany: CompanyOutcomeDto[];
  @ApiProperty({ type: [CountryOutcomeDto] }) byCountry: CountryOutcomeDto[];
  @ApiProperty({ type: [DayOutcomeDto] }) byDay: DayOutcomeDto[];
  @ApiProperty({
    type: [MonthOutcomeDto],
    description: 'Signings and shipments by month since the fair, every month from 0 to the last with one (the cumulative curve in `…ToDate`)',
  })
  byMonth: MonthOutcomeDto[];
}

export class GrandTotalDto {
  @ApiProperty() fairs: number;
  @ApiProperty({ type: CountValueDto }) consultations: CountValueDto;
  @ApiProperty({ type: ContractTotalsDto }) contracts: ContractTotalsDto;
  @ApiProperty({ description: 'Sum of exhibiting companies over the fairs (a company at two fairs counts twice)' })
  companyParticipations: number;
  @ApiProperty({ type: FunnelDto }) funnel: FunnelDto;
}

export class OutcomeRollupDto {
  @ApiProperty({ type: [OutcomeTotalsDto] }) data: OutcomeTotalsDto[];
  @ApiProperty({ type: GrandTotalDto }) total: GrandTotalDto;
}

export class SeriesYearDto {
  @ApiProperty() year: number;
  @ApiProperty({ type: GrandTotalDto }) total: GrandTotalDto;
}

export class SeriesOutcomeDto {
  @ApiProperty({ example: 'cmef' }) series: string;
  @ApiProperty({ type: [OutcomeTotalsDto], description: 'Each edition, oldest first' }) editions: OutcomeTotalsDto[];
  @ApiProperty({ type: [SeriesYearDto], description: 'Totals per year (a year may hold several editions)' })
  years: SeriesYearDto[];
}
