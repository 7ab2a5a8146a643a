import { Module } from '@nestjs/common';
import { APP_FILTER, APP_PIPE } from '@nestjs/core';
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
import { AppLoggerModule } from './common/logging.module.js';
import { ProblemFilter } from './common/problem.filter.js';
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
    // No global interceptor: a read route's handler runs without an Observable around it. The audit
    // actor is a request hook (tenancy/request-actor.ts), the ETag a serialisation hook
    // (common/etag.ts); Location and idempotency are bound by ApiPost (idempotency/api-post.ts).
  ],
})
export class AppModule {}
