import { Body, Controller, Get, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiConflictResponse, ApiCreatedResponse, ApiOkResponse, ApiPreconditionFailedResponse, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, CurrentUser } from '../auth/current-principal.decorator.js';
import type { Principal, UserPrincipal } from '../auth/principal.js';
import { Roles } from '../auth/roles.decorator.js';
import { ApiProblems } from '../common/api-problem-responses.js';
import { IfMatch } from '../common/etag.js';
import { PageQueryDto } from '../common/pagination.js';
import { uuidParam } from '../common/uuid-param.js';
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
  @ApiOkResponse({ type: UserPageDto })
  list(@CurrentPrincipal() principal: Principal, @Query() page: PageQueryDto) {
    return this.users.list(principal.agencyId, page);
  }

  @Post()
  @ApiCreatedResponse({ type: UserDto })
  @ApiConflictResponse({ description: 'The email is taken' })
  create(@CurrentPrincipal() principal: Principal, @Body() body: CreateUserDto) {
    return this.users.create(principal.agencyId, body);
  }

  @Get(':id')
  @ApiOkResponse({ type: UserDto })
  @ApiProblems({ notFound: true })
  get(@CurrentPrincipal() principal: Principal, @Param('id', uuidParam('id')) id: string) {
    return this.users.get(principal.agencyId, id);
  }

  /** Change role or name, disable or re-enable. */
  @Patch(':id')
  @ApiOkResponse({ type: UserDto })
  @ApiProblems({ notFound: true })
  @ApiConflictResponse({ description: 'Would leave the agency without an active admin, or disable yourself' })
  @ApiPreconditionFailedResponse({ description: 'If-Match names an older version' })
  update(
    @CurrentUser() principal: UserPrincipal,
    @Param('id', uuidParam('id')) id: string,
    @Body() body: UpdateUserDto,
    @IfMatch() expectedVersion: number | undefined,
  ) {
    return this.users.update(principal.agencyId, principal.userId, id, body, expectedVersion);
  }
}
