import { Controller, Get, HttpCode, Post, UseGuards } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiBody,
  ApiOkResponse,
  ApiTags,
  ApiTooManyRequestsResponse,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import { ApiProblems } from '../common/api-problem-responses.js';
import { UserDto } from '../users/dto/user.dto.js';
import { UsersService } from '../users/users.service.js';
import { AuthService } from './auth.service.js';
import { CurrentPrincipal, CurrentUser } from './current-principal.decorator.js';
import { LoginDto } from './dto/login.dto.js';
import { TokenDto } from './dto/token.dto.js';
import { LoginGuard } from './guards.js';
import type { UserPrincipal } from './principal.js';
import { Public } from './public.decorator.js';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly users: UsersService,
  ) {}

  @Public()
  @UseGuards(LoginGuard)
  @Post('login')
  @HttpCode(200)
  @ApiBody({ type: LoginDto })
  @ApiOkResponse({ type: TokenDto })
  @ApiUnauthorizedResponse({ description: 'Invalid email or password, or the account is disabled' })
  @ApiTooManyRequestsResponse({ description: 'Too many failed attempts for the account or address; see Retry-After' })
  login(@CurrentPrincipal() principal: UserPrincipal): Promise<TokenDto> {
    return this.auth.issueToken(principal);
  }

  /** The signed-in user, whatever their role. */
  @Get('me')
  @ApiBearerAuth()
  @ApiProblems()
  @ApiOkResponse({ type: UserDto })
  me(@CurrentUser() principal: UserPrincipal): Promise<UserDto> {
    return this.users.get(principal.agencyId, principal.userId);
  }
}
