import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiConflictResponse, ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentUser } from '../auth/current-principal.decorator.js';
import type { UserPrincipal } from '../auth/principal.js';
import { Roles } from '../auth/roles.decorator.js';
import { ApiProblems, ApiWrite } from '../common/api-problem-responses.js';
import { IfMatch } from '../common/etag.js';
import { PageQueryDto } from '../common/pagination.js';
import { SecretResponse } from '../common/secret-response.decorator.js';
import { uuidParam } from '../common/uuid-param.js';
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
  @ApiOkResponse({ type: WebhookPageDto })
  list(@CurrentUser() user: UserPrincipal, @Query() page: PageQueryDto) {
    return this.webhooks.list(user.agencyId, page);
  }

  @Post()
  @ApiWrite()
  @SecretResponse()
  @ApiConflictResponse({ description: 'A replayed Idempotency-Key: the secret is shown only once, nothing is created' })
  @ApiCreatedResponse({ type: WebhookWithSecretDto, description: 'The signing secret is in this response only' })
  create(@CurrentUser() user: UserPrincipal, @Body() body: CreateWebhookDto) {
    return this.webhooks.create(user.agencyId, user.userId, body);
  }

  @Get(':id')
  @ApiProblems({ notFound: true })
  @ApiOkResponse({ type: WebhookDto })
  get(@CurrentUser() user: UserPrincipal, @Param('id', uuidParam('id')) id: string) {
    return this.webhooks.get(user.agencyId, id);
  }

  @Patch(':id')
  @ApiProblems({ notFound: true })
  @ApiWrite({ ifMatch: true })
  @ApiOkResponse({ type: WebhookDto })
  update(
    @CurrentUser() user: UserPrincipal,
    @Param('id', uuidParam('id')) id: string,
    @Body() body: UpdateWebhookDto,
    @IfMatch() expectedVersion: number | undefined,
  ) {
    return this.webhooks.update(user.agencyId, id, body, expectedVersion);
  }

  @Delete(':id')
  @HttpCode(204)
  @ApiProblems({ notFound: true })
  @ApiNoContentResponse({ description: 'Deleted, with its pending deliveries and its delivery log' })
  remove(@CurrentUser() user: UserPrincipal, @Param('id', uuidParam('id')) id: string) {
    return this.webhooks.remove(user.agencyId, id);
  }

  @Post(':id/rotate-secret')
  @HttpCode(200)
  @SecretResponse()
  @ApiProblems({ notFound: true })
  @ApiOkResponse({ type: WebhookWithSecretDto, description: 'A new secret; deliveries are signed with both until `previousSecretExpiresAt`' })
  @ApiConflictResponse({ description: 'A replayed Idempotency-Key (the secret is shown only once); nothing rotated' })
  rotateSecret(@CurrentUser() user: UserPrincipal, @Param('id', uuidParam('id')) id: string) {
    return this.webhooks.rotateSecret(user.agencyId, id);
  }
}
