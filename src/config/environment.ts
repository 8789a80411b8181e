import { plainToInstance, Transform } from 'class-transformer';
import { validateCronExpression } from 'cron';
import { parseLeakReportKeys } from './leak-report-keys';
import { parseTrustProxy } from './trust-proxy';
import {
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Matches,
  Max,
  MinLength,
  Min,
  validateSync,
} from 'class-validator';

const toInt = ({ value }: { value: unknown }) =>
  typeof value === 'string' && /^-?\d+$/.test(value.trim()) ? Number(value) : value;
const toBool = ({ value }: { value: unknown }) => {
  if (typeof value !== 'string') return value;
  const v = value.trim().toLowerCase();
  if (['true', '1', 'yes', 'on'].includes(v)) return true;
  if (['false', '0', 'no', 'off'].includes(v)) return false;
  return value;
};

/** The shortest pepper accepted, from the environment or from the file beside a SQLite database. */
export const MIN_PEPPER_LENGTH = 32;

/**
 * Every environment variable Tessera reads, with its default. Validated once at start: a bad value
 * stops the process with a message naming the variable. The README's configuration table mirrors
 * this class.
 */
export class Environment {
  @IsIn(['development', 'production', 'test'])
  NODE_ENV: 'development' | 'production' | 'test' = 'development';

  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(65535)
  PORT = 3000;

  /** Default: 127.0.0.1 outside production (the demo key is never reachable from elsewhere), 0.0.0.0 in it. */
  @IsOptional()
  @IsString()
  HOST?: string;

  /** Origins whose browsers may call /api/v1 (comma-separated, e.g. https://console.example.com); none by default. */
  @IsOptional()
  @Matches(/^\s*https?:\/\/[^\s,/]+\s*(,\s*https?:\/\/[^\s,/]+\s*)*$/, {
    message: 'CORS_ORIGINS must be comma-separated origins like https://console.example.com (scheme and host, no path)',
  })
  CORS_ORIGINS?: string;

  @Matches(/^(sqlite:.+|mysql:\/\/.+)$/, {
    message: 'DATABASE_URL must be sqlite:<path> or mysql://user:pass@host:3306/db',
  })
  DATABASE_URL = 'sqlite:data/tessera.sqlite';

  @Transform(toBool)
  @IsBoolean()
  DB_MIGRATIONS_RUN = true;

  @Transform(toInt)
  @IsInt()
  @Min(100)
  @Max(10000)
  DB_CONNECT_TIMEOUT_MS = 5000;

  @IsOptional()
  @IsString()
  @MinLength(MIN_PEPPER_LENGTH, { message: `TESSERA_KEY_PEPPER must be at least ${MIN_PEPPER_LENGTH} characters` })
  TESSERA_KEY_PEPPER?: string;

  /**
   * The pepper being rotated away from (API.md §15): keys stored under it still verify and are
   * re-hashed under TESSERA_KEY_PEPPER on first use.
   */
  @IsOptional()
  @IsString()
  @MinLength(MIN_PEPPER_LENGTH, {
    message: `TESSERA_KEY_PEPPER_PREVIOUS must be at least ${MIN_PEPPER_LENGTH} characters`,
  })
  TESSERA_KEY_PEPPER_PREVIOUS?: string;

  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(100000)
  MAX_API_KEYS_PER_ORGANIZATION = 10;

  @Transform(toInt)
  @IsInt()
  @Min(0)
  RATE_LIMIT_PER_MINUTE = 1200;

  @Transform(toInt)
  @IsInt()
  @Min(0)
  AUTH_FAILURES_PER_MINUTE = 100;

  /** A cron expression, or "off" to disable the sweep on this instance. */
  @IsString()
  EXPIRY_SWEEP_CRON = '* * * * *';

  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(86400)
  LAST_USED_RESOLUTION_SECONDS = 60;

  /** Keys this close to expire_time are flagged (`expires_soon`, a Warning header). */
  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(365)
  EXPIRY_WARNING_DAYS = 7;

  /** How long an invitation token can be accepted (API.md §14). */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(24 * 365)
  INVITATION_TTL_HOURS = 168;

  /** Audit events older than this are deleted by the sweep (API.md §9). */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(3650)
  AUDIT_RETENTION_DAYS = 365;

  @Transform(toBool)
  @IsBoolean()
  TESSERA_DEMO = true;

