import { Body, Controller, HttpCode, Post, Req } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiNoContentResponse,
  ApiOperation,
  ApiResponse,
  ApiTags,
  ApiTooManyRequestsResponse,
} from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import { Public } from '../tenancy/public.decorator.js';
import { PasswordResetRequestedDto, RequestPasswordResetDto } from './dto/request-password-reset.dto.js';
import { ResetPasswordDto } from './dto/reset-password.dto.js';
import { PasswordResetsService } from './password-resets.service.js';

const REQUESTED: PasswordResetRequestedDto = { message: 'If an account has this email, a link to reset its password is on its way.' };

@ApiTags('auth')
@Public()
@Controller('auth/password-reset')
export class PasswordResetsController {
  constructor(private readonly resets: PasswordResetsService) {}

  @Post()
  @ApiOperation({
    operationId: 'requestPasswordReset',
    summary: 'Forgot password: mail a reset link',
    description: 'Answers the same 202 whether or not the email has an account. The link works once, for PASSWORD_RESET_TTL_MINUTES.',
  })
  @HttpCode(202)
  @ApiResponse({ status: 202, type: PasswordResetRequestedDto, description: 'Accepted (the same answer for any email)' })
  @ApiBadRequestResponse({ description: 'Validation failed; `errors` names each field' })
  @ApiTooManyRequestsResponse({ description: 'Too many requests for this email or from this address; see Retry-After' })
  async request(@Body() body: RequestPasswordResetDto, @Req() request: FastifyRequest): Promise<PasswordResetRequestedDto> {
    await this.resets.request(body.email, request.ip);
    return REQUESTED;
  }

  @Post('confirm')
  @ApiOperation({
    operationId: 'resetPassword',
    summary: 'Set a new password with a reset link',
    description: 'With the token of the reset link. Every session of the user ends; sign in with the new password.',
  })
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'The password is changed' })
  @ApiBadRequestResponse({ description: 'Validation failed; `errors` names each field' })
  @ApiResponse({ status: 410, description: 'The link is unknown, used, expired, or the password changed since (`reason`)' })
  @ApiTooManyRequestsResponse({ description: 'Too many refused links from this address; see Retry-After' })
  reset(@Body() body: ResetPasswordDto, @Req() request: FastifyRequest): Promise<void> {
    return this.resets.reset(body, request.ip);
  }
}
