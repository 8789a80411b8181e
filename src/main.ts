import { Logger } from '@nestjs/common';
import { createApp } from './app.factory';
import { AppConfig, loadDotEnv } from './config/app-config';
import { EnvironmentError } from './config/environment';
import { DemoSeeder } from './setup/demo-seeder';

/** How long in-flight requests get to finish after SIGTERM before connections are cut. */
const SHUTDOWN_GRACE_MS = 10_000;

async function main(): Promise<void> {
  loadDotEnv();
  const config = AppConfig.fromProcessEnv();
  const app = await createApp(config);
  await app.listen({ port: config.env.PORT, host: config.env.HOST });
  const base = `http://${config.env.HOST === '0.0.0.0' ? 'localhost' : config.env.HOST}:${config.env.PORT}`;
  Logger.log(`Tessera listening on ${base} (database: ${config.database.kind}); Swagger UI at ${base}/docs`, 'Main');

  // Graceful stop: Fastify finishes in-flight requests, shutdown hooks flush pending
  // last_used_time writes and close the pool, then the process exits 0.
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    process.once(signal, () => {
      Logger.log(`${signal} received: finishing in-flight requests and shutting down.`, 'Main');
      // Idle or stalled connections must not hold the exit forever: cut them after a grace period.
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
  if (demo) {
    // The one place a secret is ever printed: the demo admin key, once, on first run.
    process.stderr.write(
      [
        '',
        '  Tessera demo organization created (first run on an empty database).',
        `  Organization: ${demo.organization}`,
        `  Workspace:    ${demo.workspace}`,
        `  Admin key:    ${demo.key}`,
        '  It is shown only now. Open the Swagger UI, click "Authorize" and paste the key:',
        `  ${base}/docs`,
        '',
      ].join('\n') + '\n',
    );
  }
}

main().catch((error) => {
  if (error instanceof EnvironmentError) {
    process.stderr.write(`${error.message}\n`);
  } else {
    process.stderr.write(`Tessera failed to start: ${(error as Error)?.stack ?? error}\n`);
  }
  process.exit(1);
});
