import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import type { ConfigType } from '@nestjs/config';
import type { ApiKeyScope } from '../tenancy/scopes.js';
import { assertVersion } from '../common/etag.js';
import { NotFoundProblem, RuleProblem, UnknownReferenceProblem } from '../common/errors.js';
import { type Page, type PageQueryDto, toPage } from '../common/pagination.js';
import { rejectNulls } from '../common/validation.js';
import { webhooksConfig } from '../config/configuration.js';
import { Transactions } from '../database/transactions.js';
import { AddressGuard, RefusedAddressError } from './address-guard.js';
import type { CreateWebhookDto } from './dto/create-webhook.dto.js';
import type { UpdateWebhookDto } from './dto/update-webhook.dto.js';
import { WebhookDto, type WebhookWithSecretDto } from './dto/webhook.dto.js';
import { scopesMissingTheirBase, unreadablePatterns } from './event-types.js';
import { WebhookDeliveriesRepository } from './webhook-deliveries.repository.js';
import { type EndpointRow, type EndpointSettings, WebhookEndpointsRepository } from './webhook-endpoints.repository.js';
import { newWebhookSecret, WebhookSecretBox } from './webhook-secrets.js';
import { WebhookWakeUp } from './webhook-wake-up.js';

/** Records not attributed to a fair: a fair-limited endpoint cannot read them (as a fair-limited key cannot). */
const AGENCY_WIDE_SCOPES: ApiKeyScope[] = ['companies:read', 'buyers:read', 'buyers:pii'];

/** Agency admins' webhook endpoints: the rules on what an endpoint may hear of, and where it may be. */
@Injectable()
export class WebhooksService {
  constructor(
    private readonly endpoints: WebhookEndpointsRepository,
    private readonly deliveries: WebhookDeliveriesRepository,
    private readonly guard: AddressGuard,
    private readonly secrets: WebhookSecretBox,
    private readonly wakeUp: WebhookWakeUp,
    private readonly transactions: Transactions,
    @Inject(webhooksConfig.KEY) private readonly config: ConfigType<typeof webhooksConfig>,
  ) {}

  async list(agencyId: string, page: PageQueryDto): Promise<Page<WebhookDto>> {
    return toPage(await this.endpoints.list(agencyId, page), page.limit, (row) => WebhookDto.from(row));
  }

  async get(agencyId: string, id: string): Promise<WebhookDto> {
    return WebhookDto.from(await this.found(agencyId, id));
  }

  /** The secret is in this answer only; it is stored encrypted, for signing. */
  async create(agencyId: string, userId: string, input: CreateWebhookDto): Promise<WebhookWithSecretDto> {
    const settings: EndpointSettings = {
      url: input.url,
      description: input.description ?? null,
      eventTypes: input.eventTypes,
      fairIds: input.fairIds ?? null,
      scopes: input.scopes,
    };
    this.checkSubscription(settings);
    await this.checkUrl(settings.url);
    return this.transactions.run(async () => {
      await this.checkFairs(agencyId, settings.fairIds);
      const id = randomUUID();
      const secret = newWebhookSecret();
      const row = await this.endpoints.insert(agencyId, id, settings, input.enabled ?? true, this.secrets.seal(id, secret), userId);
      return { ...WebhookDto.from(row), secret };
    });
  }

