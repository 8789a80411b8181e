import { Controller, Get, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Public } from '../permissions/decorators';
import { ReadinessProbe } from './readiness-probe';

const LIVE = Object.freeze({ status: 'ok' });

/** Liveness and readiness for load balancers and orchestrators (API.md §12). No key needed. */
@ApiTags('Health')
@Controller('health')
@Public()
export class HealthController {
  constructor(private readonly readiness: ReadinessProbe) {}

  /** Readiness (same as /health/ready): `{"status":"ok",...}` (200) or `{"status":"error",...}` (503). */
  @Get()
  check(@Res({ passthrough: true }) reply: FastifyReply): Promise<object> {
    return this.ready(reply);
  }

  /** The process is up and serving; never touches the database (restart me only if this fails). */
  @Get('live')
  live(): object {
    return LIVE;
  }

  /** The database answers (one ping reused for up to a second): 200, else 503 (send no traffic). */
  @Get('ready')
  async ready(@Res({ passthrough: true }) reply: FastifyReply): Promise<object> {
    const { httpStatus, body } = await this.readiness.check();
    reply.status(httpStatus);
    return body;
  }
}
