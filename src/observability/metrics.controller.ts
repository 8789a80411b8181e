import { Controller, Get, Headers, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { timingSafeEqual } from 'node:crypto';
import { RpcError } from '../common/errors/rpc.error';
import { RpcCode } from '../common/errors/rpc-status';
import { AppConfig } from '../config/app-config';
import { Public } from '../permissions/decorators';
import { Metrics } from './metrics';

/**
 * GET /metrics (API.md §12): Prometheus text format, outside /api/v1 like /health. With
 * METRICS_TOKEN set, the scraper must send it as `Authorization: Bearer <token>` (not an API key).
 * Not in the OpenAPI document: it is for the scraper, not for API clients.
 */
@ApiExcludeController()
@Controller('metrics')
@Public()
export class MetricsController {
  private readonly token: Buffer | null;

  constructor(
    private readonly metrics: Metrics,
    config: AppConfig,
  ) {
    this.token = config.env.METRICS_TOKEN ? Buffer.from(`Bearer ${config.env.METRICS_TOKEN}`) : null;
  }

  @Get()
  async scrape(
    @Headers('authorization') authorization: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<string> {
    if (this.token && !this.matches(authorization)) throw metricsTokenRequired();
    reply.header('content-type', this.metrics.contentType).header('cache-control', 'no-store');
    return this.metrics.render();
  }

  private matches(authorization: string | undefined): boolean {
    const presented = Buffer.from(authorization ?? '');
    return presented.length === this.token!.length && timingSafeEqual(presented, this.token!);
  }
}

const metricsTokenRequired = () =>
  new RpcError(
    RpcCode.UNAUTHENTICATED,
    'METRICS_TOKEN_INVALID',
    'GET /metrics needs the header "Authorization: Bearer <METRICS_TOKEN>".',
    {},
    [],
    { 'WWW-Authenticate': 'Bearer realm="tessera-metrics"' },
  );
