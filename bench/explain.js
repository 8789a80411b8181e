#!/usr/bin/env node
/*
 * `npm run bench:explain`: the query plans of the hot statements, on the database of DATABASE_URL
 * (default: a fresh SQLite file). Boots the built application context (no HTTP), bootstraps an
 * organization, then captures the exact SQL and parameters TypeORM sends for the key list and the
 * workspace list (first page and a later page) and shows the plan of each, with the verification
 * statement. With MySQL/MariaDB set TESSERA_KEY_PEPPER too.
 */
require('reflect-metadata');
const { mkdtempSync, rmSync } = require('node:fs');
const { tmpdir } = require('node:os');
const { join } = require('node:path');

const dist = join(__dirname, '..', 'dist/src');
const dir = mkdtempSync(join(tmpdir(), 'tessera-explain-'));
process.env.DATABASE_URL ||= `sqlite:${join(dir, 'explain.sqlite')}`;
process.env.TESSERA_KEY_PEPPER ||= 'explain-pepper-explain-pepper-explain-pepper-0123';
process.env.TESSERA_DEMO = 'false';
process.env.EXPIRY_SWEEP_CRON = 'off';
process.env.MAX_API_KEYS_PER_ORGANIZATION = '100';

const { NestFactory } = require('@nestjs/core');
const { DataSource } = require('typeorm');
const { AppModule } = require(join(dist, 'app.module.js'));
const { OperatorService } = require(join(dist, 'setup/operator.service.js'));
const { ApiKeyCredentials } = require(join(dist, 'api-keys/api-key-credentials.service.js'));
const { PrincipalFactory } = require(join(dist, 'auth/principal.factory.js'));
const { ApiKeysService } = require(join(dist, 'api-keys/api-keys.service.js'));
const { WorkspacesService } = require(join(dist, 'workspaces/workspaces.service.js'));
const { VERIFY_CREDENTIAL_SQL } = require(join(dist, 'api-keys/credential-lookup.js'));
const { KeyHasher } = require(join(dist, 'api-keys/key-hasher.js'));

(async () => {
  const app = await NestFactory.createApplicationContext(AppModule, { logger: ['error'] });
  try {
    const dataSource = app.get(DataSource);
    const mysql = dataSource.options.type === 'mysql';
    const boot = await app.get(OperatorService).bootstrap({
      organizationTitle: `Explain ${Date.now()}`,
      email: 'explain@example.test',
      displayName: 'Explain',
      workspaceTitle: 'Default',
      expiration: 'EXPIRATION_1_YEAR',
    });
    const organizationId = boot.organization.split('/')[1];
    for (let i = 0; i < 5; i++) {
      await app.get(OperatorService).createKey({
        organization: organizationId,
        email: 'explain@example.test',
        displayName: `key ${i}`,
        expiration: 'EXPIRATION_30_DAYS',
        level: 'PERMISSION_LEVEL_READ_ONLY',
        permissions: [],
        workspaces: i % 2 ? [boot.workspace] : [],
      });
    }
    const verified = await app.get(ApiKeyCredentials).verify(boot.key);
    const principal = app.get(PrincipalFactory).create(verified);

    const captured = [];
    const original = dataSource.logger.logQuery.bind(dataSource.logger);
    dataSource.logger.logQuery = (query, parameters) => {
      captured.push({ query, parameters });
      original(query, parameters);
    };
    const keys = app.get(ApiKeysService);
    const firstKeys = await keys.list(principal, { page_size: '2' });
    await keys.list(principal, { page_size: '2', page_token: firstKeys.next_page_token });
    const workspaces = app.get(WorkspacesService);
    await workspaces.list(organizationId, principal.grants, { page_size: '2' });
    dataSource.logger.logQuery = original;

    const explain = async (title, query, parameters) => {
      const sql = query.replace(/\s+/g, ' ').trim();
      // The select list is long and says nothing about the plan: show the FROM … part.
      const from = sql.indexOf(' FROM ');
      console.log(`\n${title}:\n  SELECT … ${from === -1 ? sql : sql.slice(from + 1)}`);
      const rows = await dataSource.query(`${mysql ? 'EXPLAIN' : 'EXPLAIN QUERY PLAN'} ${query}`, parameters);
      for (const row of rows) {
        console.log(
          mysql
            ? `    → ${row.table}: type=${row.type} key=${row.key} rows=${row.rows} ${row.Extra ?? ''}`
            : `    → ${row.detail}`,
        );
      }
    };
    console.log(`Query plans on ${mysql ? 'MySQL/MariaDB' : 'SQLite'}`);
    // The admin key's current secret: the first branch finds it, the second (previous secret) not.
    const hash = app.get(KeyHasher).hash(boot.key);
    await explain('Verification (one statement per authenticated request)', VERIFY_CREDENTIAL_SQL, [hash, hash]);
    const titles = [
      'Key list: first page',
      'Key list: owners of the page',
      'Key list: scopes of the page',
      'Key list: a later page (keyset)',
      'Key list: owners',
      'Key list: scopes',
      'Workspace list: first page',
      'Workspace list: creators of the page',
    ];
    for (const [i, { query, parameters }] of captured.entries()) {
      if (/^\s*SELECT/i.test(query)) await explain(titles[i] ?? `Statement ${i + 1}`, query, parameters ?? []);
    }
  } finally {
    await app.close();
    rmSync(dir, { recursive: true, force: true });
  }
})().catch((e) => {
  console.error(e);
  process.exit(1);
});
