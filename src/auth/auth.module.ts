import { Module } from '@nestjs/common';
import type { ConfigType } from '@nestjs/config';
import { APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { PassportModule } from '@nestjs/passport';
import { authConfig } from '../config/configuration.js';
import { UsersModule } from '../users/users.module.js';
import { AuthController } from './auth.controller.js';
import { AuthService } from './auth.service.js';
import { PrincipalThrottlerGuard } from '../throttle/principal-throttler.guard.js';
import { RateLimitLeases } from '../throttle/rate-limit-leases.js';
import { AccessGuard, AuthenticationGuard, LoginGuard } from './guards.js';
import { AccessTokens } from './access-tokens.js';
import { LocalStrategy } from './local.strategy.js';
import { PersonalDataFilterGuard } from './personal-data-filter.guard.js';
import { LoginAttemptsService } from './login-attempts.service.js';
import { RefreshTokensRepository } from './refresh-tokens.repository.js';
import { SessionsService } from './sessions.service.js';

@Module({
  imports: [
    UsersModule,
    PassportModule,
    JwtModule.registerAsync({
      inject: [authConfig.KEY],
      useFactory: (config: ConfigType<typeof authConfig>) => ({
        secret: config.jwtSecret,
        signOptions: { algorithm: 'HS256', expiresIn: config.jwtExpiresInSeconds },
        verifyOptions: { algorithms: ['HS256'] },
      }),
    }),
  ],
  controllers: [AuthController],
  providers: [
    AuthService,
    SessionsService,
    RefreshTokensRepository,
    LoginAttemptsService,
    AccessTokens,
    LocalStrategy,
    LoginGuard,
    RateLimitLeases,
    // Order matters: authenticate, count the request against its key or user, then check access.
    { provide: APP_GUARD, useClass: AuthenticationGuard },
    PrincipalThrottlerGuard,
    { provide: APP_GUARD, useExisting: PrincipalThrottlerGuard },
    { provide: APP_GUARD, useClass: AccessGuard },
    { provide: APP_GUARD, useClass: PersonalDataFilterGuard },
  ],
})
export class AuthModule {}
