import type { FastifyInstance } from 'fastify';
import { sendRpcError } from './errors/rpc-exception.filter';
import { unavailable } from './errors/rpc.error';

/**
 * API.md §2: when the database is unreachable every request answers 503 within 10 s and never
 * hangs. Connect and query timeouts cover most cases; this deadline covers the rest (e.g. waiting
 * for a pooled connection behind stuck ones): an unanswered request gets 503 UNAVAILABLE.
 */
export const REQUEST_DEADLINE_MS = 9_500;

/**
 * Where a request keeps its deadline timer: a property of the request, declared with Fastify's
 * decorateRequest (rather than a WeakMap keyed by requests, which gives the garbage collector one
 * ephemeron entry per request to process).
 */
const DEADLINE = Symbol('tessera.requestDeadline');

export function useRequestDeadline(fastify: FastifyInstance, deadlineMs = REQUEST_DEADLINE_MS): void {
  // Declared up front, so every request object has the property from the start (one shape).
  fastify.decorateRequest(DEADLINE, null);
  // From preHandler: the body has arrived, so a slow upload does not count against the server.
  fastify.addHook('preHandler', (request, reply, done) => {
    const timer = setTimeout(() => {
      if (!reply.sent) sendRpcError(reply.header('Connection', 'close'), unavailable());
    }, deadlineMs);
    timer.unref();
    (request as unknown as Record<symbol, NodeJS.Timeout>)[DEADLINE] = timer;
    done();
  });
  fastify.addHook('onResponse', (request, _reply, done) => {
    clearTimeout((request as unknown as Record<symbol, NodeJS.Timeout | undefined>)[DEADLINE]);
    done();
  });
}
