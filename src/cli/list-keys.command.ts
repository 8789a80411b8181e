import { Command, Option } from 'nest-commander';
import { StartupChecks } from '../setup/startup-checks';
import { OperatorKeyView, OperatorService } from '../setup/operator.service';
import { OperatorCommand } from './operator-command';

interface ListKeysOptions {
  json?: boolean;
  organization: string;
}

@Command({ name: 'list-keys', description: 'List every API key of an organization (never a secret)' })
export class ListKeysCommand extends OperatorCommand<ListKeysOptions> {
  constructor(
    checks: StartupChecks,
    private readonly operator: OperatorService,
  ) {
    super(checks);
  }

  protected async execute(o: ListKeysOptions): Promise<{ api_keys: OperatorKeyView[] }> {
    return { api_keys: await this.operator.listKeys(o.organization) };
  }

  protected describe(r: { api_keys: OperatorKeyView[] }): string {
    if (r.api_keys.length === 0) return 'No API keys.';
    return r.api_keys
      .map(
        (k) =>
          `${k.name}  ${k.key_prefix}…  ${k.state}  expires ${k.expire_time}  ${k.owner_email}  "${k.display_name}"  pepper: ${k.pepper}`,
      )
      .join('\n');
  }

  @Option({ flags: '--organization <organization>', description: 'organization id or name', required: true })
  parseOrganization(v: string) {
    return v;
  }
}
