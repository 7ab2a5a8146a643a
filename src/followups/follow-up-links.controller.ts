import { Body, Controller, Get, Headers, HttpCode, Post } from '@nestjs/common';
import {
  ApiGoneResponse,
  ApiHeader,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiTooManyRequestsResponse,
  ApiUnauthorizedResponse,
  ApiUnprocessableEntityResponse,
  ApiConflictResponse,
  ApiBadRequestResponse,
} from '@nestjs/swagger';
import { Public } from '../tenancy/public.decorator.js';
import { UuidParam } from '../common/uuid-param.js';
import { FormDto } from './dto/questionnaire.dto.js';
import { ResponseDto, SubmitResponseDto } from './dto/response.dto.js';
import { FollowUpLinksService, TOKEN_HEADER } from './follow-up-links.service.js';

const TOKEN = ApiHeader({ name: TOKEN_HEADER, required: true, description: "The token of the company's link (the part after # in the emailed link)" });

/** A company answering a round through its emailed link, without an account. */
@ApiTags('follow-ups')
@Public()
@ApiUnauthorizedResponse({ description: `No or a malformed ${TOKEN_HEADER} header` })
@ApiNotFoundResponse({ description: 'The token is unknown, or is not the token of this questionnaire' })
@ApiGoneResponse({ description: 'The link expired or was revoked' })
@ApiTooManyRequestsResponse({ description: 'Too many requests with this link or from this address; see Retry-After' })
@Controller('follow-up/questionnaires')
export class FollowUpLinksController {
  constructor(private readonly links: FollowUpLinksService) {}

  @Get(':questionnaireId')
  @ApiOperation({
    operationId: 'getFollowUpForm',
    summary: 'The questionnaire a company answers through its link',
    description: "Its open consultations at the fair (buyers' organisation and country only, never their contact data) and its answers once given.",
  })
  @TOKEN
  @ApiOkResponse({ type: FormDto })
  form(@UuidParam('questionnaireId') questionnaireId: string, @Headers(TOKEN_HEADER) token: string | undefined) {
    return this.links.form(questionnaireId, token);
  }

  @Post(':questionnaireId/response')
  @ApiOperation({ operationId: 'submitFollowUpResponse', summary: 'Answer a round through the link', description: 'Once (409 after).' })
  @TOKEN
  @HttpCode(200)
  @ApiOkResponse({ type: ResponseDto, description: 'Answered: the answers as stored (the form shows them from now on)' })
  @ApiBadRequestResponse({ description: 'Validation failed; `errors` names each field' })
  @ApiConflictResponse({ description: 'Already answered' })
  @ApiUnprocessableEntityResponse({ description: 'A consultation that is not one of your open ones, or a contract the contracts rules refuse; the field is named' })
  submit(@UuidParam('questionnaireId') questionnaireId: string, @Headers(TOKEN_HEADER) token: string | undefined, @Body() body: SubmitResponseDto) {
    return this.links.submit(questionnaireId, token, body);
  }
}
