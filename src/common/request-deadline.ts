import type { FastifyInstance } from 'fastify';
import { sendRpcError } from './errors/rpc-exception.filter';
import { unavailable } from './errors/rpc.error';

/**
 * API.md §2: when the database is unreachable every request answers 503 within 10 s and never
 * hangs. Connect and query timeouts cover most cases; this deadline covers the rest (e.g. waiting
 * for a pooled connection behind stuck ones): an unanswered request gets 503 UNAVAILABLE.
 */
export const REQUEST_DEADLINE_MS = 9_500;

export function useRequestDeadline(fastify: FastifyInstance, deadlineMs = REQUEST_DEADLINE_MS): void {
  const timers = new WeakMap<object, NodeJS.Timeout>();
  // From preHandler: the body has arrived, so a slow upload does not count against the server.
  fastify.addHook('preHandler', (request, reply, done) => {
    const timer = setTimeout(() => {
      if (!reply.sent) sendRpcError(reply.header('Connection', 'close'), unavailable());
    }, deadlineMs);
    timer.unref();
    timers.set(request, timer);
    done();
  });
  fastify.addHook('onResponse', (request, _reply, done) => {
    clearTimeout(timers.get(request));
    done();
  });
}
