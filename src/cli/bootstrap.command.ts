import { Command, Option } from 'nest-commander';
import { EXPIRATION_PRESET_NAMES, ExpirationPreset } from '../api-keys/expiration';
import { StartupChecks } from '../setup/startup-checks';
import { BootstrapResult, OperatorService } from '../setup/operator.service';
import { OperatorCommand } from './operator-command';
import { requireEnum, requireTitle, requireEmail } from './option-validators';

interface BootstrapOptions {
  json?: boolean;
  orgTitle: string;
  email: string;
  displayName: string;
  workspaceTitle?: string;
  expiration?: ExpirationPreset;
}

@Command({
  name: 'bootstrap',
  description: 'Create an organization with its first org-admin, a workspace and an ALL, all-workspaces key',
})
export class BootstrapCommand extends OperatorCommand<BootstrapOptions> {
  constructor(
    checks: StartupChecks,
    private readonly operator: OperatorService,
  ) {
    super(checks);
  }

  protected execute(o: BootstrapOptions): Promise<BootstrapResult> {
    return this.operator.bootstrap({
      organizationTitle: requireTitle('--org-title', o.orgTitle),
      email: requireEmail('--email', o.email),
      displayName: requireTitle('--display-name', o.displayName),
      workspaceTitle: requireTitle('--workspace-title', o.workspaceTitle ?? 'Default'),
      expiration: requireEnum('--expiration', o.expiration ?? 'EXPIRATION_1_YEAR', EXPIRATION_PRESET_NAMES),
    });
  }

  protected describe(r: BootstrapResult): string {
    return [
      `organization: ${r.organization}`,
      `user:         ${r.user}`,
      `workspace:    ${r.workspace}`,
      `api_key:      ${r.api_key}`,
      `key:          ${r.key}`,
      'The key is shown only now; store it safely.',
    ].join('\n');
  }

  @Option({ flags: '--org-title <title>', description: 'organization title', required: true })
  parseOrgTitle(v: string) {
    return v;
  }

  @Option({ flags: '--email <email>', description: "the first admin's email", required: true })
  parseEmail(v: string) {
    return v;
  }

  @Option({ flags: '--display-name <name>', description: "the first admin's display name", required: true })
  parseDisplayName(v: string) {
    return v;
  }

  @Option({ flags: '--workspace-title <title>', description: 'first workspace (default "Default")' })
  parseWorkspaceTitle(v: string) {
    return v;
  }

  @Option({ flags: '--expiration <preset>', description: 'key lifetime (default EXPIRATION_1_YEAR)' })
  parseExpiration(v: string) {
    return v;
  }
}
