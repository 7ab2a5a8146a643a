import { Module } from '@nestjs/common';
import { LoginAttemptsService } from '../auth/login-attempts.service.js';
import { Clock } from '../common/clock.js';
import { MailModule } from '../mail/mail.module.js';
import { RedisThrottlerStorage } from '../throttle/redis-throttler.storage.js';
import { UsersModule } from '../users/users.module.js';
import { PasswordResetLimits } from './password-reset-limits.js';
import { PasswordResetsController } from './password-resets.controller.js';
import { PasswordResetsRepository } from './password-resets.repository.js';
import { PasswordResetsService } from './password-resets.service.js';

@Module({
  imports: [UsersModule, MailModule],
  controllers: [PasswordResetsController],
  providers: [Clock, PasswordResetsRepository, PasswordResetsService, PasswordResetLimits, RedisThrottlerStorage, LoginAttemptsService],
})
export class PasswordResetsModule {}
