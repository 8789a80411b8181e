import { chmodSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { DataSourceOptions } from 'typeorm';
import { AppConfig } from '../config/app-config';
import { TypeOrmLogger } from './typeorm-logger';

/** A query unanswered for this long fails (and its connection is dropped) rather than hang. */
export const DATABASE_QUERY_TIMEOUT_MS = 8000;

/**
 * The one TypeORM options builder, used by the running app (DatabaseModule), the CLI and
 * `ormconfig.ts`. `synchronize` is never on: the schema is the migrations, one set per dialect.
 * Entities are not listed here: each feature registers its own (TypeOrmModule.forFeature with
 * autoLoadEntities), so `database/` imports no feature module.
 */
export function buildDataSourceOptions(config: AppConfig): DataSourceOptions {
  const db = config.database;
  const common = {
    synchronize: false,
    migrationsRun: false, // run explicitly at start (DatabaseModule) so failures are reported clearly
    logger: new TypeOrmLogger(),
    logging: ['error', 'warn', 'migration'] as ('error' | 'warn' | 'migration')[],
  };
  if (db.kind === 'sqlite') {
    if (db.path !== ':memory:') createPrivately(db.path);
    return {
      ...common,
      type: 'better-sqlite3',
      database: db.path,
      migrations: [join(__dirname, 'migrations/sqlite/*.{ts,js}')],
      // WAL lets the health check and a second process (CLI, second instance) read while we write;
      // busy_timeout makes concurrent writers from another process wait instead of failing.
      prepareDatabase: (sqlite: { pragma: (s: string) => unknown }) => {
        sqlite.pragma('journal_mode = WAL');
        sqlite.pragma('busy_timeout = 5000');
        sqlite.pragma('foreign_keys = ON');
      },
    };
  }
  return {
    ...common,
    type: 'mysql',
    host: db.host,
    port: db.port,
    username: db.username,
    password: db.password,
    database: db.database,
    charset: 'utf8mb4_bin',
    timezone: 'Z',
    connectTimeout: config.env.DB_CONNECT_TIMEOUT_MS,
    supportBigNumbers: true,
    bigNumberStrings: false,
    migrations: [join(__dirname, 'migrations/mysql/*.{ts,js}')],
    // A query unanswered for this long fails (and its connection is dropped) rather than hang:
    // with connectTimeout this bounds every request at ~8 s when MySQL is unreachable (→ 503).
    enableQueryTimeout: true,
    maxQueryExecutionTime: DATABASE_QUERY_TIMEOUT_MS,
    poolSize: 20,
    extra: {
      // Requests beyond the pool wait for a connection, but only so many: past the queue limit
      // they fail at once (→ 503). The request deadline (common/request-deadline.ts) bounds the wait.
      waitForConnections: true,
      queueLimit: 200,
      enableKeepAlive: true,
      keepAliveInitialDelay: 10000,
    },
  };
}

/**
 * The database holds key hashes and personal data: it is created readable by its owner only (an
 * empty file is a valid empty SQLite database; SQLite gives its -wal and -shm files the same mode),
 * and an existing one is tightened to that.
 */
function createPrivately(path: string): void {
  mkdirSync(dirname(path), { recursive: true });
  if (!existsSync(path)) writeFileSync(path, '', { mode: 0o600, flag: 'wx' });
  chmodSync(path, 0o600);
}
