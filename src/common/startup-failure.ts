import { AppConfig } from '../config/app-config';
import { EnvironmentError } from '../config/environment';

/** What main.ts knows when the start fails: where it meant to listen and what database it used. */
export interface StartupContext {
  host: string;
  port: number;
  database: string;
}

export function startupContextOf(config: AppConfig): StartupContext {
  const db = config.database;
  const database = db.kind === 'sqlite' ? db.path : `mysql://${db.host}:${db.port}/${db.database}`;
  return { host: config.host, port: config.env.PORT, database };
}

const DATABASE_UNREACHABLE = new Set([
  'ECONNREFUSED',
  'ETIMEDOUT',
  'ENOTFOUND',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EAI_AGAIN',
  'PROTOCOL_CONNECTION_LOST',
  'ER_ACCESS_DENIED_ERROR',
  'ER_BAD_DB_ERROR',
  'ER_DBACCESS_DENIED_ERROR',
]);
const PATH_PROBLEMS = new Set(['EACCES', 'EPERM', 'ENOENT', 'ENOTDIR', 'EEXIST', 'EROFS', 'EISDIR', 'SQLITE_CANTOPEN']);

/**
 * A failed start as one line that says what to do (API.md §15), never a stack trace: a port in
 * use, an unreachable or refusing database, a database path that cannot be created, or a
 * configuration error (whose message already says it).
 */
export function describeStartupFailure(error: unknown, context: StartupContext | null): string {
  if (error instanceof EnvironmentError) return error.message;
  const e = error as {
    code?: string;
    syscall?: string;
    path?: string;
    message?: string;
    driverError?: { code?: string };
  };
  const code = e?.code ?? e?.driverError?.code;
  const message = String(e?.message ?? error).replace(/\s+/g, ' ');
  if (code === 'EADDRINUSE' && context) {
    return `Tessera cannot listen on ${context.host}:${context.port}: the port is in use. Stop the other process or set PORT to a free port.`;
  }
  if (code === 'EACCES' && e.syscall === 'listen' && context) {
    return `Tessera may not listen on ${context.host}:${context.port} (permission denied). Set PORT to 1024 or above.`;
  }
  if (code && DATABASE_UNREACHABLE.has(code) && context) {
    return `Tessera cannot reach the database ${context.database} (${code}): check DATABASE_URL (host, port, user, password, database name) and that MySQL/MariaDB is running.`;
  }
  if (code && PATH_PROBLEMS.has(code) && context) {
    return `Tessera cannot create or open the database ${context.database} (${code}${e.path ? ` on ${e.path}` : ''}): set DATABASE_URL=sqlite:<path> to a writable location.`;
  }
  return `Tessera failed to start: ${message}`;
}
