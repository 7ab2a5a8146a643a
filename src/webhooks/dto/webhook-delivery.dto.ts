import { ApiProperty, ApiPropertyOptional, OmitType } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { PageQueryDto } from '../../common/pagination.js';
import type { AttemptRow, DeliveryRow, DeliveryStatus } from '../webhook-deliveries.repository.js';

const DELIVERY_STATUSES: DeliveryStatus[] = ['pending', 'delivered', 'failed'];

export class WebhookAttemptDto {
  @ApiProperty({ format: 'date-time' }) at: string;
  @ApiProperty({ nullable: true, type: Number, description: 'Null when no answer came (see error)' }) statusCode: number | null;
  @ApiProperty() responseTimeMs: number;
  @ApiProperty({ nullable: true, type: String, description: 'The first 1 KB of the answer' }) responseBody: string | null;
  @ApiProperty({ nullable: true, type: String, example: 'no answer within 10000 ms' }) error: string | null;
  @ApiProperty({ format: 'date-time', nullable: true, type: String, description: 'When the next attempt was scheduled after this one failed' })
  retryAt: string | null;

  static from(row: AttemptRow): WebhookAttemptDto {
    return {
      at: row.attemptedAt.toISOString(),
      statusCode: row.statusCode,
      responseTimeMs: row.responseTimeMs,
      responseBody: row.responseBody,
      error: row.error,
      retryAt: row.retryAt?.toISOString() ?? null,
    };
  }
}

export class WebhookDeliveryDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid', description: 'The `webhook-id` header: receivers deduplicate on it' }) eventId: string;
  @ApiProperty({ example: 'consultation.updated' }) eventType: string;
  @ApiProperty({ enum: DELIVERY_STATUSES, description: '`failed`: given up on after the retry window' }) status: DeliveryStatus;
  @ApiProperty({ format: 'date-time', nullable: true, type: String, description: 'While pending: not sent before this' }) nextAttemptAt: string | null;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) deliveredAt: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ type: [WebhookAttemptDto], description: 'Oldest first' }) attempts: WebhookAttemptDto[];

  static from(row: DeliveryRow, attempts: AttemptRow[]): WebhookDeliveryDto {
    return {
      id: row.id,
      eventId: row.eventId,
      eventType: row.eventType,
      status: row.status,
      nextAttemptAt: row.nextAttemptAt?.toISOString() ?? null,
      deliveredAt: row.deliveredAt?.toISOString() ?? null,
      createdAt: row.createdAt.toISOString(),
      attempts: attempts.map((attempt) => WebhookAttemptDto.from(attempt)),
    };
  }
}

export class WebhookDeliveryPageDto {
  @ApiProperty({ type: [WebhookDeliveryDto] }) data: WebhookDeliveryDto[];
  @ApiProperty({ nullable: true, type: String }) nextCursor: string | null;
}

export class RedeliveredDto {
  @ApiProperty({ description: 'Deliveries queued again' }) redelivered: number;
}

/** Newest first; the cursor is the last delivery's position in the endpoint's queue. */
export class ListDeliveriesDto extends OmitType(PageQueryDto, ['cursor'] as const) {
  @ApiPropertyOptional({ enum: DELIVERY_STATUSES })
  @IsOptional()
  @IsIn(DELIVERY_STATUSES, { message: `status must be one of: ${DELIVERY_STATUSES.join(', ')}` })
  status?: DeliveryStatus;

  @ApiPropertyOptional({ description: "Opaque cursor from the previous page's `nextCursor`" })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  @Matches(/^[1-9][0-9]{0,17}$/, { message: 'cursor is not one this API issued' })
  cursor?: string;
}
