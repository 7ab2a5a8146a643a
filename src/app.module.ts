import { Module } from '@nestjs/common';
import { APP_FILTER, APP_INTERCEPTOR, APP_PIPE } from '@nestjs/core';
import { ApiKeysModule } from './api-keys/api-keys.module.js';
import { AuditModule } from './audit/audit.module.js';
import { AuthModule } from './auth/auth.module.js';
import { BuyersModule } from './buyers/buyers.module.js';
import { ChangesModule } from './changes/changes.module.js';
import { CompaniesModule } from './companies/companies.module.js';
import { ConsultationsModule } from './consultations/consultations.module.js';
import { ContractsModule } from './contracts/contracts.module.js';
import { ExchangeRatesModule } from './exchange-rates/exchange-rates.module.js';
import { FairsModule } from './fairs/fairs.module.js';
import { ShipmentsModule } from './followups/shipments/shipments.module.js';
import { FollowUpsModule } from './followups/followups.module.js';
import { MetricsModule } from './metrics/metrics.module.js';
import { EtagInterceptor } from './common/etag.interceptor.js';
import { IdempotencyInterceptor } from './idempotency/idempotency.interceptor.js';
import { LocationInterceptor } from './common/location.js';
import { AppLoggerModule } from './common/logging.module.js';
import { ProblemFilter } from './common/problem.filter.js';
import { RequestActorInterceptor } from './tenancy/request-actor.interceptor.js';
import { createValidationPipe } from './common/validation.js';
import { AppConfigModule } from './config/config.module.js';
import { DatabaseModule } from './database/database.module.js';
import { IdempotencyModule } from './idempotency/idempotency.module.js';
import { TenancyModule } from './tenancy/tenancy.module.js';
import { HealthModule } from './health/health.module.js';
import { ImportsModule } from './imports/imports.module.js';
import { InvitationsModule } from './invitations/invitations.module.js';
import { JobsModule } from './jobs/jobs.module.js';
import { MatchmakingModule } from './matchmaking/matchmaking.module.js';
import { OutcomesModule } from './outcomes/outcomes.module.js';
import { PersonalDataModule } from './personal-data/personal-data.module.js';
import { PasswordResetsModule } from './password-resets/password-resets.module.js';
import { RedisModule } from './redis/redis.module.js';
import { UsersModule } from './users/users.module.js';
import { WebhooksModule } from './webhooks/webhooks.module.js';

/** The HTTP API process. */
@Module({
  imports: [
    AppConfigModule,
    AppLoggerModule,
    DatabaseModule,
    TenancyModule,
    IdempotencyModule,
    RedisModule,
    JobsModule.forProducer(),
    ChangesModule,
    HealthModule,
    AuthModule,
    MetricsModule,
    UsersModule,
    OutcomesModule,
    CompaniesModule,
    FairsModule,
    BuyersModule,
    // Right after BuyersModule: its routes follow the buyer routes in the OpenAPI document.
    PersonalDataModule,
    ExchangeRatesModule,
    ConsultationsModule,
    ContractsModule,
    ShipmentsModule,
    ApiKeysModule,
    AuditModule,
    MatchmakingModule,
    ImportsModule,
    WebhooksModule,
    InvitationsModule,
    PasswordResetsModule,
    FollowUpsModule,
  ],
  providers: [
    { provide: APP_FILTER, useClass: ProblemFilter },
    { provide: APP_PIPE, useFactory: createValidationPipe },
    // First: every later interceptor and the handler run as the request's principal (audit actor).
    { provide: APP_INTERCEPTOR, useClass: RequestActorInterceptor },
    // ETag and Location wrap the idempotency interceptor, so a replayed answer carries them too.
    { provide: APP_INTERCEPTOR, useClass: EtagInterceptor },
    { provide: APP_INTERCEPTOR, useClass: LocationInterceptor },
    { provide: APP_INTERCEPTOR, useClass: IdempotencyInterceptor },
  ],
})
export class AppModule {}