  /** Enabling an endpoint again sends what was pending when it stopped, at once and in order. */
  async update(agencyId: string, id: string, changes: UpdateWebhookDto, expectedVersion: number | undefined): Promise<WebhookDto> {
    rejectNulls(changes, ['url', 'eventTypes', 'scopes', 'enabled']);
    // Resolving the host may take seconds: before the row is locked.
    if (changes.url !== undefined) await this.checkUrl(changes.url);
    return this.transactions.run(async () => {
      const current = await this.found(agencyId, id, true);
      assertVersion(expectedVersion, current.version, `Webhook ${id}`);
      const settings: EndpointSettings = {
        url: changes.url ?? current.url,
        description: changes.description === undefined ? current.description : changes.description,
        eventTypes: changes.eventTypes ?? current.eventTypes,
        fairIds: changes.fairIds === undefined ? current.fairIds : changes.fairIds,
        scopes: changes.scopes ?? current.scopes,
      };
      this.checkSubscription(settings);
      if (changes.fairIds) await this.checkFairs(agencyId, changes.fairIds);
      const enabled = changes.enabled ?? current.enabled;
      const row = await this.endpoints.update(agencyId, id, settings, enabled);
      // Queued under the old scopes: what the new ones do not read is not sent.
      if (changes.scopes) await this.deliveries.dropUnreadable(agencyId, id, settings.scopes);
      if (enabled && !current.enabled) {
        await this.deliveries.resumePending(agencyId, id);
        this.wakeUp.afterCommit(agencyId, id);
      }
      return WebhookDto.from(row);
    });
  }

  /** Gone with its deliveries and their log; the audit log keeps the endpoint's history. */
  async remove(agencyId: string, id: string): Promise<void> {
    await this.transactions.run(async () => {
      await this.found(agencyId, id, true);
      await this.endpoints.delete(agencyId, id);
    });
  }

  /** A new secret, shown once; the old one keeps signing beside it for WEBHOOK_SECRET_OVERLAP_HOURS. */
  async rotateSecret(agencyId: string, id: string): Promise<WebhookWithSecretDto> {
    return this.transactions.run(async () => {
      await this.found(agencyId, id, true);
      const secret = newWebhookSecret();
      const row = await this.endpoints.rotateSecret(agencyId, id, this.secrets.seal(id, secret), new Date(Date.now() + this.config.secretOverlapMs));
      return { ...WebhookDto.from(row), secret };
    });
  }

  private async found(agencyId: string, id: string, forUpdate = false): Promise<EndpointRow> {
    const row = await this.endpoints.findById(agencyId, id, forUpdate);
    if (!row) throw new NotFoundProblem('Webhook', id);
    return row;
  }

  /** An endpoint hears no more than a key with its scopes could read. */
  private checkSubscription({ eventTypes, fairIds, scopes }: EndpointSettings): void {
    const unreadable = unreadablePatterns(eventTypes, scopes);
    if (unreadable.length > 0) {
      throw new RuleProblem('eventTypes', unreadable.map(({ pattern, scope }) => `${pattern} needs the ${scope} scope`).join('; '));
    }
    const alone = scopesMissingTheirBase(scopes);
    if (alone.length > 0) {
      throw new RuleProblem('scopes', alone.map(({ scope, needs }) => `${scope} needs ${needs} beside it: it adds to what ${needs} reads`).join('; '));
    }
    const wide = fairIds ? scopes.filter((scope) => AGENCY_WIDE_SCOPES.includes(scope)) : [];
    if (wide.length > 0) {
      throw new RuleProblem('scopes', `an endpoint limited to fairs cannot have ${wide.join(', ')}: companies and buyers are not attributed to one fair`);
    }
  }

  /** The scheme rule and the SSRF rule, as 422s naming `url`. */
  private async checkUrl(url: string): Promise<void> {
    const parsed = new URL(url);
    const scheme = this.guard.schemeProblem(parsed);
    if (scheme) throw new RuleProblem('url', scheme);
    try {
      await this.guard.check(parsed);
    } catch (error) {
      if (error instanceof RefusedAddressError) throw new RuleProblem('url', `${error.message}; webhooks go to public addresses only`);
      throw error;
    }
  }

  private async checkFairs(agencyId: string, fairIds: string[] | null): Promise<void> {
    if (fairIds && (await this.endpoints.countFairs(agencyId, fairIds)) !== fairIds.length) throw new UnknownReferenceProblem('fairIds', 'fair');
  }
}
