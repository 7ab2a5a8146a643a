import { HttpStatus, Inject, Injectable } from '@nestjs/common';
import type { ConfigType } from '@nestjs/config';
import { Clock } from '../common/clock.js';
import { NotFoundProblem } from '../common/errors.js';
import { money, moneyOrNull } from '../common/money.js';
import { ProblemException, TooManyRequestsProblem } from '../common/problem.js';
import { actingAs } from '../database/actor.js';
import { followupsConfig } from '../config/configuration.js';
import { Transactions } from '../database/transactions.js';
import { RedisThrottlerStorage } from '../throttle/redis-throttler.storage.js';
import type { FormDto } from './dto/questionnaire.dto.js';
import type { ResponseDto, SubmitResponseDto } from './dto/response.dto.js';
import { FollowUpResponsesService, responseDto } from './follow-up-responses.service.js';
import { FollowUpsRepository, type FormContextRow } from './follow-ups.repository.js';
import { TOKEN_SHAPE, tokenHash } from './link-tokens.js';

/** The header a self-report link's token travels in (the page reads it from the URL's fragment). */
export const TOKEN_HEADER = 'x-follow-up-token';

class LinkProblem extends ProblemException {
  constructor(status: number, type: string, title: string, detail: string) {
    super({ status, type, title, detail });
  }
}

/**
 * A company's own view of one round, through its link, with no account. The token names exactly one
 * questionnaire: a token used on another questionnaire's address is a 404, like an unknown one; an
 * expired or revoked link is a 410. Every use of a known token is logged (follow_up_link_uses), and
 * each token is limited to FOLLOWUP_LINK_RATE_LIMIT requests per window, beside the per-address limit.
 */
@Injectable()
export class FollowUpLinksService {
  constructor(
    private readonly followUps: FollowUpsRepository,
    private readonly responses: FollowUpResponsesService,
    private readonly transactions: Transactions,
    private readonly throttle: RedisThrottlerStorage,
    private readonly clock: Clock,
    @Inject(followupsConfig.KEY) private readonly config: ConfigType<typeof followupsConfig>,
  ) {}

  async form(questionnaireId: string, token: string | undefined): Promise<FormDto> {
    const row = await this.resolve(questionnaireId, token, 'view');
    await this.followUps.logUse(row.agency_id, row.id, 'view', 'ok');
    const consultations = await this.followUps.openConsultations(row.agency_id, row.fair_id, row.company_id);
    const contracts = await this.followUps.companyContracts(row.agency_id, row.fair_id, row.company_id);
    const stored = await this.followUps.responseOf(row.agency_id, row.id);
    return {
      questionnaireId: row.id,
      language: row.language,
      companyName: row.company_name,
      fair: { name: row.fair_name, city: row.city, country: row.country, startsOn: row.starts_on, endsOn: row.ends_on, timezone: row.timezone },
      round: row.sequence,
      monthsAfter: row.months_after,
      linkExpiresAt: row.token_expires_at.toISOString(),
      consultations: consultations.map((c) => ({
        id: c.id,
        localDate: c.local_date,
        buyerOrganisation: c.buyer_organisation,
        buyerCountry: c.buyer_country,
        productInterest: c.product_interest,
        estimatedValue: moneyOrNull(c.estimated_amount, c.estimated_currency),
        stage: c.stage,
      })),
      contracts: contracts.map((c) => ({
        id: c.id,
        status: c.status,
        signedOn: c.signed_on,
        buyerOrganisation: c.buyer_organisation,
        buyerCountry: c.buyer_country,
        value: money(c.value_amount, c.value_currency),
        shipments: c.shipments,
      })),
      response: stored ? responseDto(stored) : null,
    };
  }

  async submit(questionnaireId: string, token: string | undefined, input: SubmitResponseDto): Promise<ResponseDto> {
    const row = await this.resolve(questionnaireId, token, 'submit');
    // Audited as the link: actor type company_link, id the questionnaire's.
    return actingAs(`company_link:${row.id}`, () =>
      this.transactions.run(async () => {
        const locked = await this.followUps.findByTokenHash(tokenHash(token as string), true);
        if (!locked || locked.id !== questionnaireId) throw new NotFoundProblem('Questionnaire', questionnaireId);
        const answer = await this.responses.submit(locked, input, { kind: 'company' });
        await this.followUps.logUse(row.agency_id, row.id, 'submit', 'ok');
        return answer;
      }),
    );
  }

  private async resolve(questionnaireId: string, token: string | undefined, action: 'view' | 'submit'): Promise<FormContextRow> {
    if (token === undefined || !TOKEN_SHAPE.test(token)) {
      throw new LinkProblem(HttpStatus.UNAUTHORIZED, 'invalid-link', 'Unauthorized', `The ${TOKEN_HEADER} header must hold the token of your link`);
    }
    const hash = tokenHash(token);
    await this.limit(hash);
    const row = await this.followUps.findByTokenHash(hash);
    if (!row) throw new NotFoundProblem('Questionnaire', questionnaireId);
    if (row.id !== questionnaireId) {
      await this.followUps.logUse(row.agency_id, row.id, action, 'refused: another questionnaire');
      throw new NotFoundProblem('Questionnaire', questionnaireId);
    }
    if (row.token_revoked_at !== null) {
      await this.followUps.logUse(row.agency_id, row.id, action, 'refused: revoked');
      throw new LinkProblem(HttpStatus.GONE, 'link-revoked', 'Gone', 'This link was revoked; ask the agency for a new one');
    }
    if (row.token_expires_at <= this.clock.now()) {
      await this.followUps.logUse(row.agency_id, row.id, action, 'refused: expired');
      throw new LinkProblem(HttpStatus.GONE, 'link-expired', 'Gone', 'This link has expired; ask the agency for a new one');
    }
    return row;
  }

  private async limit(hash: string): Promise<void> {
    let counted;
    try {
      counted = await this.throttle.increment(`followup:${hash.slice(0, 32)}`, this.config.rateWindowMs, this.config.linkRateLimit);
    } catch {
      return; // Redis away: the link is served unthrottled, as every other route is
    }
    if (counted.isBlocked) {
      throw new TooManyRequestsProblem(`More than ${this.config.linkRateLimit} requests with this link; see Retry-After`, counted.timeToExpire);
    }
  }
}
