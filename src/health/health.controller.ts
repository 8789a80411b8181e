import { Controller, Get, Res } from '@nestjs/common';
import { ApiOkResponse, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Public } from '../permissions/decorators';
import { HealthCheckResponse, LivenessResponse } from './dto/health.response';
import { ReadinessProbe } from './readiness-probe';

const LIVE: LivenessResponse = Object.freeze({ status: 'ok' });

const READY = ApiOkResponse({ description: 'The database answers: send traffic.', type: HealthCheckResponse });
const NOT_READY = ApiServiceUnavailableResponse({
  description: 'The database does not answer: send no traffic (`status` is `error`).',
  type: HealthCheckResponse,
});

/** Liveness and readiness for load balancers and orchestrators (API.md §12). No key needed. */
@ApiTags('Health')
@Controller('health')
@Public()
export class HealthController {
  constructor(private readonly readiness: ReadinessProbe) {}

  /** Readiness (same as /health/ready): `{"status":"ok",...}` (200) or `{"status":"error",...}` (503). */
  @Get()
  @READY
  @NOT_READY
  check(@Res({ passthrough: true }) reply: FastifyReply): Promise<HealthCheckResponse> {
    return this.ready(reply);
  }

  /** The process is up and serving; never touches the database (restart me only if this fails). */
  @Get('live')
  @ApiOkResponse({ description: 'The process is up.', type: LivenessResponse })
  live(): LivenessResponse {
    return LIVE;
  }

  /** The database answers (one ping reused for up to a second): 200, else 503 (send no traffic). */
  @Get('ready')
  @READY
  @NOT_READY
  async ready(@Res({ passthrough: true }) reply: FastifyReply): Promise<HealthCheckResponse> {
    const { httpStatus, body } = await this.readiness.check();
    reply.status(httpStatus);
    return body;
  }
}
