import { ConsoleLogger, LogLevel } from '@nestjs/common';

/** The CLI's logger: every log line goes to stderr, so stdout carries only the result. */
export class StderrLogger extends ConsoleLogger {
  protected override printMessages(
    messages: unknown[],
    context?: string,
    logLevel?: LogLevel,
    _writeStreamType?: 'stdout' | 'stderr',
  ): void {
    super.printMessages(messages, context, logLevel, 'stderr');
  }
}
