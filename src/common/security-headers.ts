import type { FastifyInstance } from 'fastify';
import helmet, { HelmetOptions } from 'helmet';
import type { IncomingMessage, ServerResponse } from 'node:http';

/**
 * The headers helmet would set for these options. With no per-request directives (no CSP nonces)
 * they are the same for every response, so helmet is asked once at start and the result is applied
 * per request in one step: running helmet's eleven middlewares on every response cost more than
 * authenticating the request (measured with `npm run bench`).
 */
export function helmetHeaders(options: HelmetOptions): Readonly<Record<string, string>> {
  const headers: Record<string, string> = {};
  const response = {
    setHeader: (name: string, value: unknown) => (headers[name.toLowerCase()] = String(value)),
    removeHeader: () => undefined,
  };
  let finished = false;
  helmet(options)({} as IncomingMessage, response as unknown as ServerResponse, () => (finished = true));
  if (!finished) throw new Error('helmet did not set its headers synchronously');
  return Object.freeze(headers);
}

/**
 * helmet's defaults on every response (CSP excepted: a JSON API has no document to protect, and
 * Swagger UI needs its own policy), plus `Cache-Control: no-store` on every /api/v1 response, which
 * may carry a secret (API.md §8).
 */
export function useSecurityHeaders(fastify: FastifyInstance, apiPrefix: string): void {
  const everywhere = helmetHeaders({ contentSecurityPolicy: false });
  const api = Object.freeze({ ...everywhere, 'cache-control': 'no-store' });
  const apiPath = `/${apiPrefix}/`;
  fastify.addHook('onRequest', (request, reply, done) => {
    reply.headers(request.url.startsWith(apiPath) ? api : everywhere);
    done();
  });
}
