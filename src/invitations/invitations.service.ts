import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import type { ConfigType } from '@nestjs/config';
import { LoginAttemptsService } from '../auth/login-attempts.service.js';
import { Clock } from '../common/clock.js';
import { PasswordService } from '../users/password.service.js';
import type { UserPrincipal } from '../tenancy/principal.js';
import { isUniqueViolation, NotFoundProblem } from '../common/errors.js';
import { hashLinkToken, type LinkRefusal, LinkRefusedProblem, newLinkToken } from '../common/link-token.js';
import { type Page, type PageQueryDto, toPage } from '../common/pagination.js';
import { ConflictProblem } from '../common/problem.js';
import { actingAs } from '../database/actor.js';
import { accountsConfig } from '../config/configuration.js';
import { Transactions } from '../database/transactions.js';
import { Mailer } from '../mail/mailer.js';
import { UsersRepository } from '../users/users.repository.js';
import type { AcceptInvitationDto } from './dto/accept-invitation.dto.js';
import type { CreateInvitationDto } from './dto/create-invitation.dto.js';
import { InvitationDto } from './dto/invitation.dto.js';
import { InvitationsRepository } from './invitations.repository.js';

/**
 * An admin invites someone by email; the mail's link (a single-use token, of which only the SHA-256
 * is stored) lets them set a password once, which creates their account in the admin's agency.
 *
 * An email is one account's in all of Pavilion (sign-in names no agency). The admin's own agency's
 * users are theirs to list, so inviting one of them is a 409; an email with an account in another
 * agency is answered exactly like a new one, so an admin cannot learn who has an account elsewhere,
 * and that address is mailed a notice instead of a link.
 */
@Injectable()
export class InvitationsService {
  constructor(
    private readonly invitations: InvitationsRepository,
    private readonly users: UsersRepository,
    private readonly passwords: PasswordService,
    private readonly attempts: LoginAttemptsService,
    private readonly mailer: Mailer,
    private readonly transactions: Transactions,
    private readonly clock: Clock,
    @Inject(accountsConfig.KEY) private readonly config: ConfigType<typeof accountsConfig>,
  ) {}

  /**
   * Sends the invitation mail (in the invitee's language); a pending invitation to the same email is
   * replaced. For an account of another agency the invitation is stored and answered the same, but its
   * token is never sent (the mail is the notice), so it cannot be accepted.
   */
  async invite(principal: UserPrincipal, input: CreateInvitationDto): Promise<InvitationDto> {
    const { token, hash } = newLinkToken();
    const now = this.clock.now();
    return this.transactions.run(async () => {
      const account = await this.users.findByEmailForLogin(input.email);
      if (account?.agencyId === principal.agencyId) throw new ConflictProblem(`A user of your agency has email ${input.email}`);
      await this.invitations.revokePendingForEmail(principal.agencyId, input.email, now);
      const invitation = await this.invitations.insert(
        {
          agencyId: principal.agencyId,
          email: input.email,
          name: input.name ?? null,
          role: input.role,
          language: input.language,
          tokenHash: hash,
          invitedBy: principal.userId,
          expiresAt: new Date(now.getTime() + this.config.invitationTtlHours * 3_600_000),
        },
        now,
      );
      const agencyName = await this.invitations.agencyName(principal.agencyId);
      const dedupeKey = `invitation:${invitation.id}`;
      if (account) {
        // In the account holder's own language, which the admin's choice does not override.
        await this.mailer.enqueue({ agencyId: principal.agencyId, to: account.email, language: account.language, template: 'invitation-account-exists', params: { agencyName }, dedupeKey });
      } else {
        await this.mailer.enqueue({
          agencyId: principal.agencyId,
          to: input.email,
          language: input.language,
          template: 'invitation',
          params: { agencyName, role: input.role, token, validDays: Math.max(1, Math.round(this.config.invitationTtlHours / 24)) },
          dedupeKey,
        });
      }
      return InvitationDto.from(invitation);
    });
  }

  async listPending(agencyId: string, page: PageQueryDto): Promise<Page<InvitationDto>> {
    return toPage(await this.invitations.listPending(agencyId, page, this.clock.now()), page.limit, (row) => InvitationDto.from(row));
  }

  async get(agencyId: string, id: string): Promise<InvitationDto> {
    const invitation = await this.invitations.findById(agencyId, id, this.clock.now());
    if (!invitation) throw new NotFoundProblem('Invitation', id);
    return InvitationDto.from(invitation);
  }

  /** The link stops working. Revoking a revoked or expired invitation changes nothing; an accepted one is a 409. */
  async revoke(agencyId: string, id: string): Promise<void> {
    const now = this.clock.now();
    await this.transactions.run(async (manager) => {
      const invitation = await this.invitations.findByIdForUpdate(agencyId, id, now, manager);
      if (!invitation) throw new NotFoundProblem('Invitation', id);
      if (invitation.status === 'accepted') throw new ConflictProblem('The invitation has been accepted: disable the user instead');
      if (invitation.status === 'pending') await this.invitations.revoke(agencyId, id, now, manager);
    });
  }

  /**
   * Sets the password and creates the account, once. A refused token counts against the client
   * address like a failed sign-in. An email that has an account by now (made after the invitation was
   * sent) is a 409 that creates and changes nothing. The audit log shows the new user as the actor.
   */
  async accept(input: AcceptInvitationDto, address: string): Promise<void> {
    await this.attempts.assertAddressAllowed(address);
    const passwordHash = await this.passwords.hash(input.password);
    const userId = randomUUID();
    const now = this.clock.now();
    let refusal: LinkRefusal | null;
    try {
      refusal = await actingAs(`user:${userId}`, () =>
        this.transactions.run(async (manager) => {
          const invitation = await this.invitations.findByTokenHashForUpdate(hashLinkToken(input.token), now, manager);
          if (!invitation) return 'unknown';
          if (invitation.status === 'accepted') return 'used';
          if (invitation.status !== 'pending') return invitation.status;
          await this.users.insert(
            {
              id: userId,
              agencyId: invitation.agencyId,
              email: invitation.email,
              name: input.name ?? invitation.name,
              role: invitation.role,
              language: invitation.language,
              passwordHash,
            },
            manager,
          );
          await this.invitations.markAccepted(invitation.agencyId, invitation.id, userId, now, manager);
          return null;
        }),
      );
    } catch (error) {
      if (isUniqueViolation(error, 'users_email_key')) throw new ConflictProblem('A user with this email exists already: sign in, or reset the password');
      throw error;
    }
    if (refusal) {
      await this.attempts.recordAddressFailure(address);
      throw new LinkRefusedProblem(refusal);
    }
  }
}
