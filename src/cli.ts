import { CommandFactory } from 'nest-commander';
import { CliModule } from './cli/cli.module';
import { StderrLogger } from './cli/stderr-logger';
import { useLogColors } from './common/log-colors';

/**
 * `npm run --silent cli -- <command> [--json]`: bootstrap, create-key, list-keys, delete-key,
 * invite, audit, demo-key, migrate. Logs go to stderr, the result to stdout.
 */
async function main(): Promise<void> {
  await CommandFactory.run(CliModule, {
    logger: new StderrLogger('tessera-cli', {
      logLevels: ['warn', 'error', 'fatal'],
      colors: useLogColors(process.stderr),
    }),
    cliName: 'tessera',
    errorHandler: (error) => {
      // Commander's own messages (missing option, unknown command) are already printed.
      const exitCode = (error as unknown as { exitCode?: number }).exitCode;
      process.exitCode = typeof exitCode === 'number' ? exitCode : 1;
    },
    serviceErrorHandler: (error) => {
      process.stderr.write(`error: ${error.message.replace(/\s+/g, ' ')}\n`);
      process.exitCode = 1;
    },
  });
}

main().catch((error) => {
  process.stderr.write(`error: ${String((error as Error)?.message ?? error).replace(/\s+/g, ' ')}\n`);
  process.exit(1);
});
