import { Logger } from '@nestjs/common';
import { createApp } from './app.factory';
import { AppConfig, loadDotEnv } from './config/app-config';
import { describeStartupFailure, StartupContext, startupContextOf } from './common/startup-failure';
import { demoBanner, DemoSeeder } from './setup/demo-seeder';

/** How long in-flight requests get to finish after SIGTERM before connections are cut. */
const SHUTDOWN_GRACE_MS = 10_000;

let context: StartupContext | null = null;

async function main(): Promise<void> {
  loadDotEnv();
  const config = AppConfig.fromProcessEnv();
  context = startupContextOf(config);
  const app = await createApp(config);
  await app.listen({ port: config.env.PORT, host: config.host });
  const base = `http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${config.env.PORT}`;
  Logger.log(
    `Tessera listening on ${base} (database: ${config.database.kind}); console at ${base}/console, Swagger UI at ${base}/docs`,
    'Main',
  );

  // Graceful stop: Fastify finishes in-flight requests, shutdown hooks flush pending
  // last_used_time writes and close the pool, then the process exits 0.
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    process.once(signal, () => {
      Logger.log(`${signal} received: finishing in-flight requests and shutting down.`, 'Main');
      // Responses sent from now on close their connection (app.factory.ts); stalled connections
      // must not hold the exit forever: cut them after a grace period.
      setTimeout(() => app.getHttpServer().closeAllConnections(), SHUTDOWN_GRACE_MS).unref();
      app.close().then(
        () => process.exit(0),
        (error) => {
          process.stderr.write(`Shutdown failed: ${(error as Error)?.stack ?? error}\n`);
          process.exit(1);
        },
      );
    });
  }

  const demo = await app.get(DemoSeeder).seedIfEmpty();
  // The one place a secret is ever printed by the server: the demo admin key, once, on first run.
  if (demo)
    process.stderr.write(demoBanner(demo, base, 'Tessera demo organization created (first run on an empty database).'));
}

main().catch((error) => {
  process.stderr.write(`${describeStartupFailure(error, context)}\n`);
  process.exit(1);
});
