import { Controller, Get, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiConflictResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentUser } from '../tenancy/current-principal.decorator.js';
import type { UserPrincipal } from '../tenancy/principal.js';
import { Roles } from '../tenancy/roles.decorator.js';
import { ApiProblems } from '../common/api-responses.js';
import { ApiPost } from '../idempotency/api-post.js';
import { UuidParam } from '../common/uuid-param.js';
import { ListDeliveriesDto, RedeliveredDto, WebhookDeliveryDto, WebhookDeliveryPageDto } from './dto/webhook-delivery.dto.js';
import { WebhookDeliveriesService } from './webhook-deliveries.service.js';

const DISABLED = 'The endpoint is disabled: enable it first';

/** An endpoint's delivery log, redelivery and the test event (admins). */
@ApiTags('webhooks')
@ApiBearerAuth()
@ApiProblems({ notFound: true })
@Roles('admin')
@Controller('webhooks/:id')
export class WebhookDeliveriesController {
  constructor(private readonly deliveries: WebhookDeliveriesService) {}

  @Get('deliveries')
  @ApiOperation({ operationId: 'listWebhookDeliveries', summary: "List a webhook endpoint's deliveries", description: 'Newest first, each with its attempts.' })
  @ApiOkResponse({ type: WebhookDeliveryPageDto })
  list(@CurrentUser() user: UserPrincipal, @UuidParam('id') id: string, @Query() filter: ListDeliveriesDto) {
    return this.deliveries.list(user.agencyId, id, filter);
  }

  @Post('deliveries/:deliveryId/redeliver')
  @ApiOperation({
    operationId: 'redeliverWebhookDelivery',
    summary: 'Send one event again',
    description: 'The same event id and body, once the deliveries before it have gone; a pending delivery is tried now rather than at its backoff time.',
  })
  @ApiPost({ status: 202, type: WebhookDeliveryDto })
  @ApiConflictResponse({ description: DISABLED })
  redeliver(@CurrentUser() user: UserPrincipal, @UuidParam('id') id: string, @UuidParam('deliveryId') deliveryId: string) {
    return this.deliveries.redeliver(user.agencyId, id, deliveryId);
  }

  @Post('redeliver-failed')
  @ApiOperation({ operationId: 'redeliverFailedWebhookDeliveries', summary: 'Send every failed delivery again', description: 'In their original order.' })
  @ApiPost({ status: 202, type: RedeliveredDto })
  @ApiConflictResponse({ description: DISABLED })
  redeliverFailed(@CurrentUser() user: UserPrincipal, @UuidParam('id') id: string) {
    return this.deliveries.redeliverFailed(user.agencyId, id);
  }

  @Post('test')
  @ApiOperation({ operationId: 'sendWebhookTestEvent', summary: 'Send a test event', description: 'A signed `webhook.test` event, queued after what is pending.' })
  @ApiPost({ status: 202, type: WebhookDeliveryDto })
  @ApiConflictResponse({ description: DISABLED })
  sendTest(@CurrentUser() user: UserPrincipal, @UuidParam('id') id: string) {
    return this.deliveries.sendTest(user.agencyId, id);
  }
}
