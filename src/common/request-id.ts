import type { FastifyInstance } from 'fastify';
import { randomUUID } from 'node:crypto';

export const REQUEST_ID_HEADER = 'x-request-id';

/**
 * What a caller's X-Request-Id may be for Tessera to adopt it: one short token of URL- and
 * log-safe characters (UUIDs, W3C trace ids, base64 ids). Anything else is replaced, so a client
 * can neither forge log lines nor bloat audit rows through it.
 */
const WELL_FORMED = /^[A-Za-z0-9._:+/=@~-]{1,128}$/;

/** The request's id (API.md §9): the client's, when well-formed, else a new UUID. */
export function requestIdFor(header: string | string[] | undefined): string {
  return typeof header === 'string' && WELL_FORMED.test(header) ? header : randomUUID();
}

/** Fastify's `genReqId`: every request's `request.id` is its X-Request-Id. */
export function genRequestId(req: { headers: Record<string, string | string[] | undefined> }): string {
  return requestIdFor(req.headers[REQUEST_ID_HEADER]);
}

/** Echoes the id on every response, errors included, so a client can quote it to an admin. */
export function useRequestIdHeader(fastify: FastifyInstance): void {
  fastify.addHook('onRequest', (request, reply, done) => {
    reply.header(REQUEST_ID_HEADER, request.id);
    done();
  });
}
