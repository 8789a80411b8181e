import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { AppConfig } from '../src/config/app-config';
import { buildDataSourceOptions } from '../src/database/data-source-options';
import { startApp, TestApp } from './support/test-app';
import { createTestDatabase, TEST_PEPPER, TestDatabase, usingMysql } from './support/test-database';

/**
 * One source of truth for the schema: after every migration has run, TypeORM's schema builder,
 * comparing the entities with the database, has nothing to change — on SQLite and on MySQL/MariaDB.
 * Were an entity to forget a foreign key (the ON DELETE CASCADE that revokes a removed member's
 * keys) or an index, `migration:generate` would propose dropping it, and this test fails first.
 */
describe('Schema drift: the entities describe exactly what the migrations create', () => {
  let t: TestApp;
  beforeAll(async () => (t = await startApp()));
  afterAll(() => t.close());

  it('leaves the schema builder nothing to change', async () => {
    const dataSource = await builderDataSource(t.dataSource);
    try {
      const pending = await dataSource.driver.createSchemaBuilder().log();
      expect(pending.upQueries.map((q) => q.query)).toEqual([]);
    } finally {
      if (dataSource !== t.dataSource) await dataSource.destroy();
    }
  });
});

/**
 * The app's data source, or on MariaDB the same one typed `mariadb`: TypeORM reads column defaults
 * the MariaDB way only then (it reports a nullable column's default as the text 'NULL').
 */
async function builderDataSource(app: DataSource): Promise<DataSource> {
  if (!usingMysql()) return app;
  const [{ version }] = await app.query<{ version: string }[]>('SELECT VERSION() AS version');
  if (!/mariadb/i.test(version)) return app;
  return new DataSource({ ...app.options, type: 'mariadb' } as ConstructorParameters<
    typeof DataSource
  >[0]).initialize();
}

describe('Upgrading a database that has data (the migration after the initial schema)', () => {
  let database: TestDatabase;
  let dataSource: DataSource;
  const T = 1_767_225_600_000;

  beforeAll(async () => {
    database = await createTestDatabase();
    const config = AppConfig.fromProcessEnv({ DATABASE_URL: database.url, TESSERA_KEY_PEPPER: TEST_PEPPER });
    const options = buildDataSourceOptions(config);
    const dialect = database.kind === 'sqlite' ? 'sqlite' : 'mysql';
    // The database as the first release left it: only the initial migration, and some data.
    const initial = await new DataSource({
      ...options,
      migrations: [join(__dirname, `../src/database/migrations/${dialect}/1764300000000-InitialSchema.ts`)],
    }).initialize();
    await initial.runMigrations();
    const q = (sql: string, params: unknown[]) => initial.query(sql, params);
    await q(
      'INSERT INTO organizations (id, title, owner_user_id, create_time, update_time) VALUES (?, ?, NULL, ?, ?)',
      ['o1', 'Acme', T, T],
    );
    await q(
      'INSERT INTO users (id, organization_id, email, email_folded, display_name, display_name_folded, role, create_time, update_time) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
      ['u1', 'o1', 'a@x.test', 'a@x.test', 'Ada', 'ada', 'org-admin', T, T],
    );
    await q('UPDATE organizations SET owner_user_id = ? WHERE id = ?', ['u1', 'o1']);
    await q(
      'INSERT INTO workspaces (id, organization_id, title, title_folded, creator_user_id, create_time, update_time) VALUES (?, ?, ?, ?, ?, ?, ?)',
      ['w1', 'o1', 'Default', 'default', 'u1', T, T],
    );
    await q(
      `INSERT INTO api_keys (id, organization_id, owner_user_id, display_name, display_name_folded, key_prefix, secret_hash,
        expiration, expire_time, permission_level, permissions, workspace_scope, state, create_time, update_time)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      [
        'k1',
        'o1',
        'u1',
        'CI',
        'ci',
        'tsr_abcdefgh',
        'hash-1',
        'EXPIRATION_30_DAYS',
        T + 1,
        'PERMISSION_LEVEL_ALL',
        '[]',
        'WORKSPACE_SCOPE_SPECIFIC',
        'STATE_ACTIVE',
        T,
        T,
      ],
    );
    await q('INSERT INTO api_key_workspaces (api_key_id, workspace_id) VALUES (?, ?)', ['k1', 'w1']);
    await initial.destroy();
    // Then the current release starts on it and runs the rest.
    dataSource = await new DataSource(options).initialize();
    await dataSource.runMigrations();
  });
  afterAll(async () => {
    await dataSource?.destroy();
    await database?.drop();
  });

  it('keeps every row', async () => {
    const count = async (table: string) =>
      Number((await dataSource.query<{ n: number | string }[]>(`SELECT COUNT(*) AS n FROM ${table}`))[0].n);
    for (const table of ['organizations', 'users', 'workspaces', 'api_keys', 'api_key_workspaces']) {
      expect([table, await count(table)]).toEqual([table, 1]);
    }
    const [key] = await dataSource.query<{ secret_hash: string; owner_user_id: string }[]>(
      'SELECT secret_hash, owner_user_id FROM api_keys WHERE id = ?',
      ['k1'],
    );
    expect(key).toEqual({ secret_hash: 'hash-1', owner_user_id: 'u1' });
  });

  it('keeps the rules: deleting a workspace leaves the scope, removing the owner revokes the key', async () => {
    await dataSource.query('DELETE FROM workspaces WHERE id = ?', ['w1']);
    expect(await dataSource.query('SELECT * FROM api_key_workspaces')).toEqual([]);
    await dataSource.query('DELETE FROM users WHERE id = ?', ['u1']);
    expect(await dataSource.query('SELECT id FROM api_keys')).toEqual([]);
    expect(await dataSource.query('SELECT owner_user_id FROM organizations')).toEqual([{ owner_user_id: null }]);
  });
});
