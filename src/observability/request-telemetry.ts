import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { VerifiedKey } from '../api-keys/api-key-credentials.service';
import { VERIFIED_KEY_PROPERTY } from '../auth/authentication';
import type { Pino } from './logging';
import { Metrics } from './metrics';

/** The route label of a request no route matched (404s of any path share it: bounded). */
export const UNMATCHED_ROUTE = '(unmatched)';

/** Routes neither logged nor measured (API.md §12): load balancers and scrapers poll them. */
function isQuiet(route: string): boolean {
  return route.startsWith('/health') || route === '/metrics';
}

/**
 * One Fastify onResponse hook for both per-request signals (API.md §12): the request-duration
 * histogram and one log line, labelled by route pattern (`/api/v1/organizations/:organizationId`),
 * never by raw URL. The line carries the request id (the X-Request-Id echoed to the client), method,
 * route, status, latency and, when authenticated, the organization, key id and key prefix; never
 * a header, a body or a secret. 5xx lines are at level error, others at info.
 *
 * Written as a hook rather than pino-http's middleware: Fastify already has the request id and the
 * elapsed time, so a line is one pino call with a flat object — no child logger, async-local
 * storage or middleware per request on the hot path (README, "Operating Tessera").
 */
export function useRequestTelemetry(fastify: FastifyInstance, metrics: Metrics, logger: Pino | null): void {
  fastify.addHook('onResponse', (request: FastifyRequest, reply: FastifyReply, done: () => void) => {
    const route = request.routeOptions.url ?? UNMATCHED_ROUTE;
    if (isQuiet(route)) return done();
    const status = reply.statusCode;
    const ms = reply.elapsedTime;
    metrics.observeRequest(request.method, route, status, ms / 1000);
    if (logger) {
      const key = (request as unknown as Record<string, VerifiedKey | undefined>)[VERIFIED_KEY_PROPERTY]?.key;
      const line = {
        request_id: request.id,
        method: request.method,
        route,
        status,
        latency_ms: Math.round(ms * 100) / 100,
        organization_id: key?.organizationId,
        api_key_id: key?.id,
        key_prefix: key?.keyPrefix,
      };
      if (status >= 500) logger.error(line, 'request failed');
      else logger.info(line, 'request');
    }
    done();
  });
}
