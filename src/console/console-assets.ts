import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** Where the console is served (API.md §13). */
export const CONSOLE_PATH = 'console';

/**
 * The built console: `dist/console` of the project (written by `npm run build`: the TypeScript
 * modules compiled by `console/tsconfig.json`, and the page and stylesheet copied beside them).
 * Found from the project root, so the server finds it whether it runs from `dist/` (npm start, the
 * Docker image) or from the sources (the tests).
 */
export function consoleAssetsDirectory(from = __dirname): string {
  let dir = from;
  while (!existsSync(join(dir, 'package.json'))) {
    const parent = dirname(dir);
    if (parent === dir) return join(from, 'console');
    dir = parent;
  }
  return join(dir, 'dist', CONSOLE_PATH);
}

/**
 * Static files only, no server-side session: `/console` and `/console/` answer the page, and
 * `/console/<file>` its scripts and stylesheet (@fastify/static; anything else under the prefix is
 * the API's 404). The headers, including the console's own Content-Security-Policy, are set by
 * useSecurityHeaders. A server started without a build of the console says so at `/console`.
 */
export function useConsole(app: NestFastifyApplication, root = consoleAssetsDirectory()): void {
  const indexFile = join(root, 'index.html');
  const page = existsSync(indexFile) ? readFileSync(indexFile) : null;
  const fastify = app.getHttpAdapter().getInstance();
  const servePage = (_request: unknown, reply: import('fastify').FastifyReply) =>
    page
      ? reply.type('text/html; charset=utf-8').header('cache-control', 'no-cache').send(page)
      : reply
          .code(503)
          .type('text/plain; charset=utf-8')
          .send('The console has not been built: run `npm run build` (or `npm start`), then reload.\n');
  fastify.get(`/${CONSOLE_PATH}`, servePage);
  fastify.get(`/${CONSOLE_PATH}/`, servePage);
  if (!page) return;
  app.useStaticAssets({
    root,
    prefix: `/${CONSOLE_PATH}/`,
    decorateReply: false,
    index: false,
    // Modules are fetched again only when changed (ETag); a new build is picked up on reload.
    cacheControl: true,
    maxAge: 0,
  });
}
