import { Logger as NestPinoLogger, PinoLogger } from 'nestjs-pino';
import pino, { DestinationStream, Logger as Pino, LevelWithSilent } from 'pino';
import pinoPretty from 'pino-pretty';
import { useLogColors } from '../common/log-colors';
import { Environment } from '../config/environment';

export type { Pino };

/** Whether a logger writes pino's JSON lines (not LOG_FORMAT=pretty): request lines are then pre-built. */
const JSON_LINES = Symbol('tessera.jsonLines');

/**
 * Where a logger's JSON lines go, when it writes JSON: the request hook appends its pre-built lines
 * to the same destination (same order, same buffering) instead of going through pino's serializer.
 */
export function jsonDestinationOf(logger: Pino): { write(line: string): unknown } | null {
  return (logger as unknown as Record<symbol, boolean>)[JSON_LINES]
    ? (logger as unknown as Record<symbol, { write(line: string): unknown }>)[pino.symbols.streamSym]
    : null;
}

/** Nest's level names (LOG_LEVEL) as pino's. */
const PINO_LEVEL: Record<Environment['LOG_LEVEL'], LevelWithSilent> = {
  fatal: 'fatal',
  error: 'error',
  warn: 'warn',
  log: 'info',
  debug: 'debug',
  verbose: 'trace',
};

/**
 * Never logged, whatever a caller passes (API.md §12): the Authorization header and anything
 * named like a key or a secret, at the places a request or an object could carry them. Explicit
 * paths, not wildcards (pino's redaction with wildcards is measured ~50 % slower).
 */
export const REDACT_PATHS = [
  'authorization',
  'headers.authorization',
  'req.headers.authorization',
  'request.headers.authorization',
  'key',
  'secret',
  'token',
  'body.key',
];

/**
 * The process's one pino logger (API.md §12): JSON lines on stdout by default, or LOG_FORMAT=pretty
 * for humans (colour only on a terminal and without NO_COLOR). Application messages (through
 * nestjs-pino's Logger, see ServerLogger) and request lines (request-telemetry.ts) share it.
 * JSON goes through a buffered asynchronous sonic-boom (bufferedStdout), so a request's line
 * costs no write of its own; pino flushes the rest synchronously on exit.
 */
export function createRootLogger(
  env: Pick<Environment, 'LOG_LEVEL' | 'LOG_FORMAT'>,
  destination?: DestinationStream,
): Pino {
  const options: pino.LoggerOptions = {
    level: PINO_LEVEL[env.LOG_LEVEL],
    base: { service: 'tessera' },
    messageKey: 'msg',
    timestamp: pino.stdTimeFunctions.isoTime,
    formatters: { level: (label) => ({ level: label }) },
    redact: { paths: REDACT_PATHS, censor: '[redacted]' },
  };
  const pretty = !destination && env.LOG_FORMAT === 'pretty';
  const stream =
    destination ??
    (pretty
      ? pinoPretty({
          colorize: useLogColors(),
          sync: true,
          translateTime: 'SYS:HH:MM:ss.l',
          ignore: 'pid,hostname,service',
          messageKey: 'msg',
        })
      : bufferedStdout());
  const logger = pino(options, stream);
  (logger as unknown as Record<symbol, boolean>)[JSON_LINES] = !pretty;
  return logger;
}

/** How long a JSON line may wait in the buffer before it is written. */
const LOG_FLUSH_MS = 200;

/**
 * stdout through sonic-boom, asynchronous and buffered: lines are written in 4 KiB batches, or at
 * the latest every LOG_FLUSH_MS, instead of one write per line (a write per request cost more than
 * building the line). pino flushes what is left synchronously on exit.
 */
function bufferedStdout(): DestinationStream {
  const destination = pino.destination({ dest: 1, sync: false, minLength: 4096 });
  setInterval(() => {
    try {
      destination.flush();
    } catch {
      // destroyed at exit: nothing left to flush
    }
  }, LOG_FLUSH_MS).unref();
  return destination;
}

/**
 * nestjs-pino's Logger over a given pino instance (rather than its module-wide default), so Nest's
 * `Logger` calls become JSON lines with a `context` field.
 */
export class PinoNestLogger extends NestPinoLogger {
  constructor(readonly pino: Pino) {
    super(pino as unknown as PinoLogger, {});
  }
}