  @Transform(toInt)
  @IsInt()
  @Min(1024)
  @Max(16 * 1024 * 1024)
  BODY_LIMIT_BYTES = 100 * 1024;

  /** A request whose headers and body have not all arrived by then gets 408 and is closed. */
  @Transform(toInt)
  @IsInt()
  @Min(100)
  @Max(600_000)
  REQUEST_TIMEOUT_MS = 30_000;

  @IsIn(['fatal', 'error', 'warn', 'log', 'debug', 'verbose'])
  LOG_LEVEL: 'fatal' | 'error' | 'warn' | 'log' | 'debug' | 'verbose' = 'log';

  /** `json` (one JSON object a line, the default) or `pretty` (for a human at a terminal). */
  @IsIn(['json', 'pretty'])
  LOG_FORMAT: 'json' | 'pretty' = 'json';

  /** When set, GET /metrics requires `Authorization: Bearer <METRICS_TOKEN>` (API.md §12). */
  @IsOptional()
  @IsString()
  @MinLength(16, { message: 'METRICS_TOKEN must be at least 16 characters' })
  METRICS_TOKEN?: string;

  /** Shared rate-limit counters for a fleet (API.md §12), e.g. redis://redis:6379/0; unset = per instance. */
  @IsOptional()
  @Matches(/^rediss?:\/\/\S+$/, { message: 'REDIS_URL must be redis://[user:pass@]host:port[/db] or rediss://...' })
  REDIS_URL?: string;

  /** The longest any Redis call may take before the limiters count in memory instead. */
  @Transform(toInt)
  @IsInt()
  @Min(10)
  @Max(5000)
  REDIS_TIMEOUT_MS = 250;

  /** Which proxies' X-Forwarded-For to believe: `false`, a hop count, or addresses/CIDRs (trust-proxy.ts). */
  @IsString()
  TRUST_PROXY = 'false';

  /**
   * Public keys that sign secret-scanning leak reports (API.md §11): GitHub's published JSON
   * (`[{key_identifier, key}]` or `{public_keys: [...]}`). Unset: POST /apiKeys:reportLeak is 404.
   */
  @IsOptional()
  @IsString()
  LEAK_REPORT_PUBLIC_KEYS?: string;
}

export class EnvironmentError extends Error {}

/** Validates process.env (unknown variables are ignored) and returns typed values with defaults. */
export function validateEnvironment(raw: Record<string, unknown>): Environment {
  const known = Object.keys(new Environment());
  const picked: Record<string, unknown> = {};
  for (const name of [...known, 'TESSERA_KEY_PEPPER', 'TESSERA_KEY_PEPPER_PREVIOUS', 'METRICS_TOKEN', 'REDIS_URL']) {
    if (raw[name] !== undefined && raw[name] !== '') picked[name] = raw[name];
  }
  const env = plainToInstance(Environment, picked);
  const errors = validateSync(env, { whitelist: true });
  if (errors.length > 0) {
    // Secrets (the pepper, a database password) are never echoed back.
    const shown = (name: string, value: unknown) =>
      /PEPPER|DATABASE_URL|METRICS_TOKEN|REDIS_URL/.test(name) ? '(value hidden)' : JSON.stringify(value);
    const lines = errors.map(
      (e) => `  ${e.property}=${shown(e.property, e.value)}: ${Object.values(e.constraints ?? {}).join('; ')}`,
    );
    throw new EnvironmentError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  try {
    parseTrustProxy(env.TRUST_PROXY);
  } catch (error) {
    throw new EnvironmentError(
      `Invalid configuration:\n  TRUST_PROXY=${JSON.stringify(env.TRUST_PROXY)}: ${(error as Error).message}`,
    );
  }
  try {
    parseLeakReportKeys(env.LEAK_REPORT_PUBLIC_KEYS);
  } catch (error) {
    throw new EnvironmentError(`Invalid configuration:\n  LEAK_REPORT_PUBLIC_KEYS: ${(error as Error).message}`);
  }
  if (env.EXPIRY_SWEEP_CRON !== 'off') {
    const cron = validateCronExpression(env.EXPIRY_SWEEP_CRON);
    if (!cron.valid) {
      throw new EnvironmentError(
        `Invalid configuration:\n  EXPIRY_SWEEP_CRON=${JSON.stringify(env.EXPIRY_SWEEP_CRON)}: must be a cron expression or "off" (${cron.error?.message})`,
      );
    }
  }
  return env;
}
