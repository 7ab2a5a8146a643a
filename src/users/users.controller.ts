import { Body, Controller, Get, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiConflictResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, CurrentUser } from '../tenancy/current-principal.decorator.js';
import type { Principal, UserPrincipal } from '../tenancy/principal.js';
import { Roles } from '../tenancy/roles.decorator.js';
import { ApiIfMatch, ApiProblems } from '../common/api-responses.js';
import { ApiPost } from '../idempotency/api-post.js';
import { IfMatch } from '../common/etag.js';
import { PageQueryDto } from '../common/pagination.js';
import { UuidParam } from '../common/uuid-param.js';
import { CreateUserDto } from './dto/create-user.dto.js';
import { UpdateUserDto } from './dto/update-user.dto.js';
import { UserDto, UserPageDto } from './dto/user.dto.js';
import { UsersService } from './users.service.js';

@ApiTags('users')
@ApiBearerAuth()
@ApiProblems()
@Roles('admin')
@Controller('users')
export class UsersController {
  constructor(private readonly users: UsersService) {}

  @Get()
  @ApiOperation({ operationId: 'listUsers', summary: "List your agency's users", description: 'In cursor pages.' })
  @ApiOkResponse({ type: UserPageDto })
  list(@CurrentPrincipal() principal: Principal, @Query() page: PageQueryDto) {
    return this.users.list(principal.agencyId, page);
  }

  @Post()
  @ApiOperation({ operationId: 'createUser', summary: 'Add a user', description: 'Staff, manager or admin of your agency, who signs in with this email and password.' })
  @ApiPost({ type: UserDto, location: '/v1/users/{id}' })
  @ApiConflictResponse({ description: 'The email is taken' })
  create(@CurrentPrincipal() principal: Principal, @Body() body: CreateUserDto) {
    return this.users.create(principal.agencyId, body);
  }

  @Get(':id')
  @ApiOperation({ operationId: 'getUser', summary: 'Get a user' })
  @ApiOkResponse({ type: UserDto })
  @ApiProblems({ notFound: true })
  get(@CurrentPrincipal() principal: Principal, @UuidParam('id') id: string) {
    return this.users.get(principal.agencyId, id);
  }

  @Patch(':id')
  @ApiOperation({ operationId: 'updateUser', summary: 'Update a user', description: 'Change the role or name, disable or re-enable.' })
  @ApiOkResponse({ type: UserDto })
  @ApiProblems({ notFound: true })
  @ApiIfMatch()
  @ApiConflictResponse({ description: 'Would leave the agency without an active admin, or disable yourself' })
  update(
    @CurrentUser() principal: UserPrincipal,
    @UuidParam('id') id: string,
    @Body() body: UpdateUserDto,
    @IfMatch() expectedVersion: number | undefined,
  ) {
    return this.users.update(principal.agencyId, principal.userId, id, body, expectedVersion);
  }
}
