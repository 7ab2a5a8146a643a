import { Body, Controller, Delete, Get, HttpCode, Post, Req, Res, UseGuards, UseInterceptors } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiBody,
  ApiCookieAuth,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiTooManyRequestsResponse,
  ApiUnauthorizedResponse,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { ApiProblems } from '../common/api-responses.js';
import { ApiPost } from '../idempotency/api-post.js';
import { IdempotencyInterceptor } from '../idempotency/idempotency.interceptor.js';
import { SecretResponse } from '../common/secret-response.decorator.js';
import { UserDto } from '../users/dto/user.dto.js';
import { UsersService } from '../users/users.service.js';
import { CurrentPrincipal, CurrentUser } from '../tenancy/current-principal.decorator.js';
import { ChangePasswordDto } from './dto/change-password.dto.js';
import { LoginDto } from './dto/login.dto.js';
import { TokenDto } from './dto/token.dto.js';
import { LoginGuard } from './guards.js';
import type { UserPrincipal } from '../tenancy/principal.js';
import { Public } from '../tenancy/public.decorator.js';
import { answerSession, clearRefreshCookie, REFRESH_COOKIE, refreshTokenOf } from './refresh-cookie.js';
import { SessionsService } from './sessions.service.js';
import { UnauthorizedProblem } from './unauthorized.problem.js';

const REFRESH_COOKIE_DOC = `Also sets the \`${REFRESH_COOKIE}\` refresh cookie (HttpOnly, Secure, SameSite=Strict, Path=/v1/auth/refresh)`;

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly sessions: SessionsService,
    private readonly users: UsersService,
  ) {}

  @Public()
  @UseGuards(LoginGuard)
  // Signed in by its guard, so an Idempotency-Key is honoured as on every authenticated POST: a retry
  // is a 409, the tokens being secrets shown once (ApiPost binds this interceptor on the other POSTs).
  @UseInterceptors(IdempotencyInterceptor)
  @Post('login')
  @ApiOperation({ operationId: 'login', summary: 'Sign in with email and password', description: 'Answers a bearer access token for the `Authorization` header, and sets the refresh cookie.' })
  @HttpCode(200)
  @SecretResponse()
  @ApiBody({ type: LoginDto })
  @ApiOkResponse({ type: TokenDto, description: REFRESH_COOKIE_DOC })
  @ApiUnauthorizedResponse({ description: 'Invalid email or password, or the account is disabled' })
  @ApiTooManyRequestsResponse({ description: 'Too many failed attempts for the account or address; see Retry-After' })
  async login(@CurrentPrincipal() principal: UserPrincipal, @Res({ passthrough: true }) reply: FastifyReply): Promise<TokenDto> {
    return answerSession(reply, await this.sessions.start(principal), this.sessions.refreshTokenTtlSeconds);
  }

  @Public()
  @Post('refresh')
  @ApiOperation({ operationId: 'refreshSession', summary: 'Get a new access token', description: 'For the refresh cookie, which is rotated: each refresh token works once.' })
  @HttpCode(200)
  @SecretResponse()
  @ApiCookieAuth(REFRESH_COOKIE)
  @ApiOkResponse({ type: TokenDto, description: `A new access token. ${REFRESH_COOKIE_DOC}` })
  @ApiUnauthorizedResponse({ description: 'No, an unknown, expired, revoked or reused refresh token; the cookie is cleared' })
  @ApiTooManyRequestsResponse({ description: 'Too many refused refresh attempts from this address; see Retry-After' })
  async refresh(@Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<TokenDto> {
    try {
      return answerSession(reply, await this.sessions.refresh(refreshTokenOf(request), request.ip), this.sessions.refreshTokenTtlSeconds);
    } catch (error) {
      if (error instanceof UnauthorizedProblem) clearRefreshCookie(reply);
      throw error;
    }
  }

  @Public()
  @Delete('refresh')
  @ApiOperation({ operationId: 'logout', summary: 'Sign out', description: "Revokes the refresh cookie's sign-in; the user's other devices stay signed in." })
  @HttpCode(204)
  @ApiCookieAuth(REFRESH_COOKIE)
  @ApiNoContentResponse({ description: 'Signed out; the cookie is cleared' })
  async logout(@Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<void> {
    await this.sessions.end(refreshTokenOf(request));
    clearRefreshCookie(reply);
  }

  @Post('password')
  @ApiOperation({ operationId: 'changePassword', summary: 'Change your password', description: 'Every other session ends; this answer starts a new one.' })
  @ApiBearerAuth()
  @ApiProblems()
  @ApiPost({ status: 200, type: TokenDto, description: REFRESH_COOKIE_DOC, secret: true })
  @ApiUnprocessableEntityResponse({ description: 'currentPassword is wrong (counted like a failed sign-in)' })
  @ApiTooManyRequestsResponse({ description: 'Too many failed attempts for the account or address; see Retry-After' })
  async changePassword(
    @CurrentUser() principal: UserPrincipal,
    @Body() body: ChangePasswordDto,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<TokenDto> {
    const session = await this.sessions.changePassword(principal, body, request.ip);
    return answerSession(reply, session, this.sessions.refreshTokenTtlSeconds);
  }

  @Get('me')
  @ApiOperation({ operationId: 'getCurrentUser', summary: 'Get the signed-in user' })
  @ApiBearerAuth()
  @ApiProblems()
  @ApiOkResponse({ type: UserDto })
  me(@CurrentUser() principal: UserPrincipal): Promise<UserDto> {
    return this.users.get(principal.agencyId, principal.userId);
  }
}
