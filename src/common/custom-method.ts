/**
 * AIP-136 custom methods (`POST .../apiKeys/{key}:rotate`). Nest's route parser on Fastify would
 * read `:apiKeyId::rotate` as one parameter, so Fastify's `rewriteUrl` hook (see app.factory.ts)
 * turns a final `{id}:{verb}` segment into `{id}/:{verb}` and routes declare that shape through
 * CUSTOM_METHOD_ROUTE. The rewrite is the one place that understands the colon syntax.
 */
const CUSTOM_METHOD_SEGMENT = /^(.*\/[^/:]+):([A-Za-z]+)$/;
export const CUSTOM_METHOD_MARK = '~';

export function CUSTOM_METHOD_ROUTE(param: string, verb: string): string {
  return `${param}/${CUSTOM_METHOD_MARK}${verb}`;
}

/** Rewrites `/a/b/k:rotate?x` to `/a/b/k/~rotate?x`; any other URL is returned unchanged. */
export function rewriteCustomMethodUrl(url: string): string {
  const q = url.indexOf('?');
  const path = q === -1 ? url : url.slice(0, q);
  const query = q === -1 ? '' : url.slice(q);
  // A literal "~" segment must not be reachable directly, nor its percent-encoded form (the router
  // decodes %7E before matching): make it unroutable.
  if (path.replace(/%7E/gi, CUSTOM_METHOD_MARK).includes(`/${CUSTOM_METHOD_MARK}`)) return `/__unroutable__${query}`;
  // Clients may percent-encode the colon.
  const match = CUSTOM_METHOD_SEGMENT.exec(path.replace(/%3A/gi, ':'));
  return match ? `${match[1]}/${CUSTOM_METHOD_MARK}${match[2]}${query}` : url;
}
