import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiConflictResponse, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentUser } from '../auth/current-principal.decorator.js';
import type { UserPrincipal } from '../auth/principal.js';
import { Roles } from '../auth/roles.decorator.js';
import { SecretResponse } from '../common/secret-response.decorator.js';
import { ApiProblems, ApiWrite } from '../common/api-problem-responses.js';
import { PageQueryDto } from '../common/pagination.js';
import { uuidParam } from '../common/uuid-param.js';
import { ApiKeysService } from './api-keys.service.js';
import { ApiKeyDto, ApiKeyPageDto, ApiKeyWithSecretDto } from './dto/api-key.dto.js';
import { CreateApiKeyDto } from './dto/create-api-key.dto.js';

/** Admins issue read-only keys to partner agencies. */
@ApiTags('api-keys')
@ApiBearerAuth()
@ApiProblems()
@Roles('admin')
@Controller('api-keys')
export class ApiKeysController {
  constructor(private readonly keys: ApiKeysService) {}

  @Get()
  @ApiOkResponse({ type: ApiKeyPageDto })
  list(@CurrentUser() user: UserPrincipal, @Query() page: PageQueryDto) {
    return this.keys.list(user.agencyId, page);
  }

  @Post()
  @ApiWrite()
  @SecretResponse()
  @ApiConflictResponse({ description: 'A replayed Idempotency-Key: the secret is shown only once, nothing is created' })
  @ApiCreatedResponse({ type: ApiKeyWithSecretDto, description: 'The secret is in this response only' })
  create(@CurrentUser() user: UserPrincipal, @Body() body: CreateApiKeyDto) {
    return this.keys.create(user.agencyId, user.userId, body);
  }

  @Get(':id')
  @ApiProblems({ notFound: true })
  @ApiOkResponse({ type: ApiKeyDto })
  get(@CurrentUser() user: UserPrincipal, @Param('id', uuidParam('id')) id: string) {
    return this.keys.get(user.agencyId, id);
  }

  @Post(':id/revoke')
  @HttpCode(200)
  @ApiProblems({ notFound: true })
  @ApiOkResponse({ type: ApiKeyDto, description: 'Revoked (again: no change)' })
  revoke(@CurrentUser() user: UserPrincipal, @Param('id', uuidParam('id')) id: string) {
    return this.keys.revoke(user.agencyId, id);
  }

  @Post(':id/rotate')
  @HttpCode(200)
  @SecretResponse()
  @ApiProblems({ notFound: true })
  @ApiOkResponse({ type: ApiKeyWithSecretDto, description: 'A new secret; the old one stops working at once' })
  @ApiConflictResponse({ description: 'The key is revoked, or a replayed Idempotency-Key (the secret is shown only once)' })
  rotate(@CurrentUser() user: UserPrincipal, @Param('id', uuidParam('id')) id: string) {
    return this.keys.rotate(user.agencyId, id);
  }
}
