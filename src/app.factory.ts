import { LoggerService } from '@nestjs/common';
import { startupContextOf } from './common/startup-failure';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { AppModule } from './app.module';
import { UsageCounter } from './api-keys/usage/usage-counter';
import { useUsageCounting } from './api-keys/usage/usage-hook';
import { rewriteCustomMethodUrl } from './common/custom-method';
import { writeRawRpcError } from './common/errors/raw-socket-error';
import { sendRpcError } from './common/errors/rpc-exception.filter';
import { invalidArgument, routeNotFound } from './common/errors/rpc.error';
import { useDepthLimitedJsonParser } from './common/json-body';
import { useRawBodyRoutes } from './common/raw-body';
import { useRequestDeadline } from './common/request-deadline';
import { genRequestId, useRequestIdHeader } from './common/request-id';
import { useSecurityHeaders } from './common/security-headers';
import { AppConfig } from './config/app-config';
import { CONSOLE_PATH, useConsole } from './console/console-assets';
import { DOCS_PATH, setupOpenApi } from './openapi';
import { StartupChecks } from './setup/startup-checks';
import { createRootLogger, Pino } from './observability/logging';
import { Metrics } from './observability/metrics';
import { useRequestTelemetry } from './observability/request-telemetry';
import { ServerLogger } from './observability/server-logger';

export const API_PREFIX = 'api/v1';

/** Fastify as production runs it: body limit, proxy trust, and the custom-method URL rewrite. */
export function createFastifyAdapter(config: AppConfig): FastifyAdapter {
  return new FastifyAdapter({
    bodyLimit: config.env.BODY_LIMIT_BYTES,
    // Slow clients (API.md §8): a request not fully received in time is answered 408 and closed
    // (clientErrorHandler), checked often enough that the limit holds to within a tenth of it;
    // idle keep-alive connections close after Fastify's default 72 s.
    requestTimeout: config.env.REQUEST_TIMEOUT_MS,
    http: {
      headersTimeout: config.env.REQUEST_TIMEOUT_MS,
      requestTimeout: config.env.REQUEST_TIMEOUT_MS,
      connectionsCheckingInterval: Math.min(1000, Math.ceil(config.env.REQUEST_TIMEOUT_MS / 10)),
    },
    trustProxy: config.trustProxy,
    // request.id is the caller's well-formed X-Request-Id or a new UUID (audit events record it).
    genReqId: genRequestId,
    rewriteUrl: (req: { url?: string }) => rewriteCustomMethodUrl(req.url ?? '/'),
    // Ids are short; a longer path segment is junk and gets its 404 without more work.
    routerOptions: { maxParamLength: 200 },
    // Errors Fastify raises before routing (bad percent-encoding, over-long segment) and at the
    // socket (oversized request line or headers) answer in the error model too.
    frameworkErrors: (error: FastifyError, _request: FastifyRequest, reply: FastifyReply) =>
      sendRpcError(
        reply,
        error.code === 'FST_ERR_MAX_PARAM_LENGTH' ? routeNotFound() : invalidArgument('The request URL is malformed.'),
      ),
    clientErrorHandler: (error, socket) => writeRawRpcError(error, socket),
  });
}

/**
 * Everything the HTTP app needs once the module graph exists. Tests call it too, so they exercise
 * exactly what production serves: JSON-only bodies, the error model for errors raised before Nest
 * sees a request (bad JSON, 413, 415, unknown routes), the /api/v1 prefix and Swagger.
 */
export async function configureApp(app: NestFastifyApplication, requestLogger: Pino | null = null): Promise<void> {
  // Any body that is not JSON is 415. Fastify's body-parser errors (bad JSON, 413, 415) reach the
  // global exception filter wrapped by Nest, so one filter shapes every error.
  const fastify = app.getHttpAdapter().getInstance();
  fastify.removeContentTypeParser(['text/plain']);
  useDepthLimitedJsonParser(fastify);
  useRawBodyRoutes(fastify);
  useRequestDeadline(fastify);
  useSecurityHeaders(fastify, API_PREFIX, DOCS_PATH, CONSOLE_PATH);
  useRequestIdHeader(fastify);
  useConnectionCloseWhileClosing(fastify);
  useUsageCounting(fastify, app.get(UsageCounter));
  useRequestTelemetry(fastify, app.get(Metrics), requestLogger);
  useCors(app, app.get(AppConfig).corsOrigins);
  app.setGlobalPrefix(API_PREFIX, { exclude: ['health', 'health/live', 'health/ready', 'metrics'] });
  setupOpenApi(app);
  useConsole(app);
  await app.init();
  await app.get(StartupChecks).assertReady();
}

/**
 * Graceful stop (API.md §8, §12): once the server starts closing (SIGTERM), every response it still
 * sends says `Connection: close`, so a client's kept-alive connection ends with the request it was
 * serving instead of staying open (and then being cut) until the shutdown grace period runs out.
 */
function useConnectionCloseWhileClosing(fastify: FastifyInstance): void {
  let closing = false;
  fastify.addHook('preClose', (done) => {
    closing = true;
    done();
  });
  fastify.addHook('onSend', (_request, reply, payload, done) => {
    if (closing) reply.header('connection', 'close');
    done(null, payload);
  });
}

/**
 * CORS_ORIGINS (API.md §15): browsers on those origins may call the API with a key (the preflight
 * allows Authorization) and read its signal headers; with none configured, no CORS header is ever
 * sent. Through Nest's enableCors, i.e. @fastify/cors, which the Fastify adapter ships with.
 */
function useCors(app: NestFastifyApplication, origins: string[]): void {
  if (origins.length === 0) return;
  app.enableCors({
    origin: origins,
    methods: ['GET', 'POST', 'PATCH', 'DELETE'],
    allowedHeaders: ['Authorization', 'Content-Type', 'X-Request-Id'],
    exposedHeaders: ['Tessera-Key-Expire-Time', 'Warning', 'X-Request-Id', 'Retry-After'],
    maxAge: 600,
  });
}

/**
 * Nest would add its own JSON and urlencoded parsers; with `bodyParser: false` only Fastify's JSON
 * parser remains, so a form-encoded body is 415 like any other non-JSON body.
 */
export const NEST_APP_OPTIONS = { bodyParser: false } as const;

export async function createApp(config: AppConfig, logger?: LoggerService | false): Promise<NestFastifyApplication> {
  // One pino logger for the process: Nest's messages (ServerLogger) and the request lines.
  const root = createRootLogger(config.env);
  const app = await NestFactory.create<NestFastifyApplication>(AppModule, createFastifyAdapter(config), {
    ...NEST_APP_OPTIONS,
    logger: logger === undefined ? new ServerLogger(startupContextOf(config), root) : logger,
  });
  await configureApp(app, root);
  return app;
}
