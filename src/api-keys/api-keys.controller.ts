import { Body, Controller, Get, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiConflictResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentUser } from '../tenancy/current-principal.decorator.js';
import type { UserPrincipal } from '../tenancy/principal.js';
import { Roles } from '../tenancy/roles.decorator.js';
import { ApiIfMatch, ApiProblems } from '../common/api-responses.js';
import { ApiPost } from '../idempotency/api-post.js';
import { IfMatch } from '../common/etag.js';
import { PageQueryDto } from '../common/pagination.js';
import { UuidParam } from '../common/uuid-param.js';
import { ApiKeysService } from './api-keys.service.js';
import { ApiKeyDto, ApiKeyPageDto, ApiKeyWithSecretDto } from './dto/api-key.dto.js';
import { CreateApiKeyDto } from './dto/create-api-key.dto.js';
import { UpdateApiKeyDto } from './dto/update-api-key.dto.js';

/** Admins issue read-only keys to partner agencies. */
@ApiTags('api-keys')
@ApiBearerAuth()
@ApiProblems()
@Roles('admin')
@Controller('api-keys')
export class ApiKeysController {
  constructor(private readonly keys: ApiKeysService) {}

  @Get()
  @ApiOperation({ operationId: 'listApiKeys', summary: 'List API keys', description: 'By prefix, with scopes, fairs, expiry, revocation and last use; never the secret.' })
  @ApiOkResponse({ type: ApiKeyPageDto })
  list(@CurrentUser() user: UserPrincipal, @Query() page: PageQueryDto) {
    return this.keys.list(user.agencyId, page);
  }

  @Post()
  @ApiOperation({ operationId: 'createApiKey', summary: 'Issue an API key to a partner', description: 'Read only, limited to its scopes (and fairs, if given). The secret is in this answer only.' })
  @ApiPost({ type: ApiKeyWithSecretDto, description: 'The secret is in this response only', location: '/v1/api-keys/{id}', secret: true })
  create(@CurrentUser() user: UserPrincipal, @Body() body: CreateApiKeyDto) {
    return this.keys.create(user.agencyId, user.userId, body);
  }

  @Get(':id')
  @ApiOperation({ operationId: 'getApiKey', summary: 'Get an API key' })
  @ApiProblems({ notFound: true })
  @ApiOkResponse({ type: ApiKeyDto })
  get(@CurrentUser() user: UserPrincipal, @UuidParam('id') id: string) {
    return this.keys.get(user.agencyId, id);
  }

  @Patch(':id')
  @ApiOperation({
    operationId: 'updateApiKey',
    summary: "Change an API key's name, scopes or fairs",
    description: 'Same rules as issuing; the key works with its new scopes and fairs from its next request on.',
  })
  @ApiOkResponse({ type: ApiKeyDto })
  @ApiProblems({ notFound: true })
  @ApiIfMatch()
  @ApiConflictResponse({ description: 'The key is revoked' })
  update(@CurrentUser() user: UserPrincipal, @UuidParam('id') id: string, @Body() body: UpdateApiKeyDto, @IfMatch() expectedVersion: number | undefined) {
    return this.keys.update(user.agencyId, id, body, expectedVersion);
  }

  @Post(':id/revoke')
  @ApiOperation({ operationId: 'revokeApiKey', summary: 'Revoke an API key', description: 'The key stops working on its next request.' })
  @ApiProblems({ notFound: true })
  @ApiPost({ status: 200, type: ApiKeyDto, description: 'Revoked (again: no change)' })
  revoke(@CurrentUser() user: UserPrincipal, @UuidParam('id') id: string) {
    return this.keys.revoke(user.agencyId, id);
  }

  @Post(':id/rotate')
  @ApiOperation({ operationId: 'rotateApiKey', summary: "Rotate an API key's secret", description: 'A new secret for the same key; the old secret stops working on its next request.' })
  @ApiProblems({ notFound: true })
  @ApiPost({ status: 200, type: ApiKeyWithSecretDto, description: 'A new secret; the old one stops working at once', secret: true })
  @ApiConflictResponse({ description: 'The key is revoked' })
  rotate(@CurrentUser() user: UserPrincipal, @UuidParam('id') id: string) {
    return this.keys.rotate(user.agencyId, id);
  }
}
