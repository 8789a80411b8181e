import { Command, Option } from 'nest-commander';
import { StartupChecks } from '../setup/startup-checks';
import { OperatorService } from '../setup/operator.service';
import { OperatorCommand } from './operator-command';

interface DeleteKeyOptions {
  json?: boolean;
  apiKey: string;
}

@Command({
  name: 'delete-key',
  description: 'Revoke an API key at once (e.g. a leaked one), by its name, the key itself or its prefix',
})
export class DeleteKeyCommand extends OperatorCommand<DeleteKeyOptions> {
  constructor(
    checks: StartupChecks,
    private readonly operator: OperatorService,
  ) {
    super(checks);
  }

  protected async execute(o: DeleteKeyOptions): Promise<object> {
    return { api_key: await this.operator.deleteKey(o.apiKey) };
  }

  protected describe(r: { api_key: string }): string {
    return `Deleted ${r.api_key}.`;
  }

  @Option({
    flags: '--api-key <key>',
    description: 'the key name (organizations/{o}/apiKeys/{k}), the key itself, or its 12-character prefix',
    required: true,
  })
  parseApiKey(v: string) {
    return v;
  }
}
