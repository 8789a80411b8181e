import { PinoNestLogger, Pino } from './logging';
import { describeStartupFailure, StartupContext } from '../common/startup-failure';

/**
 * The server's logger: nestjs-pino over the process's pino logger (JSON lines, or LOG_FORMAT=pretty).
 * One departure: when the module graph fails to start (the database cannot be reached or created),
 * Nest's ExceptionHandler logs the error and exits; that record becomes the one line saying what to
 * do (API.md §15) on stderr instead of a stack trace.
 */
export class ServerLogger extends PinoNestLogger {
  constructor(
    private readonly startup: StartupContext,
    pino: Pino,
  ) {
    super(pino);
  }

  override error(message: unknown, ...rest: unknown[]): void {
    const context = rest.length > 0 ? rest[rest.length - 1] : undefined;
    if (context === 'ExceptionHandler') {
      process.stderr.write(`${describeStartupFailure(message, this.startup)}\n`);
      return;
    }
    // A failed listen (port in use) is thrown on to main.ts, which reports it as that one line.
    if (context === 'NestApplication' && (message as { syscall?: string })?.syscall === 'listen') return;
    super.error(message, ...rest);
  }
}
