import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { Test, TestingModuleBuilder } from '@nestjs/testing';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { configureApp, createFastifyAdapter, NEST_APP_OPTIONS } from '../../src/app.factory';
import { AppModule } from '../../src/app.module';
import { Clock } from '../../src/common/time';
import { AppConfig } from '../../src/config/app-config';
import { createRootLogger } from '../../src/observability/logging';
import { BootstrapResult, OperatorService } from '../../src/setup/operator.service';
import { CapturingLogger } from './capturing-logger';
import { TestClock } from './test-clock';
import { createTestDatabase, TEST_PEPPER, TestDatabase } from './test-database';

export interface TestApp {
  app: NestFastifyApplication;
  config: AppConfig;
  clock: TestClock;
  logger: CapturingLogger;
  /** The JSON lines the request logger wrote (API.md §12), as written. */
  requestLogLines: string[];
  dataSource: DataSource;
  database: TestDatabase;
  /** supertest against the real HTTP server. */
  http: () => ReturnType<typeof request>;
  /** Stops the app (and drops the database unless another instance still shares it). */
  close(): Promise<void>;
  get<T>(type: new (...args: never[]) => T): T;
}

export interface StartOptions {
  /** Environment variables for this app (e.g. MAX_API_KEYS_PER_ORGANIZATION). */
  env?: Record<string, string>;
  /** Share the database of another running test app (a second instance). */
  shareDatabaseWith?: TestApp;
  /** Use this database (owned and dropped by the caller). */
  database?: TestDatabase;
  /** Extra modules to import next to AppModule (e.g. a test feature module). */
  imports?: NonNullable<Parameters<typeof Test.createTestingModule>[0]['imports']>;
  configure?: (builder: TestingModuleBuilder) => TestingModuleBuilder;
}

/**
 * Boots the real AppModule on the Fastify adapter, configured exactly like production, against
 * a fresh database (SQLite file, or a new MariaDB database under .ci/run), on an ephemeral port.
 */
export async function startApp(options: StartOptions = {}): Promise<TestApp> {
  const database = options.database ?? options.shareDatabaseWith?.database ?? (await createTestDatabase());
  const config = AppConfig.fromProcessEnv({
    NODE_ENV: 'test',
    DATABASE_URL: database.url,
    TESSERA_KEY_PEPPER: TEST_PEPPER,
    EXPIRY_SWEEP_CRON: 'off',
    TESSERA_DEMO: 'false',
    LOG_LEVEL: 'debug',
    // Per-instance limits unless a test passes its own Redis (an inherited REDIS_URL would make
    // every test file share failed-authentication counters for 127.0.0.1).
    REDIS_URL: '',
    METRICS_TOKEN: '',
    ...options.env,
  });
  const clock = new TestClock();
  const logger = new CapturingLogger();
  const requestLogLines: string[] = [];
  const requestLogger = createRootLogger(config.env, {
    write: (line: string) => {
      requestLogLines.push(line.trimEnd());
    },
  });
  let builder = Test.createTestingModule({ imports: [AppModule, ...(options.imports ?? [])] })
    .overrideProvider(AppConfig)
    .useValue(config)
    .overrideProvider(Clock)
    .useValue(clock);
  if (options.configure) builder = options.configure(builder);
  const moduleRef = await builder.compile();
  const app = moduleRef.createNestApplication<NestFastifyApplication>(createFastifyAdapter(config), {
    ...NEST_APP_OPTIONS,
    logger,
  });
  try {
    await configureApp(app, requestLogger);
    await app.listen({ port: 0, host: '127.0.0.1' });
  } catch (error) {
    // A boot refused on purpose (start-up audit tests) must not leave its database behind.
    await app.close().catch(() => undefined);
    if (!options.shareDatabaseWith && !options.database) await database.drop();
    throw error;
  }
  const server = app.getHttpServer();
  const testApp: TestApp = {
    app,
    config,
    clock,
    logger,
    requestLogLines,
    dataSource: app.get(DataSource),
    database,
    http: () => request(server),
    get: (type) => app.get(type),
    close: async () => {
      await app.close();
      if (!options.shareDatabaseWith && !options.database) await database.drop();
    },
  };
  return testApp;
}

/** A new organization with an admin, a workspace and an ALL admin key, made as the CLI would. */
export async function bootstrapOrganization(
  t: TestApp,
  input: Partial<{ title: string; email: string; displayName: string; workspaceTitle: string }> = {},
): Promise<BootstrapResult & { organizationId: string }> {
  const result = await t.get(OperatorService).bootstrap({
    organizationTitle: input.title ?? 'Acme',
    email: input.email ?? 'admin@acme.test',
    displayName: input.displayName ?? 'Ada Admin',
    workspaceTitle: input.workspaceTitle ?? 'Default',
    expiration: 'EXPIRATION_1_YEAR',
  });
  return { ...result, organizationId: result.organization.split('/')[1] };
}

/** What bootstrapOrganization answers: the organization, its admin user, workspace and ALL key. */
export type Bootstrapped = Awaited<ReturnType<typeof bootstrapOrganization>>;

/**
 * On SQLite the credential cache asks whether anything changed since a key was read with this
 * statement, which reads no table (MySQL never runs it).
 */
export const CACHE_VERSION_READ = 'PRAGMA data_version';

/** The statements that read or write tables: all but CACHE_VERSION_READ. */
export function tableStatements(statements: string[]): string[] {
  return statements.filter((sql) => sql !== CACHE_VERSION_READ);
}

/** Every SQL statement the app's DataSource runs while `fn` runs. */
export async function queriesDuring(t: TestApp, fn: () => Promise<unknown>): Promise<string[]> {
  const spy = jest.spyOn(t.dataSource.logger, 'logQuery');
  try {
    await fn();
    return spy.mock.calls.map(([sql]) => String(sql));
  } finally {
    spy.mockRestore();
  }
}
