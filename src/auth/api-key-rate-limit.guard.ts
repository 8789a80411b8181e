import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { InjectThrottlerStorage, ThrottlerStorage } from '@nestjs/throttler';
import { rateLimited } from '../common/errors/rpc.error';
import { AppConfig } from '../config/app-config';
import { Metrics } from '../observability/metrics';
import { Principal, PRINCIPAL_PROPERTY } from '../permissions/principal';

export const RATE_LIMIT_WINDOW_MS = 60_000;
const THROTTLER_NAME = 'api-key';

/**
 * Global guard 2 of 3: RATE_LIMIT_PER_MINUTE per API key, one counter per key across every route,
 * kept in @nestjs/throttler's ThrottlerStorage (this instance's memory, or Redis across the fleet
 * with REDIS_URL: auth.module.ts). The limit is one setting for every route, so the guard asks the storage directly
 * instead of resolving per-route throttler metadata on each request. Public routes are not limited
 * here (failed authentications have their own per-IP limit).
 */
@Injectable()
export class ApiKeyRateLimitGuard implements CanActivate {
  private readonly limit: number;

  constructor(
    @InjectThrottlerStorage() private readonly storage: ThrottlerStorage,
    config: AppConfig,
    private readonly metrics: Metrics,
  ) {
    this.limit = config.env.RATE_LIMIT_PER_MINUTE;
  }

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (this.limit === 0) return true;
    const principal = context.switchToHttp().getRequest<Record<string, unknown>>()[PRINCIPAL_PROPERTY] as
      Principal | undefined;
    if (!principal) return true;
    const record = await this.storage.increment(
      `${THROTTLER_NAME}:${principal.apiKeyId}`,
      RATE_LIMIT_WINDOW_MS,
      this.limit,
      RATE_LIMIT_WINDOW_MS,
      THROTTLER_NAME,
    );
    if (record.isBlocked) {
      this.metrics.rateLimitRejected('api_key');
      throw rateLimited(Math.max(1, record.timeToBlockExpire), 'This API key has made too many requests.');
    }
    return true;
  }
}
