import { Injectable } from '@nestjs/common';
import { HealthCheckService, TypeOrmHealthIndicator } from '@nestjs/terminus';
import { HealthCheckResponse } from './dto/health.response';

/** How long one database ping answers for readiness (API.md §12: at most one ping a second). */
export const READINESS_PING_REUSE_MS = 1000;
const PING_TIMEOUT_MS = 3000;

export interface Readiness {
  httpStatus: 200 | 503;
  body: HealthCheckResponse;
}

/**
 * Readiness = the database answers a ping. Load balancers poll this often, so one ping's answer
 * is reused for a second, and callers arriving while a ping is in flight share it: the database
 * sees at most about one ping per second per instance however hard /health is polled.
 */
@Injectable()
export class ReadinessProbe {
  private latest?: { startedAt: number; result: Promise<Readiness> };

  constructor(
    private readonly health: HealthCheckService,
    private readonly db: TypeOrmHealthIndicator,
  ) {}

  check(): Promise<Readiness> {
    const now = Date.now();
    if (!this.latest || now - this.latest.startedAt >= READINESS_PING_REUSE_MS) {
      this.latest = { startedAt: now, result: this.ping() };
    }
    return this.latest.result;
  }

  private async ping(): Promise<Readiness> {
    try {
      return {
        httpStatus: 200,
        // Terminus's report, typed with Partial records: the same shape.
        body: (await this.health.check([
          () => this.db.pingCheck('database', { timeout: PING_TIMEOUT_MS }),
        ])) as HealthCheckResponse,
      };
    } catch (error) {
      // Terminus throws a ServiceUnavailableException carrying the report; answer it as is.
      const report = (error as { getResponse?: () => HealthCheckResponse }).getResponse?.();
      return { httpStatus: 503, body: report ?? { status: 'error' } };
    }
  }
}
