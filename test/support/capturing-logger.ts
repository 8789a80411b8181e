import { ConsoleLogger } from '@nestjs/common';

/**
 * Keeps every log line in memory (for assertions such as "no secret is ever logged") and prints
 * only errors, or everything with TESSERA_TEST_LOGS=1.
 */
export class CapturingLogger extends ConsoleLogger {
  readonly lines: string[] = [];
  private readonly printAll = process.env.TESSERA_TEST_LOGS === '1';

  private keep(level: string, message: unknown, rest: unknown[]) {
    const line = [message, ...rest]
      .map((p) => (p instanceof Error ? p.stack : typeof p === 'string' ? p : JSON.stringify(p)))
      .join(' ');
    this.lines.push(`${level} ${line}`);
    return this.printAll || level === 'error';
  }

  override log(message: unknown, ...rest: unknown[]) {
    if (this.keep('log', message, rest)) super.log(message, ...(rest as []));
  }
  override warn(message: unknown, ...rest: unknown[]) {
    if (this.keep('warn', message, rest)) super.warn(message, ...(rest as []));
  }
  override error(message: unknown, ...rest: unknown[]) {
    if (this.keep('error', message, rest)) super.error(message, ...(rest as []));
  }
  override debug(message: unknown, ...rest: unknown[]) {
    if (this.keep('debug', message, rest)) super.debug(message, ...(rest as []));
  }
  override verbose(message: unknown, ...rest: unknown[]) {
    if (this.keep('verbose', message, rest)) super.verbose(message, ...(rest as []));
  }
}
