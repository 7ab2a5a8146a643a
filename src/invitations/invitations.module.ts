import { Module } from '@nestjs/common';
import { LoginAttemptsService } from '../auth/login-attempts.service.js';
import { MailModule } from '../mail/mail.module.js';
import { UsersModule } from '../users/users.module.js';
import { InvitationsController } from './invitations.controller.js';
import { InvitationsRepository } from './invitations.repository.js';
import { InvitationsService } from './invitations.service.js';

@Module({
  imports: [UsersModule, MailModule],
  controllers: [InvitationsController],
  providers: [InvitationsRepository, InvitationsService, LoginAttemptsService],
})
export class InvitationsModule {}
