import { Controller, Get, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { HealthCheckService, TypeOrmHealthIndicator } from '@nestjs/terminus';
import type { FastifyReply } from 'fastify';
import { Public } from '../permissions/decorators';

/** Liveness and readiness for load balancers: 200 while the database answers, 503 otherwise. */
@ApiTags('Health')
@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly db: TypeOrmHealthIndicator,
  ) {}

  /** `{"status":"ok",...}` (200) or `{"status":"error",...}` (503). No key needed. */
  @Get()
  @Public()
  async check(@Res({ passthrough: true }) reply: FastifyReply): Promise<object> {
    try {
      return await this.health.check([() => this.db.pingCheck('database', { timeout: 3000 })]);
    } catch (error) {
      // Terminus throws a ServiceUnavailableException carrying the report; answer it as is.
      reply.status(503);
      return (error as { getResponse?: () => object }).getResponse?.() ?? { status: 'error' };
    }
  }
}
