import { Body, Controller, Delete, Get, HttpCode, Post, Query, Req } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiConflictResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiResponse,
  ApiTags,
  ApiTooManyRequestsResponse,
} from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import { CurrentPrincipal, CurrentUser } from '../tenancy/current-principal.decorator.js';
import type { Principal, UserPrincipal } from '../tenancy/principal.js';
import { Public } from '../tenancy/public.decorator.js';
import { Roles } from '../tenancy/roles.decorator.js';
import { ApiProblems } from '../common/api-responses.js';
import { ApiPost } from '../idempotency/api-post.js';
import { PageQueryDto } from '../common/pagination.js';
import { UuidParam } from '../common/uuid-param.js';
import { AcceptInvitationDto } from './dto/accept-invitation.dto.js';
import { CreateInvitationDto } from './dto/create-invitation.dto.js';
import { InvitationDto, InvitationPageDto } from './dto/invitation.dto.js';
import { InvitationsService } from './invitations.service.js';

@ApiTags('invitations')
@Controller('invitations')
export class InvitationsController {
  constructor(private readonly invitations: InvitationsService) {}

  @Post()
  @Roles('admin')
  @ApiBearerAuth()
  @ApiProblems()
  @ApiOperation({
    operationId: 'createInvitation',
    summary: 'Invite a user by email',
    description:
      "Mails a link (in the invitee's language) that sets their password once and creates the account in your agency. A pending invitation to the same email is replaced. " +
      'An email with an account in another agency is answered the same (an invitation says nothing about accounts elsewhere); that address is mailed a notice instead of a link, and the invitation cannot be accepted.',
  })
  @ApiPost({ type: InvitationDto, location: '/v1/invitations/{id}' })
  @ApiConflictResponse({ description: 'A user of your agency has this email' })
  invite(@CurrentUser() principal: UserPrincipal, @Body() body: CreateInvitationDto): Promise<InvitationDto> {
    return this.invitations.invite(principal, body);
  }

  @Get()
  @Roles('admin')
  @ApiBearerAuth()
  @ApiProblems()
  @ApiOperation({ operationId: 'listInvitations', summary: 'List pending invitations', description: 'Neither accepted, revoked nor expired; oldest first, in cursor pages.' })
  @ApiOkResponse({ type: InvitationPageDto })
  list(@CurrentPrincipal() principal: Principal, @Query() page: PageQueryDto) {
    return this.invitations.listPending(principal.agencyId, page);
  }

  @Get(':id')
  @Roles('admin')
  @ApiBearerAuth()
  @ApiProblems({ notFound: true })
  @ApiOperation({ operationId: 'getInvitation', summary: 'Get an invitation', description: 'In any status: pending, accepted, revoked or expired.' })
  @ApiOkResponse({ type: InvitationDto })
  get(@CurrentPrincipal() principal: Principal, @UuidParam('id') id: string): Promise<InvitationDto> {
    return this.invitations.get(principal.agencyId, id);
  }

  @Delete(':id')
  @Roles('admin')
  @ApiBearerAuth()
  @ApiProblems({ notFound: true })
  @ApiOperation({ operationId: 'revokeInvitation', summary: 'Revoke an invitation', description: 'Its link stops working.' })
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'Revoked (or already revoked or expired)' })
  @ApiConflictResponse({ description: 'The invitation has been accepted' })
  revoke(@CurrentPrincipal() principal: Principal, @UuidParam('id') id: string): Promise<void> {
    return this.invitations.revoke(principal.agencyId, id);
  }

  @Public()
  @Post('accept')
  @ApiOperation({
    operationId: 'acceptInvitation',
    summary: "Accept an invitation: set your password",
    description: 'With the token of the invitation link. Works once; then sign in with the invitation email and this password.',
  })
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'The account is active' })
  @ApiBadRequestResponse({ description: 'Validation failed; `errors` names each field' })
  @ApiResponse({ status: 410, description: 'The link is unknown, used, expired or revoked (`reason`)' })
  @ApiConflictResponse({ description: 'The invitation email has an account by now; nothing is created or changed' })
  @ApiTooManyRequestsResponse({ description: 'Too many refused links from this address; see Retry-After' })
  accept(@Body() body: AcceptInvitationDto, @Req() request: FastifyRequest): Promise<void> {
    return this.invitations.accept(body, request.ip);
  }
}
