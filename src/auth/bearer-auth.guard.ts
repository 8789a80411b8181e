import { ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AuthGuard } from '@nestjs/passport';
import type { FastifyRequest } from 'fastify';
import { rateLimited, unauthenticated } from '../common/errors/rpc.error';
import { IS_PUBLIC } from '../permissions/decorators';
import { Principal, PRINCIPAL_PROPERTY } from '../permissions/principal';
import { AuthFailureLimiter } from './auth-failure-limiter';
import { BEARER_STRATEGY } from './bearer.strategy';

/** What passport sees of a request: the Authorization header and nothing else. */
interface BearerView {
  headers: { authorization?: string };
  query: Record<string, never>;
  body: Record<string, never>;
  user?: Principal;
}

/**
 * Global guard 1 of 3: authenticates every route not marked @Public(). passport-http-bearer also
 * reads `access_token` from the query and body; API.md §3 says a key anywhere but the header is
 * ignored, so passport is handed a view of the request with the header only. IPs past
 * AUTH_FAILURES_PER_MINUTE are refused before any lookup.
 */
@Injectable()
export class BearerAuthGuard extends AuthGuard(BEARER_STRATEGY) {
  constructor(
    private readonly reflector: Reflector,
    private readonly failures: AuthFailureLimiter,
  ) {
    super();
  }

  override async canActivate(context: ExecutionContext): Promise<boolean> {
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, [context.getHandler(), context.getClass()])) {
      return true;
    }
    const request = context.switchToHttp().getRequest<FastifyRequest & Record<string, unknown>>();
    const retryAfter = this.failures.blockedFor(request.ip);
    if (retryAfter > 0) throw rateLimited(retryAfter, 'Too many failed authentications from this address.');

    const view: BearerView = { headers: { authorization: request.headers.authorization }, query: {}, body: {} };
    request.bearerView = view;
    try {
      await super.canActivate(context);
    } catch (error) {
      if ((error as { reason?: string }).reason === 'API_KEY_INVALID') this.failures.recordFailure(request.ip);
      throw error;
    }
    request[PRINCIPAL_PROPERTY] = view.user;
    return true;
  }

  override getRequest(context: ExecutionContext): BearerView {
    return context.switchToHttp().getRequest().bearerView;
  }

  override handleRequest<T>(error: unknown, principal: T | false): T {
    if (error) throw error; // e.g. the database is down: 503, not 401
    if (!principal) throw unauthenticated();
    return principal;
  }
}
