import { CommandRunner, Option } from 'nest-commander';
import { StartupChecks } from '../setup/startup-checks';

/**
 * Base of every CLI command: `--json` makes the result the last stdout line as one JSON object;
 * otherwise a short human summary. Any failure is one line on stderr and a non-zero exit code.
 */
export abstract class OperatorCommand<Options extends { json?: boolean }> extends CommandRunner {
  /** `migrate` is the one command allowed to run against an out-of-date schema (and before the pepper check). */
  protected readonly needsCurrentSchema: boolean = true;

  constructor(private readonly startup: StartupChecks) {
    super();
  }

  protected abstract execute(options: Options): Promise<object>;
  protected abstract describe(result: object): string;

  async run(_params: string[], options: Options): Promise<void> {
    try {
      if (this.needsCurrentSchema) await this.startup.assertReady();
      const result = await this.execute(options);
      process.stdout.write(options.json ? `${JSON.stringify(result)}\n` : `${this.describe(result)}\n`);
    } catch (error) {
      process.stderr.write(`error: ${oneLine(error)}\n`);
      process.exitCode = 1;
    }
  }

  @Option({ flags: '--json', description: 'print the result as one JSON object on the last stdout line' })
  parseJson(): boolean {
    return true;
  }
}

function oneLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.replace(/\s+/g, ' ').trim();
}

/** Commander option parsers shared by the commands. */
export const parseList = (value: string): string[] =>
  value
    .split(',')
    .map((v) => v.trim())
    .filter(Boolean);
