import { Command, Option } from 'nest-commander';
import { EXPIRATION_PRESET_NAMES } from '../api-keys/expiration';
import { StartupChecks } from '../setup/startup-checks';
import { PERMISSION_LEVELS } from '../permissions/grants';
import { OperatorService } from '../setup/operator.service';
import { OperatorCommand, parseList } from './operator-command';
import { requireEnum, requireTitle } from './option-validators';

interface CreateKeyOptions {
  json?: boolean;
  organization: string;
  email: string;
  displayName: string;
  expiration?: string;
  permissionLevel?: string;
  permissions?: string[];
  workspaces?: string[];
}

@Command({
  name: 'create-key',
  description: 'Mint a key for an existing member (recovery, renewal): no escalation rule, but within the key limit',
})
export class CreateKeyCommand extends OperatorCommand<CreateKeyOptions> {
  constructor(
    checks: StartupChecks,
    private readonly operator: OperatorService,
  ) {
    super(checks);
  }

  protected execute(o: CreateKeyOptions): Promise<object> {
    return this.operator
      .createKey({
        organization: o.organization,
        email: o.email,
        displayName: requireTitle('--display-name', o.displayName),
        expiration: requireEnum('--expiration', o.expiration ?? 'EXPIRATION_30_DAYS', EXPIRATION_PRESET_NAMES),
        level: requireEnum('--permission-level', o.permissionLevel ?? 'PERMISSION_LEVEL_ALL', PERMISSION_LEVELS),
        permissions: o.permissions ?? [],
        workspaces: o.workspaces ?? [],
      })
      .then((created) => ({ api_key: created.name, key: created.key }));
  }

  protected describe(r: { api_key: string; key: string }): string {
    return [`api_key: ${r.api_key}`, `key:     ${r.key}`, 'The key is shown only now; store it safely.'].join('\n');
  }

  @Option({ flags: '--organization <organization>', description: 'organization id or name', required: true })
  parseOrganization(v: string) {
    return v;
  }

  @Option({ flags: '--email <email>', description: 'the member who will own the key', required: true })
  parseEmail(v: string) {
    return v;
  }

  @Option({ flags: '--display-name <name>', description: "the key's name", required: true })
  parseDisplayName(v: string) {
    return v;
  }

  @Option({ flags: '--expiration <preset>', description: 'default EXPIRATION_30_DAYS' })
  parseExpiration(v: string) {
    return v;
  }

  @Option({ flags: '--permission-level <level>', description: 'default PERMISSION_LEVEL_ALL' })
  parsePermissionLevel(v: string) {
    return v;
  }

  @Option({ flags: '--permissions <list>', description: 'comma-separated, with PERMISSION_LEVEL_RESTRICTED' })
  parsePermissions(v: string) {
    return parseList(v);
  }

  @Option({ flags: '--workspaces <list>', description: 'comma-separated workspace names (makes the key SPECIFIC)' })
  parseWorkspaces(v: string) {
    return parseList(v);
  }
}
