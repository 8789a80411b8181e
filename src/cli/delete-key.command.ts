import { Command, Option } from 'nest-commander';
import { StartupChecks } from '../setup/startup-checks';
import { OperatorService } from '../setup/operator.service';
import { OperatorCommand } from './operator-command';

interface DeleteKeyOptions {
  json?: boolean;
  apiKey: string;
}

@Command({ name: 'delete-key', description: 'Revoke an API key at once (e.g. a leaked one), by its full name' })
export class DeleteKeyCommand extends OperatorCommand<DeleteKeyOptions> {
  constructor(
    checks: StartupChecks,
    private readonly operator: OperatorService,
  ) {
    super(checks);
  }

  protected async execute(o: DeleteKeyOptions): Promise<object> {
    await this.operator.deleteKey(o.apiKey);
    return {};
  }

  protected describe(): string {
    return 'Deleted.';
  }

  @Option({ flags: '--api-key <name>', description: 'organizations/{o}/apiKeys/{k}', required: true })
  parseApiKey(v: string) {
    return v;
  }
}
