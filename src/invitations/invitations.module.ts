import { Module } from '@nestjs/common';
import { LoginAttemptsService } from '../auth/login-attempts.service.js';
import { Clock } from '../common/clock.js';
import { MailModule } from '../mail/mail.module.js';
import { UsersModule } from '../users/users.module.js';
import { InvitationsController } from './invitations.controller.js';
import { InvitationsRepository } from './invitations.repository.js';
import { InvitationsService } from './invitations.service.js';

@Module({
  imports: [UsersModule, MailModule],
  controllers: [InvitationsController],
  providers: [Clock, InvitationsRepository, InvitationsService, LoginAttemptsService],
})
export class InvitationsModule {}
