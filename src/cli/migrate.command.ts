import { Command } from 'nest-commander';
import { StartupChecks } from '../setup/startup-checks';
import { OperatorCommand } from './operator-command';

@Command({ name: 'migrate', description: 'Run pending database migrations and exit' })
export class MigrateCommand extends OperatorCommand<{ json?: boolean }> {
  protected override readonly needsCurrentSchema = false;

  constructor(private readonly checks: StartupChecks) {
    super(checks);
  }

  protected async execute(): Promise<{ migrations_run: string[] }> {
    return { migrations_run: await this.checks.schema.migrate() };
  }

  protected describe(r: { migrations_run: string[] }): string {
    return r.migrations_run.length ? `Ran: ${r.migrations_run.join(', ')}` : 'The schema is up to date.';
  }
}
