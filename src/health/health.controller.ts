import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import { HealthCheck, HealthCheckService, TypeOrmHealthIndicator } from '@nestjs/terminus';
import { Public } from '../tenancy/public.decorator.js';
import { NotRateLimited } from '../throttle/principal-throttler.guard.js';
import { RedisHealthIndicator } from './redis.health.js';

/** Terminus's report: each dependency by name, `{ status: 'up' | 'down', … }`. */
const CHECKS = {
  type: 'object',
  additionalProperties: { type: 'object', required: ['status'], properties: { status: { type: 'string', enum: ['up', 'down'] } }, additionalProperties: true },
};

@ApiTags('health')
@Public()
@NotRateLimited()
@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly database: TypeOrmHealthIndicator,
    private readonly redis: RedisHealthIndicator,
  ) {}

  @Get()
  @ApiOperation({ operationId: 'checkReadiness', summary: 'Readiness check', description: 'PostgreSQL and Redis answer; a 503 names the one that does not.' })
  // Documented here rather than by Terminus, whose decorator finds @nestjs/swagger only where require() can load it.
  @HealthCheck({ noCache: true, swaggerDocumentation: false })
  @ApiOkResponse({
    description: 'PostgreSQL and Redis answer',
    schema: { type: 'object', required: ['status'], properties: { status: { type: 'string', enum: ['ok'] }, info: CHECKS, error: CHECKS, details: CHECKS } },
  })
  @ApiServiceUnavailableResponse({ description: 'A dependency is down; `detail` names it, `checks` holds the report' })
  ready() {
    return this.health.check([
      () => this.database.pingCheck('database', { timeout: 1000 }),
      () => this.redis.pingCheck('redis'),
    ]);
  }

  /** No I/O, so it also serves as the benchmarks' baseline route. */
  @Get('live')
  @ApiOperation({ operationId: 'checkLiveness', summary: 'Liveness check', description: 'Answers without touching PostgreSQL or Redis.' })
  @ApiOkResponse({ schema: { example: { status: 'ok' } } })
  live(): { status: 'ok' } {
    return { status: 'ok' };
  }
}
