import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { DatabaseTarget, parseDatabaseUrl } from './database-url';
import { LeakReportKeys, parseLeakReportKeys } from './leak-report-keys';
import { parseTrustProxy, TrustProxy } from './trust-proxy';
import { Environment, EnvironmentError, MIN_PEPPER_LENGTH, validateEnvironment } from './environment';

/**
 * The validated, typed configuration. Built once from the environment and provided globally, so
 * no other file reads process.env.
 */
export class AppConfig {
  readonly database: DatabaseTarget;
  /** HMAC key for API-key hashes and page-token signatures. */
  readonly keyPepper: Buffer;
  /** The pepper being rotated away from (TESSERA_KEY_PEPPER_PREVIOUS), or null. */
  readonly previousKeyPepper: Buffer | null;
  /** Where the pepper came from, for messages: the variable or the file beside the database. */
  readonly pepperSource: string;
  /** Whose X-Forwarded-For to believe for the client IP (validated with the environment). */
  readonly trustProxy: TrustProxy;
  /** Keys that sign leak reports, by key identifier; empty when LEAK_REPORT_PUBLIC_KEYS is unset. */
  readonly leakReportKeys: LeakReportKeys;

  constructor(readonly env: Environment) {
    this.database = parseDatabaseUrl(env.DATABASE_URL);
    this.trustProxy = parseTrustProxy(env.TRUST_PROXY);
    this.leakReportKeys = parseLeakReportKeys(env.LEAK_REPORT_PUBLIC_KEYS);
    this.keyPepper = resolvePepper(env, this.database);
    this.previousKeyPepper = env.TESSERA_KEY_PEPPER_PREVIOUS
      ? Buffer.from(env.TESSERA_KEY_PEPPER_PREVIOUS, 'utf8')
      : null;
    this.pepperSource =
      env.TESSERA_KEY_PEPPER || this.database.kind !== 'sqlite'
        ? 'TESSERA_KEY_PEPPER'
        : `the pepper file ${this.database.path}.pepper`;
  }

  /** Where to listen (API.md §15): HOST, else 127.0.0.1 outside production and 0.0.0.0 in it. */
  get host(): string {
    return this.env.HOST ?? (this.isProduction ? '0.0.0.0' : '127.0.0.1');
  }

  /** Browser origins allowed to call /api/v1 (CORS_ORIGINS); [] = no CORS at all. */
  get corsOrigins(): string[] {
    return (this.env.CORS_ORIGINS ?? '')
      .split(',')
      .map((o) => o.trim())
      .filter(Boolean);
  }

  get isProduction(): boolean {
    return this.env.NODE_ENV === 'production';
  }

  /** The demo organization is only ever created on a fresh embedded database outside production. */
  get demoEnabled(): boolean {
    return this.env.TESSERA_DEMO && !this.isProduction && this.database.kind === 'sqlite';
  }

  /** From process.env (after an optional .env file, see loadDotEnv) plus explicit overrides. */
  static fromProcessEnv(overrides: Record<string, string | undefined> = {}): AppConfig {
    return new AppConfig(validateEnvironment({ ...process.env, ...overrides }));
  }
}

/**
 * Loads `.env` from the working directory into process.env (existing variables win), so the
 * entry points see the same configuration as @nestjs/config does inside the module graph.
 */
export function loadDotEnv(path = '.env'): void {
  if (existsSync(path)) process.loadEnvFile(path);
}

/**
 * TESSERA_KEY_PEPPER is required with MySQL and in production. On SQLite outside production it is
 * generated once and kept beside the database file, so restarts keep keys valid.
 */
function resolvePepper(env: Environment, db: DatabaseTarget): Buffer {
  if (env.TESSERA_KEY_PEPPER) return Buffer.from(env.TESSERA_KEY_PEPPER, 'utf8');
  if (db.kind === 'mysql' || env.NODE_ENV === 'production') {
    throw new EnvironmentError(
      'Invalid configuration:\n  TESSERA_KEY_PEPPER is required with MySQL and when NODE_ENV=production (at least 32 characters)',
    );
  }
  if (db.path === ':memory:') return randomBytes(32);
  const file = `${db.path}.pepper`;
  if (!existsSync(file)) {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, randomBytes(32).toString('base64url'), { mode: 0o600, flag: 'wx' });
  }
  chmodSync(file, 0o600);
  const pepper = readFileSync(file, 'utf8').trim();
  // An empty or truncated file (a failed copy, a full disk) must never become the HMAC key.
  if (pepper.length < MIN_PEPPER_LENGTH) {
    throw new EnvironmentError(
      `Invalid configuration:\n  The pepper file ${file} holds ${pepper.length} characters, fewer than ${MIN_PEPPER_LENGTH}: ` +
        'restore it from the backup taken with the database (every key depends on it), or set TESSERA_KEY_PEPPER.',
    );
  }
  return Buffer.from(pepper, 'utf8');
}
