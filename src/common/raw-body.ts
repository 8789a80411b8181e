import { RouteConfig } from '@nestjs/platform-fastify';
import type { FastifyInstance, FastifyRequest, preParsingHookHandler, RouteOptions } from 'fastify';
import { Transform } from 'node:stream';

/**
 * The exact bytes of a request body, for the one route that verifies a signature over them (leak
 * reports, API.md §11). Only routes marked with `@KeepRawBody()` pay for it: their body stream is
 * passed through a recorder before Fastify's JSON parser reads it (with its body limit), so no other
 * route holds a second copy of its body.
 */
const KEEP_RAW_BODY = 'keepRawBody';
const rawChunks = new WeakMap<FastifyRequest, Buffer[]>();

export const KeepRawBody = () => RouteConfig({ [KEEP_RAW_BODY]: true });

/**
 * Registers the recorder on marked routes; call before the routes are registered (app.init). It
 * records the bytes as they come off the wire only while no global `preParsing` hook transforms
 * the stream first (Fastify runs global hooks before route ones): there is none, and a
 * decompressing one would have to skip these routes.
 */
export function useRawBodyRoutes(fastify: FastifyInstance): void {
  fastify.addHook('onRoute', (route: RouteOptions) => {
    if ((route.config as Record<string, unknown> | undefined)?.[KEEP_RAW_BODY] !== true) return;
    const existing = route.preParsing ?? [];
    const limit = route.bodyLimit ?? fastify.initialConfig.bodyLimit ?? Infinity;
    route.preParsing = [...(Array.isArray(existing) ? existing : [existing]), rawBodyRecorder(limit)];
  });
}

/** The body as received (empty when there was none). */
export function rawBodyOf(request: FastifyRequest): Buffer {
  return Buffer.concat(rawChunks.get(request) ?? []);
}

/**
 * Passes the body through, keeping a copy of at most `limit` bytes: past it, Fastify's own reader
 * answers 413 (even for a chunked body without Content-Length), and the copy stops growing.
 */
const rawBodyRecorder =
  (limit: number): preParsingHookHandler =>
  (request, _reply, payload, done) => {
    const chunks: Buffer[] = [];
    let recorded = 0;
    rawChunks.set(request, chunks);
    const recorder = new Transform({
      transform(chunk: Buffer, _encoding, next) {
        recorded += chunk.length;
        if (recorded <= limit) chunks.push(chunk);
        next(null, chunk);
      },
    });
    payload.on('error', (error) => recorder.destroy(error));
    done(null, payload.pipe(recorder));
  };
