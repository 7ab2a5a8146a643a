import { Body, Controller, Delete, Get, HttpCode, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentUser } from '../tenancy/current-principal.decorator.js';
import type { UserPrincipal } from '../tenancy/principal.js';
import { Roles } from '../tenancy/roles.decorator.js';
import { ApiIfMatch, ApiProblems } from '../common/api-responses.js';
import { ApiPost } from '../idempotency/api-post.js';
import { IfMatch } from '../common/etag.js';
import { PageQueryDto } from '../common/pagination.js';
import { UuidParam } from '../common/uuid-param.js';
import { CreateWebhookDto } from './dto/create-webhook.dto.js';
import { UpdateWebhookDto } from './dto/update-webhook.dto.js';
import { WebhookDto, WebhookPageDto, WebhookWithSecretDto } from './dto/webhook.dto.js';
import { WebhooksService } from './webhooks.service.js';

/** Agency admins register partner endpoints that receive the agency's events as they happen. */
@ApiTags('webhooks')
@ApiBearerAuth()
@ApiProblems()
@Roles('admin')
@Controller('webhooks')
export class WebhooksController {
  constructor(private readonly webhooks: WebhooksService) {}

  @Get()
  @ApiOperation({ operationId: 'listWebhooks', summary: 'List webhook endpoints', description: 'With their subscriptions and state; never a secret.' })
  @ApiOkResponse({ type: WebhookPageDto })
  list(@CurrentUser() user: UserPrincipal, @Query() page: PageQueryDto) {
    return this.webhooks.list(user.agencyId, page);
  }

  @Post()
  @ApiOperation({
    operationId: 'createWebhook',
    summary: 'Register a webhook endpoint',
    description:
      'Events of the agency are POSTed to `url`, signed as Standard Webhooks 1.0. It receives only event types its scopes can read; ' +
      'the URL must resolve to public addresses only. The signing secret is in this answer only.',
  })
  @ApiPost({ type: WebhookWithSecretDto, description: 'The signing secret is in this response only', location: '/v1/webhooks/{id}', secret: true })
  create(@CurrentUser() user: UserPrincipal, @Body() body: CreateWebhookDto) {
    return this.webhooks.create(user.agencyId, user.userId, body);
  }

  @Get(':id')
  @ApiOperation({ operationId: 'getWebhook', summary: 'Get a webhook endpoint' })
  @ApiProblems({ notFound: true })
  @ApiOkResponse({ type: WebhookDto })
  get(@CurrentUser() user: UserPrincipal, @UuidParam('id') id: string) {
    return this.webhooks.get(user.agencyId, id);
  }

  @Patch(':id')
  @ApiOperation({
    operationId: 'updateWebhook',
    summary: 'Update a webhook endpoint',
    description: '`enabled: true` sends what was pending when it was disabled, at once and in order; `fairIds: null` is every fair again.',
  })
  @ApiProblems({ notFound: true })
  @ApiIfMatch()
  @ApiOkResponse({ type: WebhookDto })
  update(@CurrentUser() user: UserPrincipal, @UuidParam('id') id: string, @Body() body: UpdateWebhookDto, @IfMatch() expectedVersion: number | undefined) {
    return this.webhooks.update(user.agencyId, id, body, expectedVersion);
  }

  @Delete(':id')
  @ApiOperation({ operationId: 'deleteWebhook', summary: 'Delete a webhook endpoint', description: 'With its pending deliveries and its delivery log.' })
  @HttpCode(204)
  @ApiProblems({ notFound: true })
  @ApiNoContentResponse({ description: 'Deleted' })
  remove(@CurrentUser() user: UserPrincipal, @UuidParam('id') id: string) {
    return this.webhooks.remove(user.agencyId, id);
  }

  @Post(':id/rotate-secret')
  @ApiOperation({
    operationId: 'rotateWebhookSecret',
    summary: "Rotate a webhook endpoint's signing secret",
    description: 'A new secret, in this answer only; deliveries are signed with the old and the new one until `previousSecretExpiresAt`.',
  })
  @ApiProblems({ notFound: true })
  @ApiPost({ status: 200, type: WebhookWithSecretDto, description: 'The new secret is in this response only', secret: true })
  rotateSecret(@CurrentUser() user: UserPrincipal, @UuidParam('id') id: string) {
    return this.webhooks.rotateSecret(user.agencyId, id);
  }
}
