import { Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiAcceptedResponse, ApiBearerAuth, ApiConflictResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentUser } from '../auth/current-principal.decorator.js';
import type { UserPrincipal } from '../auth/principal.js';
import { Roles } from '../auth/roles.decorator.js';
import { ApiProblems } from '../common/api-problem-responses.js';
import { uuidParam } from '../common/uuid-param.js';
import { ListDeliveriesDto, RedeliveredDto, WebhookDeliveryDto, WebhookDeliveryPageDto } from './dto/webhook-delivery.dto.js';
import { WebhookDeliveriesService } from './webhook-deliveries.service.js';

/** An endpoint's delivery log, redelivery and the test event (admins). */
@ApiTags('webhooks')
@ApiBearerAuth()
@ApiProblems({ notFound: true })
@Roles('admin')
@Controller('webhooks/:id')
export class WebhookDeliveriesController {
  constructor(private readonly deliveries: WebhookDeliveriesService) {}

  @Get('deliveries')
  @ApiOkResponse({ type: WebhookDeliveryPageDto, description: 'Newest first, each with its attempts' })
  list(@CurrentUser() user: UserPrincipal, @Param('id', uuidParam('id')) id: string, @Query() filter: ListDeliveriesDto) {
    return this.deliveries.list(user.agencyId, id, filter);
  }

  @Post('deliveries/:deliveryId/redeliver')
  @HttpCode(202)
  @ApiAcceptedResponse({ type: WebhookDeliveryDto, description: 'Queued: sent again (same event id and body) once the deliveries before it are' })
  @ApiConflictResponse({ description: 'The endpoint is disabled' })
  redeliver(
    @CurrentUser() user: UserPrincipal,
    @Param('id', uuidParam('id')) id: string,
    @Param('deliveryId', uuidParam('deliveryId')) deliveryId: string,
  ) {
    return this.deliveries.redeliver(user.agencyId, id, deliveryId);
  }

  @Post('redeliver-failed')
  @HttpCode(202)
  @ApiAcceptedResponse({ type: RedeliveredDto, description: 'Every failed delivery queued again, in its original order' })
  @ApiConflictResponse({ description: 'The endpoint is disabled' })
  redeliverFailed(@CurrentUser() user: UserPrincipal, @Param('id', uuidParam('id')) id: string) {
    return this.deliveries.redeliverFailed(user.agencyId, id);
  }

  @Post('test')
  @HttpCode(202)
  @ApiAcceptedResponse({ type: WebhookDeliveryDto, description: 'A `webhook.test` event, queued after what is pending' })
  @ApiConflictResponse({ description: 'The endpoint is disabled' })
  sendTest(@CurrentUser() user: UserPrincipal, @Param('id', uuidParam('id')) id: string) {
    return this.deliveries.sendTest(user.agencyId, id);
  }
}
