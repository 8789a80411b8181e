import type { FastifyInstance } from 'fastify';
import { Principal, PRINCIPAL_PROPERTY } from '../../permissions/principal';
import { UsageCounter } from './usage-counter';

/**
 * Counts every answered request of an authenticated key (API.md §10). The bearer guard stores the
 * principal on the Fastify request (what Nest's Fastify adapter hands guards); a request it never
 * authenticated (public route, bad key, refused before the lookup) has none and is not counted.
 * onResponse runs after the answer was sent, whatever produced it (handler, guard, filter).
 */
export function useUsageCounting(fastify: FastifyInstance, counter: UsageCounter): void {
  fastify.addHook('onResponse', (request, reply, done) => {
    const principal = (request as unknown as Record<string, Principal | undefined>)[PRINCIPAL_PROPERTY];
    if (principal) counter.count(principal.apiKeyId, reply.statusCode);
    done();
  });
}
