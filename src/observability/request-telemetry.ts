import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { VerifiedKey } from '../api-keys/api-key-credentials.service';
import { VERIFIED_KEY_PROPERTY } from '../auth/authentication';
import { jsonDestinationOf, Pino } from './logging';
import { Metrics } from './metrics';

/** The route label of a request no route matched (404s of any path share it: bounded). */
export const UNMATCHED_ROUTE = '(unmatched)';

let routeContext: symbol | null | undefined;

/**
 * The matched route's pattern, or undefined when none matched. `request.routeOptions.url` says the
 * same but builds a new options object on every access; this reads the route context it is built
 * from (Fastify's own `fastify.context` property of the request), falling back to it if absent.
 */
export function routePatternOf(request: FastifyRequest): string | undefined {
  if (routeContext === undefined) {
    routeContext = Object.getOwnPropertySymbols(request).find((s) => s.description === 'fastify.context') ?? null;
  }
  if (routeContext === null) return request.routeOptions.url;
  const context = (request as unknown as Record<symbol, { config?: { url?: string } } | undefined>)[routeContext];
  return context ? context.config?.url : request.routeOptions.url;
}

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
 * elapsed time, so there is no child logger, async-local storage or Nest middleware per request. With
 * JSON logs the line is built here, field by field, exactly as pino would write it, and appended to
 * the logger's own destination: the fields are a fixed set, so pino's generic serializer and
 * redaction have nothing to do on this path (README, "Performance").
 */
export function useRequestTelemetry(fastify: FastifyInstance, metrics: Metrics, logger: Pino | null): void {
  const log = logger ? requestLogWriter(logger) : null;
  fastify.addHook('onResponse', (request: FastifyRequest, reply: FastifyReply, done: () => void) => {
    const route = routePatternOf(request) ?? UNMATCHED_ROUTE;
    if (isQuiet(route)) return done();
    const status = reply.statusCode;
    const ms = reply.elapsedTime;
    metrics.observeRequest(request.method, route, status, ms / 1000);
    if (log) {
      const key = (request as unknown as Record<string, VerifiedKey | undefined>)[VERIFIED_KEY_PROPERTY]?.key;
      log(status >= 500, {
        request_id: request.id,
        method: request.method,
        route,
        status,
        latency_ms: Math.round(ms * 100) / 100,
        organization_id: key?.organizationId,
        api_key_id: key?.id,
        key_prefix: key?.keyPrefix,
      });
    }
    done();
  });
}

export interface RequestLine {
  request_id: string;
  method: string;
  route: string;
  status: number;
  latency_ms: number;
  organization_id?: string;
  api_key_id?: string;
  key_prefix?: string;
}

type RequestLogWriter = (failed: boolean, line: RequestLine) => void;

export function requestLogWriter(logger: Pino): RequestLogWriter {
  const destination = jsonDestinationOf(logger);
  if (!destination) {
    // LOG_FORMAT=pretty: through pino (and pino-pretty) like every other line.
    return (failed, line) => (failed ? logger.error(line, 'request failed') : logger.info(line, 'request'));
  }
  const bindings = logger.bindings() as Record<string, unknown>;
  const base = Object.keys(bindings).length > 0 ? `,${JSON.stringify(bindings).slice(1, -1)}` : '';
  let isoMs = 0;
  let iso = '';
  return (failed, line) => {
    if (!logger.isLevelEnabled(failed ? 'error' : 'info')) return;
    const now = Date.now();
    if (now !== isoMs) {
      isoMs = now;
      iso = new Date(now).toISOString();
    }
    let text =
      `{"level":"${failed ? 'error' : 'info'}","time":"${iso}"${base}` +
      `,"request_id":${JSON.stringify(line.request_id)},"method":${JSON.stringify(line.method)}` +
      `,"route":${JSON.stringify(line.route)},"status":${line.status},"latency_ms":${line.latency_ms}`;
    if (line.organization_id !== undefined) {
      text +=
        `,"organization_id":${JSON.stringify(line.organization_id)},"api_key_id":${JSON.stringify(line.api_key_id)}` +
        `,"key_prefix":${JSON.stringify(line.key_prefix)}`;
    }
    destination.write(`${text},"msg":"${failed ? 'request failed' : 'request'}"}\n`);
  };
}
