import type { FastifyInstance, FastifyRequest } from 'fastify';
import { invalidArgument } from './errors/rpc.error';

/** Deeper JSON than this is refused before parsing: no request body of ours nests past 3 levels. */
export const MAX_JSON_DEPTH = 64;

/**
 * How deeply `text` nests arrays and objects, stopping early once past `limit`. Strings are
 * skipped (brackets inside them do not count). Deep nesting in a small body would otherwise
 * overflow the stack in the validation layer and turn bad input into a 500.
 */
export function jsonDepthExceeds(text: string, limit: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c)
        i++; // backslash: skip the escaped character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x5b || c === 0x7b) {
      if (++depth > limit) return true;
    } else if (c === 0x5d || c === 0x7d) depth--;
  }
  return false;
}

/** Replaces Fastify's JSON parser with the same parser behind the depth check. */
export function useDepthLimitedJsonParser(fastify: FastifyInstance): void {
  const parse = fastify.getDefaultJsonParser('error', 'error');
  fastify.removeContentTypeParser('application/json');
  fastify.addContentTypeParser(
    'application/json',
    { parseAs: 'string' },
    (request: FastifyRequest, body: string | Buffer, done) => {
      const text = typeof body === 'string' ? body : body.toString('utf8');
      // An empty body is no body (e.g. `:rotate` sent by a client that always sets the header).
      if (/^[ \t\r\n]*$/.test(text)) {
        done(null, undefined);
        return;
      }
      if (jsonDepthExceeds(text, MAX_JSON_DEPTH)) {
        done(invalidArgument(`The JSON body nests deeper than ${MAX_JSON_DEPTH} levels.`), undefined);
        return;
      }
      void parse(request, text, done);
    },
  );
}
