import { Body, Controller, Get, Post, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiForbiddenResponse, ApiOkResponse, ApiOperation, ApiTags, ApiUnprocessableEntityResponse } from '@nestjs/swagger';
import { ApiKeyScope } from '../tenancy/api-key-scope.decorator.js';
import { CurrentPrincipal } from '../tenancy/current-principal.decorator.js';
import type { Principal, UserPrincipal } from '../tenancy/principal.js';
import { Roles } from '../tenancy/roles.decorator.js';
import { ApiProblems } from '../common/api-responses.js';
import { ApiPost } from '../idempotency/api-post.js';
import { UuidParam } from '../common/uuid-param.js';
import { NewLinkAnswerDto, NewLinkDto, QuestionnaireDto, QuestionnaireListDto } from './dto/questionnaire.dto.js';
import { ResponseDto, SubmitResponseDto } from './dto/response.dto.js';
import { RoundListDto, UpdateScheduleDto } from './dto/schedule.dto.js';
import { SurveyResultsDto } from './dto/survey.dto.js';
import { FollowUpResponsesService } from './follow-up-responses.service.js';
import { FollowUpsService } from './follow-ups.service.js';

/** Follow-up rounds after a fair, for managers (and partner keys, read only). */
@ApiTags('follow-ups')
@ApiBearerAuth()
@ApiProblems({ notFound: true })
@Roles('manager')
@Controller()
export class FollowUpsController {
  constructor(
    private readonly followUps: FollowUpsService,
    private readonly responses: FollowUpResponsesService,
  ) {}

  @Get('fairs/:fairId/follow-up-rounds')
  @ApiOperation({
    operationId: 'listFollowUpRounds',
    summary: "A fair's follow-up rounds",
    description: "Its schedule (by default 3, 6 and 12 months after the fair's last day, at midnight in the fair's time zone), each round with when it opens or opened and how many companies were asked and answered.",
  })
  @ApiKeyScope('outcomes:read')
  @ApiOkResponse({ type: RoundListDto })
  schedule(@CurrentPrincipal() principal: Principal, @UuidParam('fairId') fairId: string) {
    return this.followUps.schedule(principal, fairId);
  }

  @Put('fairs/:fairId/follow-up-rounds')
  @ApiOperation({
    operationId: 'updateFollowUpRounds',
    summary: "Set a fair's follow-up schedule",
    description: 'The months after the fair, one per round. Unopened rounds not named are removed; an opened round must stay (422).',
  })
  @ApiOkResponse({ type: RoundListDto })
  @ApiForbiddenResponse({ description: 'Managers and admins only; API keys are read only' })
  @ApiUnprocessableEntityResponse({ description: 'An opened round was left out' })
  updateSchedule(@CurrentPrincipal() principal: Principal, @UuidParam('fairId') fairId: string, @Body() body: UpdateScheduleDto) {
    return this.followUps.updateSchedule(principal, fairId, body);
  }

  @Get('follow-up-rounds/:roundId/questionnaires')
  @ApiOperation({ operationId: 'listFollowUpQuestionnaires', summary: "A round's questionnaires", description: 'One per participating company: invitation, reminders, answer and link state.' })
  @ApiOkResponse({ type: QuestionnaireListDto })
  questionnaires(@CurrentPrincipal() principal: Principal, @UuidParam('roundId') roundId: string) {
    return this.followUps.questionnaires(principal.agencyId, roundId);
  }

  @Get('follow-up-questionnaires/:questionnaireId/response')
  @ApiOperation({ operationId: 'getFollowUpResponse', summary: "A company's answers to a round" })
  @ApiOkResponse({ type: ResponseDto })
  response(@CurrentPrincipal() principal: Principal, @UuidParam('questionnaireId') questionnaireId: string) {
    return this.followUps.response(principal.agencyId, questionnaireId);
  }

  @Post('follow-up-questionnaires/:questionnaireId/response')
  @ApiOperation({
    operationId: 'submitFollowUpResponseForCompany',
    summary: "Enter a company's answers on its behalf",
    description: 'As the company would through its link: stages of its open consultations move, later contracts are recorded. Once per questionnaire (409 after).',
  })
  @ApiPost({ type: ResponseDto, location: '/v1/follow-up-questionnaires/{questionnaireId}/response' })
  @ApiUnprocessableEntityResponse({ description: 'A consultation that is not one of the company’s open ones, or a contract the contracts rules refuse; the field is named' })
  submit(@CurrentPrincipal() principal: UserPrincipal, @UuidParam('questionnaireId') questionnaireId: string, @Body() body: SubmitResponseDto) {
    return this.responses.submitForCompany(principal.agencyId, principal.userId, questionnaireId, body);
  }

  @Post('follow-up-questionnaires/:questionnaireId/link')
  @ApiOperation({
    operationId: 'renewFollowUpLink',
    summary: "Give a company a new self-report link",
    description: 'The old link stops working; the new one is emailed to the company and shown here once.',
  })
  @ApiPost({ status: 200, type: NewLinkAnswerDto, secret: true })
  renewLink(@CurrentPrincipal() principal: Principal, @UuidParam('questionnaireId') questionnaireId: string, @Body() body: NewLinkDto) {
    return this.followUps.newLink(principal.agencyId, questionnaireId, body);
  }

  @Post('follow-up-questionnaires/:questionnaireId/link/revoke')
  @ApiOperation({ operationId: 'revokeFollowUpLink', summary: "Revoke a company's self-report link", description: 'It is refused (410) from its next use. Revoking a revoked link changes nothing.' })
  @ApiPost({ status: 200, type: QuestionnaireDto, description: 'The questionnaire, its link revoked' })
  revokeLink(@CurrentPrincipal() principal: Principal, @UuidParam('questionnaireId') questionnaireId: string) {
    return this.followUps.revokeLink(principal.agencyId, questionnaireId);
  }

  @Get('fairs/:fairId/outcomes/follow-ups')
  @ApiOperation({
    operationId: 'getFollowUpResults',
    summary: "A fair's exhibitor survey results",
    description:
      'Per round: companies asked, responses, response rate, average satisfaction, share who would exhibit again, and the contracts and shipments companies reported (values summed per currency). `responses` (every answer) only for users and keys with `followups:read`.',
  })
  @ApiKeyScope('outcomes:read')
  @ApiOkResponse({ type: SurveyResultsDto })
  results(@CurrentPrincipal() principal: Principal, @UuidParam('fairId') fairId: string) {
    return this.followUps.results(principal, fairId);
  }
}
