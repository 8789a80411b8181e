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
 * The policy Swagger UI (/docs) works under: its scripts and styles come from this server only;
 * inline styles are allowed (Swagger UI's page and its React components use them), inline scripts
 * are not; it may call this origin only, and no other site may frame it.
 */
export const DOCS_CONTENT_SECURITY_POLICY = {
  useDefaults: false,
  directives: {
    defaultSrc: ["'self'"],
    scriptSrc: ["'self'"],
    styleSrc: ["'self'", "'unsafe-inline'"],
    imgSrc: ["'self'", 'data:'],
    fontSrc: ["'self'", 'data:'],
    connectSrc: ["'self'"],
    objectSrc: ["'none'"],
    baseUri: ["'self'"],
    formAction: ["'self'"],
    frameAncestors: ["'none'"],
  },
};

/**
 * The console's policy (API.md §13), stricter than Swagger UI's: scripts and styles from this
 * server only, with no inline script or style at all; it calls this origin only (the API) and
 * nothing may frame it.
 */
export const CONSOLE_CONTENT_SECURITY_POLICY = {
  useDefaults: false,
  directives: {
    defaultSrc: ["'self'"],
    scriptSrc: ["'self'"],
    styleSrc: ["'self'"],
    imgSrc: ["'self'"],
    connectSrc: ["'self'"],
    objectSrc: ["'none'"],
    baseUri: ["'none'"],
    formAction: ["'self'"],
    frameAncestors: ["'none'"],
  },
};

/**
 * helmet's defaults on every response, plus:
 * - on every /api/v1 response, `Cache-Control: no-store` (it may carry a secret, API.md §8), and no
 *   CSP (a JSON API has no document to protect);
 * - on Swagger UI (/docs), the Content-Security-Policy above;
 * - on the console (/console and everything under /console/), its own policy above.
 */
export function useSecurityHeaders(
  fastify: FastifyInstance,
  apiPrefix: string,
  docsPath: string,
  consolePath: string,
): void {
  const everywhere = helmetHeaders({ contentSecurityPolicy: false });
  const api = Object.freeze({ ...everywhere, 'cache-control': 'no-store' });
  const docs = helmetHeaders({ contentSecurityPolicy: DOCS_CONTENT_SECURITY_POLICY });
  const apiPath = `/${apiPrefix}/`;
  const docsRoot = `/${docsPath}`;
  const console = helmetHeaders({ contentSecurityPolicy: CONSOLE_CONTENT_SECURITY_POLICY });
  const isConsole = consolePathMatcher(consolePath);
  fastify.addHook('onRequest', (request, reply, done) => {
    const url = request.url;
    reply.headers(
      url.startsWith(apiPath) ? api : url.startsWith(docsRoot) ? docs : isConsole(url) ? console : everywhere,
    );
    done();
  });
}

/** `/console`, `/console/…` and `/console?…`, but not `/consoles`. */
function consolePathMatcher(consolePath: string): (url: string) => boolean {
  const root = `/${consolePath}`;
  return (url) =>
    url.startsWith(root) && (url.length === root.length || url[root.length] === '/' || url[root.length] === '?');
}
