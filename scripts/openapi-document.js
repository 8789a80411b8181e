// The OpenAPI document the built app serves at /docs-json, without a server to start by hand: boots
// dist/ in-process on a throwaway SQLite database (no port, no demo, no network) and asks Fastify
// for /docs-json. Used by `npm run openapi` (writes openapi.json for linters and generators) and
// `npm run generate:client`. Run `npm run build` first.
'use strict';
const { mkdtempSync, rmSync } = require('node:fs');
const { tmpdir } = require('node:os');
const { join } = require('node:path');

const DIST = join(__dirname, '..', 'dist', 'src');

async function openApiDocument() {
  let factory, configModule;
  try {
    factory = require(join(DIST, 'app.factory.js'));
    configModule = require(join(DIST, 'config', 'app-config.js'));
  } catch (error) {
    throw new Error(`dist/ is missing or stale: run \`npm run build\` first (${error.message})`);
  }
  const dir = mkdtempSync(join(tmpdir(), 'tessera-openapi-'));
  const environment = process.env;
  const cwd = process.cwd();
  // The document must not depend on who runs this: a clean environment (no DATABASE_URL, REDIS_URL
  // or other settings of the caller) and a folder without a .env file for @nestjs/config to load.
  process.env = {
    PATH: environment.PATH,
    NODE_ENV: 'test',
    DATABASE_URL: `sqlite:${join(dir, 'openapi.sqlite')}`,
    TESSERA_KEY_PEPPER: 'openapi-document-only-pepper-0123456789',
    EXPIRY_SWEEP_CRON: 'off',
    TESSERA_DEMO: 'false',
    LOG_LEVEL: 'error',
    NO_COLOR: '1',
  };
  process.chdir(dir);
  try {
    // Errors only, on stderr: a module that fails to start says why instead of exiting silently.
    const app = await factory.createApp(configModule.AppConfig.fromProcessEnv());
    try {
      const res = await app.getHttpAdapter().getInstance().inject({ method: 'GET', url: '/docs-json' });
      if (res.statusCode !== 200) throw new Error(`GET /docs-json answered ${res.statusCode}`);
      return JSON.parse(res.body);
    } finally {
      await app.close();
    }
  } finally {
    process.chdir(cwd);
    process.env = environment;
    rmSync(dir, { recursive: true, force: true });
  }
}

module.exports = { openApiDocument };

if (require.main === module) {
  const out = process.argv[2];
  openApiDocument().then(
    (doc) => {
      const text = `${JSON.stringify(doc, null, 2)}\n`;
      if (out) require('node:fs').writeFileSync(out, text);
      else process.stdout.write(text);
    },
    (error) => {
      process.stderr.write(`${error.stack ?? error}\n`);
      process.exit(1);
    },
  );
}
