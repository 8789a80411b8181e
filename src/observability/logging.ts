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
 * JSON goes out in ~4 KiB chunks (bufferedStdout), so a request's line costs no write of its own.
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

/** Lines are written in chunks of about this many characters. */
const LOG_CHUNK_CHARS = 4096;

/**
 * stdout through pino's sonic-boom, written synchronously a chunk at a time: lines are gathered into
 * ~4 KiB chunks (ChunkedLines) and written when a chunk is full, at the latest every LOG_FLUSH_MS,
 * and at exit, instead of one write per line (a write per request cost more than building the line).
 * Synchronous, like pino's default: a chunk is out, whole, before anything else runs, so nothing is
 * reordered or cut at exit; a stdout that cannot keep up slows the server rather than its memory.
 */
function bufferedStdout(): DestinationStream {
  const lines = new ChunkedLines(pino.destination({ dest: 1, sync: true }), LOG_CHUNK_CHARS);
  setInterval(() => lines.flush(), LOG_FLUSH_MS).unref();
  process.on('exit', () => lines.flush());
  return lines;
}

/** Where ChunkedLines writes: pino.destination()'s sonic-boom (`destroyed` is missing from its types). */
export interface LineTarget {
  write(chunk: string): unknown;
  destroyed?: boolean;
}

/**
 * The stream pino (and the request hook) write JSON lines to: lines are appended to one string and
 * written a chunk at a time. Handed to sonic-boom one by one, each line cost a measure of sonic-boom's
 * whole pending string (a flatten of up to 16 KiB, ~3 µs per request line, measured); here a line
 * costs one concatenation. Order is kept: every line, pino's and the hook's, goes through one chunk.
 */
export class ChunkedLines implements DestinationStream {
  private pending = '';

  constructor(
    private readonly target: LineTarget,
    private readonly chunkChars: number,
  ) {}

  write(line: string): void {
    this.pending += line;
    if (this.pending.length >= this.chunkChars) this.flush();
  }

  /** Writes what is gathered (pino's `logger.flush(callback)` passes a callback). */
  flush(callback?: (error?: Error) => void): void {
    const chunk = this.pending;
    this.pending = '';
    // Once stdout is gone (EPIPE, closed at exit) lines are dropped rather than piled up.
    if (chunk !== '' && !this.target.destroyed) this.target.write(chunk);
    callback?.();
  }
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
