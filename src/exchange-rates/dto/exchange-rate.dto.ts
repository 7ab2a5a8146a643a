import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsISO4217CurrencyCode, IsOptional, Matches, NotEquals } from 'class-validator';
import { IsCalendarDate } from '../../common/dates.js';
import { formatRate } from '../../common/money.js';
import { UpperCase } from '../../common/dto-fields.js';
import { PageQueryDto } from '../../common/pagination.js';
import type { ExchangeRate } from '../exchange-rate.entity.js';

export class CreateExchangeRateDto {
  @ApiProperty({ example: 'KRW' })
  @UpperCase()
  @IsISO4217CurrencyCode({ message: 'currency must be an ISO 4217 code such as KRW' })
  @NotEquals('USD', { message: 'currency must not be USD: amounts in USD need no rate' })
  currency: string;

  @ApiProperty({ example: '2017-05-15', description: 'The rate applies from this date until a later one' })
  @IsCalendarDate()
  date: string;

  @ApiProperty({ example: '1360.00', description: 'Units of the currency per US dollar: a positive decimal string, up to 6 decimals' })
  @Matches(/^(?!0+(\.0+)?$)\d{1,12}(\.\d{1,6})?$/, {
    message: 'unitsPerUsd must be a positive decimal string with at most 6 decimals, such as "1360.00"',
  })
  unitsPerUsd: string;
}

export class ListExchangeRatesDto extends PageQueryDto {
  @ApiPropertyOptional({ example: 'KRW' })
  @IsOptional()
  @UpperCase()
  @IsISO4217CurrencyCode({ message: 'currency must be an ISO 4217 code such as KRW' })
  currency?: string;

  @ApiPropertyOptional({ description: 'Rates dated on or after this date' })
  @IsOptional()
  @IsCalendarDate()
  from?: string;

  @ApiPropertyOptional({ description: 'Rates dated on or before this date' })
  @IsOptional()
  @IsCalendarDate()
  to?: string;
}

export class ExchangeRateDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: 'KRW' }) currency: string;
  @ApiProperty({ example: '2017-05-15' }) date: string;
  @ApiProperty({ example: '1360.000000' }) unitsPerUsd: string;
  @ApiProperty({ format: 'date-time' }) createdAt: string;

  static from(rate: ExchangeRate): ExchangeRateDto {
    return {
      id: rate.id,
      currency: rate.currency,
      date: rate.rateDate,
      unitsPerUsd: formatRate(rate.unitsPerUsd),
      createdAt: rate.createdAt.toISOString(),
    };
  }
}

export class ExchangeRatePageDto {
  @ApiProperty({ type: [ExchangeRateDto] }) data: ExchangeRateDto[];
  @ApiProperty({ nullable: true, type: String }) nextCursor: string | null;
}

/** The rate a record's USD value was computed with, frozen on the record. */
export class AppliedRateDto {
  @ApiProperty({ example: '1360.000000' }) unitsPerUsd: string;
  @ApiProperty({ example: '2017-05-15' }) date: string;
}
