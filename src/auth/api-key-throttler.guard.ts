import { ExecutionContext, Injectable } from '@nestjs/common';
import { ThrottlerGuard, ThrottlerLimitDetail } from '@nestjs/throttler';
import { rateLimited } from '../common/errors/rpc.error';
import { Principal, PRINCIPAL_PROPERTY } from '../permissions/principal';

/**
 * Global guard 2 of 3: RATE_LIMIT_PER_MINUTE per API key (per instance; the throttler storage is
 * the seam for a shared one). Public routes are not limited here.
 */
@Injectable()
export class ApiKeyThrottlerGuard extends ThrottlerGuard {
  protected override async shouldSkip(context: ExecutionContext): Promise<boolean> {
    return !context.switchToHttp().getRequest()[PRINCIPAL_PROPERTY];
  }

  protected override async getTracker(request: Record<string, unknown>): Promise<string> {
    return `api-key:${(request[PRINCIPAL_PROPERTY] as Principal).apiKeyId}`;
  }

  /** One counter per key across every route (the default would count each handler separately). */
  protected override generateKey(_context: ExecutionContext, tracker: string, throttlerName: string): string {
    return `${throttlerName}:${tracker}`;
  }

  protected override async throwThrottlingException(
    _context: ExecutionContext,
    detail: ThrottlerLimitDetail,
  ): Promise<void> {
    throw rateLimited(Math.max(1, Math.ceil(detail.timeToBlockExpire)), 'This API key has made too many requests.');
  }
}
