import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { IdempotencyKey } from './idempotency-key.entity.js';

/** The stored answers of `POST`s with an `Idempotency-Key` (the interceptor is bound by ApiPost, api-post.ts). */
@Module({ imports: [TypeOrmModule.forFeature([IdempotencyKey])] })
export class IdempotencyModule {}
