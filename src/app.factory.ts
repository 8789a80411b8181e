import helmet from '@fastify/helmet';
import { LoggerService } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import { AppModule } from './app.module';
import { rewriteCustomMethodUrl } from './common/custom-method';
import { sendRpcError } from './common/errors/rpc-exception.filter';
import { toRpcError } from './common/errors/to-rpc-error';
import { AppConfig } from './config/app-config';
import { setupOpenApi } from './openapi';

export const API_PREFIX = 'api/v1';

/** Fastify as production runs it: body limit, proxy trust, and the custom-method URL rewrite. */
export function createFastifyAdapter(config: AppConfig): FastifyAdapter {
  return new FastifyAdapter({
    bodyLimit: config.env.BODY_LIMIT_BYTES,
    trustProxy: config.env.TRUST_PROXY,
    rewriteUrl: (req: { url?: string }) => rewriteCustomMethodUrl(req.url ?? '/'),
    // Ids are short; a longer path segment is junk and gets its 404 without more work.
    routerOptions: { maxParamLength: 200 },
  });
}

/**
 * Everything the HTTP app needs once the module graph exists. Tests call it too, so they exercise
 * exactly what production serves: JSON-only bodies, the error model for errors raised before Nest
 * sees a request (bad JSON, 413, 415, unknown routes), the /api/v1 prefix and Swagger.
 */
export async function configureApp(app: NestFastifyApplication, config: AppConfig): Promise<void> {
  const fastify = app.getHttpAdapter().getInstance();
  fastify.removeContentTypeParser(['text/plain']); // any body that is not JSON is 415
  fastify.setErrorHandler((error, _request, reply) =>
    sendRpcError(reply, toRpcError(error, config.env.BODY_LIMIT_BYTES)),
  );
  await app.register(helmet, { contentSecurityPolicy: false });
  app.setGlobalPrefix(API_PREFIX, { exclude: ['health'] });
  app.enableShutdownHooks();
  setupOpenApi(app);
  await app.init();
}

export async function createApp(config: AppConfig, logger?: LoggerService | false): Promise<NestFastifyApplication> {
  const app = await NestFactory.create<NestFastifyApplication>(AppModule, createFastifyAdapter(config), {
    logger: logger === undefined ? [config.env.LOG_LEVEL, ...higherLevels(config.env.LOG_LEVEL)] : logger,
  });
  await configureApp(app, config);
  return app;
}

const LEVELS = ['verbose', 'debug', 'log', 'warn', 'error', 'fatal'] as const;
function higherLevels(level: (typeof LEVELS)[number]) {
  return LEVELS.slice(LEVELS.indexOf(level) + 1);
}
