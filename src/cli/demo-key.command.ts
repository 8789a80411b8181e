import { Command } from 'nest-commander';
import { DemoAccess, DemoSeeder } from '../setup/demo-seeder';
import { StartupChecks } from '../setup/startup-checks';
import { OperatorCommand } from './operator-command';

@Command({
  name: 'demo-key',
  description:
    'Mint a new admin key for the demo organization (SQLite, outside production) when the printed one was lost',
})
export class DemoKeyCommand extends OperatorCommand<{ json?: boolean }> {
  constructor(
    checks: StartupChecks,
    private readonly demo: DemoSeeder,
  ) {
    super(checks);
  }

  protected async execute(): Promise<object> {
    const access = await this.demo.reissueKey();
    return {
      organization: access.organization,
      workspace: access.workspace,
      admin_email: access.adminEmail,
      key: access.key,
    };
  }

  protected describe(r: { organization: string; workspace: string; admin_email: string; key: string }): string {
    const access: DemoAccess = {
      organization: r.organization,
      workspace: r.workspace,
      adminEmail: r.admin_email,
      key: r.key,
    };
    return [
      `organization: ${access.organization}`,
      `admin:        ${access.adminEmail}`,
      `key:          ${access.key}`,
      'The key is shown only now. In a shell:',
      `export KEY=${access.key} ORG=${access.organization} WS=${access.workspace}`,
    ].join('\n');
  }
}
