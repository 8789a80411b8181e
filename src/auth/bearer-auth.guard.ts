import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Authenticator } from 'passport';
import { expiryHeaders } from '../api-keys/expiry-signals';
import { LastUsedRecorder } from '../api-keys/last-used-recorder';
import { rateLimited, unauthenticated } from '../common/errors/rpc.error';
import { Clock } from '../common/time';
import { AppConfig } from '../config/app-config';
import { Metrics } from '../observability/metrics';
import { PRINCIPAL_PROPERTY } from '../permissions/principal';
import { RouteAccessReader } from '../permissions/route-access';
import { AuthFailureLimiter } from './auth-failure-limiter';
import { Authentication, VERIFIED_KEY_PROPERTY } from './authentication';
import { BEARER_STRATEGY, BearerStrategy } from './bearer.strategy';
import { failureBucketOf } from './client-bucket';

/** What passport sees of a request: the Authorization header and nothing else. */
interface BearerView {
  headers: { authorization?: string };
  query: Record<string, never>;
  body: Record<string, never>;
}
const NOTHING = Object.freeze({}) as Record<string, never>;

/**
 * Global guard 1 of 3: authenticates every route not marked @Public() with the passport bearer
 * strategy. Two deliberate departures from @nestjs/passport's AuthGuard:
 * - passport-http-bearer also reads `access_token` from the query and body; API.md §3 says a key
 *   anywhere but the header is ignored, so passport is handed a view with the header only;
 * - the strategy is registered in this application's own passport Authenticator rather than the
 *   process-wide one, so two app instances in one process (tests of cross-instance revocation)
 *   never authenticate against each other's database.
 * Clients past AUTH_FAILURES_PER_MINUTE (per IPv4 address or IPv6 /64, under TRUST_PROXY) are
 * refused before any lookup.
 */
@Injectable()
export class BearerAuthGuard implements CanActivate {
  private readonly passport = new Authenticator();
  private readonly expiryWarningDays: number;

  constructor(
    private readonly access: RouteAccessReader,
    private readonly failures: AuthFailureLimiter,
    private readonly clock: Clock,
    private readonly lastUsed: LastUsedRecorder,
    private readonly metrics: Metrics,
    strategy: BearerStrategy,
    config: AppConfig,
  ) {
    this.passport.use(BEARER_STRATEGY, strategy);
    this.expiryWarningDays = config.env.EXPIRY_WARNING_DAYS;
  }

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (this.access.of(context).isPublic) return true;
    const request = context.switchToHttp().getRequest<FastifyRequest & Record<string, unknown>>();
    const client = failureBucketOf(request.ip);
    const retryAfter = this.failures.blockedFor(client);
    if (retryAfter > 0) {
      this.metrics.authentication('client_blocked');
      throw rateLimited(retryAfter, 'Too many failed authentications from this address.');
    }

    const authentication = await this.authenticate({
      headers: { authorization: request.headers.authorization },
      query: NOTHING,
      body: NOTHING,
    });
    if (!authentication) {
      // A key that reached the strategy was counted there by outcome; none presented is counted here.
      if (!hasBearerKey(request.headers.authorization)) this.metrics.authentication('missing');
      await this.failures.recordFailure(client);
      throw unauthenticated();
    }
    request[PRINCIPAL_PROPERTY] = authentication.principal;
    request[VERIFIED_KEY_PROPERTY] = authentication.key;
    const now = this.clock.now();
    // Recorded here rather than in the strategy, which sees the Authorization header only. Any
    // authenticated use counts, including one the IP allowlist then refuses (the address that
    // tried is worth seeing).
    this.lastUsed.record(authentication.key.key.id, authentication.key.key, request.ip, now);
    // Every authenticated answer, success or error, tells the client when its key stops working.
    context
      .switchToHttp()
      .getResponse<FastifyReply>()
      .headers(expiryHeaders(authentication.key.key.expireTime, now, this.expiryWarningDays));
    return true;
  }

  /** The authentication, or null for any invalid key; database errors propagate (503, not 401). */
  private authenticate(view: BearerView): Promise<Authentication | null> {
    return new Promise((resolve, reject) => {
      // Passed on as they are: a database error must keep its code to become 503 (not 500).
      // eslint-disable-next-line @typescript-eslint/prefer-promise-reject-errors
      const fail = (error: unknown) => reject(error);
      const middleware = this.passport.authenticate(
        BEARER_STRATEGY,
        { session: false },
        (error: unknown, authentication: Authentication | false) =>
          error ? fail(error) : resolve(authentication || null),
      ) as (req: BearerView, res: object, next: (error?: unknown) => void) => void;
      middleware(view, {}, fail);
    });
  }
}

/** Whether passport-http-bearer hands this header to the strategy (scheme "Bearer", any case). */
function hasBearerKey(header: string | undefined): boolean {
  return header !== undefined && /^bearer\s+\S/i.test(header);
}
